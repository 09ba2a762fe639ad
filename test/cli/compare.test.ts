/**
 * `afterchat compare` as a real process against a real SQLite database: our chat set up from the terminal,
 * a watched chat's pulled edition stored, then the comparison printed, the chart written with --out, and the
 * mistakes (an unknown chat, one hashtag, a bad --last) answered with the exit codes of docs/cli.md.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import { openDatabase } from "../../src/store/database.js";
import { createPrismaStore } from "../../src/store/prisma-store.js";
import { OUR_POSTS, storePosts, TEACHCHAT_SUMMARY } from "../app/compare/world.js";
import { runProcess } from "./process.js";

const en = translator("en").t;
const fr = translator("fr").t;
let dir: string;
let env: Record<string, string>;
const cli = (...argv: string[]) => runProcess(argv, { cwd: dir, env, timeoutMs: 60_000 });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "afterchat-compare-"));
  env = { DATABASE_URL: `file:${join(dir, "afterchat.db")}` };
  expect((await cli("migrate")).code).toBe(0);
  expect((await cli("series", "add", "#edchat", "--host", "ana")).code).toBe(0);
  const database = await openDatabase(env.DATABASE_URL!);
  try {
    const store = createPrismaStore(database);
    const [series] = await store.series.findByHashtagAcrossWorkspaces("edchat");
    const ws = series!.workspaceId;
    const edition = await store.editions.create({
      workspaceId: ws,
      seriesId: series!.id,
      number: 1,
      startsAt: new Date("2026-03-03T18:00:00Z"),
      endsAt: new Date("2026-03-03T19:00:00Z"),
      status: "debriefing",
    });
    await storePosts(store, ws, edition.id, OUR_POSTS);
    const { watch } = await store.watches.add({
      workspaceId: ws,
      channel: series!.debriefChannel!,
      hashtag: "teachchat",
      hosts: [],
      networks: ["x"],
      mastodonInstance: null,
      cron: null,
      timeZone: "Europe/Paris",
      durationMinutes: 60,
      note: null,
      createdBy: "cli:local:operator",
    });
    const watched = await store.watchEditions.ensure(ws, watch.id, {
      startsAt: new Date("2026-03-04T19:00:00Z"),
      endsAt: new Date("2026-03-04T20:00:00Z"),
    });
    await store.watchEditions.record(ws, watched.id, {
      status: "reported",
      summary: TEACHCHAT_SUMMARY,
      at: new Date("2026-03-04T20:30:00Z"),
    });
  } finally {
    await database.close();
  }
}, 180_000);

describe("afterchat compare", () => {
  it("GIVEN our chat and a watched one WHEN compared with --out THEN exit 0, both sides and their questions printed, the chart written", async () => {
    const png = join(dir, "compare.png");
    const run = await cli("compare", "#edchat", "#teachchat", "--out", png);
    expect(run.stderr).toContain(en("cli.wrote", { path: png }));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(en("compare.header", { ours: "edchat", theirs: "teachchat" }));
    expect(run.stdout).toContain("Answers per question");
    expect(run.stdout).toContain("#teachchat: 15.0");
    expect(run.stdout).toContain("Q2 How do you start a lesson?");
    expect([...readFileSync(png).subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
  }, 90_000);

  it("GIVEN a chat neither ours nor watched WHEN compared in French THEN exit 1 and how to watch it", async () => {
    const run = await cli("compare", "#edchat", "#nowhere", "--lang", "fr");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(fr("compare.unknownChat", { hashtag: "nowhere" }));
  }, 90_000);

  it("GIVEN one hashtag only, or --last 0 THEN exit 2 with the usage", async () => {
    const one = await cli("compare", "#edchat");
    expect(one.code).toBe(2);
    expect(one.stderr).toContain(en("cli.compareUsage", { value: "#edchat" }));
    const zero = await cli("compare", "#edchat", "#teachchat", "--last", "0");
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain(en("cli.badLast", { value: "0", max: "20" }));
  }, 90_000);
});
