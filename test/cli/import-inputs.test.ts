import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Post } from "../../src/domain/post.js";
import { translator } from "../../src/i18n/index.js";
import { openDatabase } from "../../src/store/database.js";
import { migrate } from "../../src/store/migrate.js";
import { createPrismaStore } from "../../src/store/prisma-store.js";
import { seriesInput } from "../store/seed.js";
import { OWN_FIXTURES } from "../support/fixtures.js";
import { runCliCapturing } from "./support.js";

// `afterchat import` into a real SQLite database: saved responses (retweets among them) and a daily
// overview, into an edition of #chatdemo (2026-03-03 19:00-20:00 UTC).
let url: string;
const saved = (name: string) => join(OWN_FIXTURES, "saved", name);
const sources = (name: string) => join(OWN_FIXTURES, "sources", name);

async function withStore<T>(work: (store: ReturnType<typeof createPrismaStore>) => Promise<T>): Promise<T> {
  const database = await openDatabase(url);
  try {
    return await work(createPrismaStore(database));
  } finally {
    await database.close();
  }
}

/** The test's one workspace (ensure finds it once created). */
const workspace = (store: ReturnType<typeof createPrismaStore>) =>
  store.workspaces.ensure({ platform: "slack", externalId: "T1", name: "Team" });

beforeAll(async () => {
  url = `file:${join(mkdtempSync(join(tmpdir(), "afterchat-import-inputs-")), "afterchat.db")}`;
  await migrate(url);
  await withStore(async (store) => {
    const ws = await workspace(store);
    const series = await store.series.create(
      seriesInput(ws.id, "chatdemo", { timeZone: "UTC", hosts: ["host"], locale: "en" }),
    );
    await store.editions.create({
      workspaceId: ws.id,
      seriesId: series.id,
      number: 1,
      startsAt: new Date("2026-03-03T19:00:00Z"),
      endsAt: new Date("2026-03-03T20:00:00Z"),
    });
  });
});

async function storedPosts(): Promise<Post[]> {
  return withStore(async (store) => {
    const ws = await workspace(store);
    const [series] = await store.series.list(ws.id);
    const edition = await store.editions.byNumber(ws.id, series!.id, 1);
    const out: Post[] = [];
    for await (const post of store.posts.streamByEdition(ws.id, edition!.id)) out.push(post);
    return out;
  });
}

describe("afterchat import", () => {
  it("GIVEN saved X responses whose retweets are cut before #chatdemo WHEN imported THEN the retweets are stored with their original's tags", async () => {
    const { code, stderr } = await runCliCapturing(
      [
        "import",
        saved("x-api-v2-search.json"),
        saved("x-tweepy-v1-statuses.json"),
        "--hashtag",
        "chatdemo",
        "--edition",
        "1",
      ],
      { DATABASE_URL: url },
    );
    expect(code).toBe(0);
    expect(stderr).toContain(
      translator("en").t("cli.importedFile", {
        file: saved("x-api-v2-search.json"),
        format: "x-api-json",
        hashtag: "chatdemo",
        number: 1,
        imported: translator("en").t("cli.counts.new", { count: 2 }),
        updated: translator("en").t("cli.counts.updated", { count: 0 }),
        ignored: 0,
        skipped: translator("en").t("cli.counts.skipped", { count: 0 }),
      }),
    );
    const reposts = (await storedPosts()).filter((post) => post.kind === "repost");
    expect(reposts.map((post) => [post.authorHandle, post.hashtags])).toEqual([
      ["ben_x", ["chatdemo", "edtech"]],
      ["ana_x", ["chatdemo"]],
    ]);
    expect((await storedPosts()).find((p) => p.externalId === "2029000000000000003")?.bookmarks).toBe(1);
  });

  it("GIVEN the 2024 overview WHEN imported THEN its days are stored and the command says so", async () => {
    const { code, stderr } = await runCliCapturing(
      ["import", sources("account_overview_analytics.csv"), "--hashtag", "chatdemo", "--edition", "1"],
      { DATABASE_URL: url },
    );
    expect(code).toBe(0);
    expect(stderr).toContain(translator("en").t("stats.importedDaily", { count: 3 }));
    const days = await withStore(async (store) => {
      const ws = await workspace(store);
      return store.dailyMetrics.list(ws.id, "", "2026-03-01", "2026-03-31");
    });
    expect(days.map((day) => [day.date, day.impressions])).toEqual([
      ["2026-03-02", 1500],
      ["2026-03-03", 9800],
      ["2026-03-04", 2100],
    ]);
  });

  it("GIVEN the 2024 content export WHEN imported THEN X's Engagements column is stored with each post", async () => {
    const content = sources("account_analytics_content_2026-03-02_2026-03-04.csv");
    const { code } = await runCliCapturing(["import", content, "--hashtag", "chatdemo", "--edition", "1"], {
      DATABASE_URL: url,
    });
    expect(code).toBe(0);
    const q1 = (await storedPosts()).find((post) => post.externalId === "2028908643218358273");
    expect(q1).toMatchObject({ impressions: 3120, engagements: 201 });
  });
});
