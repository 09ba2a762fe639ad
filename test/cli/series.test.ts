/**
 * A team that works from a terminal only: `series add`, `edition new|list`, then `import` and
 * `export`, all through the dispatcher's use cases, against a real SQLite database.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import { openDatabase } from "../../src/store/database.js";
import { createPrismaStore } from "../../src/store/prisma-store.js";
import { twarcPage } from "../app/stats/world.js";
import { runCliCapturing } from "./support.js";

const en = translator("en").t;
const fr = translator("fr").t;
let dir: string;
let env: Record<string, string>;
const cli = (...argv: string[]) => runCliCapturing(argv, env);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "afterchat-series-"));
  env = { DATABASE_URL: `file:${join(dir, "afterchat.db")}` };
});

describe("afterchat series and edition", () => {
  it("GIVEN an empty database WHEN series list THEN exit 3 and how to set one up", async () => {
    const run = await cli("series", "list");
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(en("cli.noSeriesAtAll"));
  });

  it("GIVEN series add with hosts and a schedule THEN the chat exists in the local workspace with the operator as moderator", async () => {
    const run = await cli(
      "series",
      "add",
      "#chat",
      "--title",
      "The Chat",
      "--host",
      "host",
      "--schedule",
      "0 19 * * 2 Europe/Paris 60",
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(en("cli.seriesAdded", { hashtag: "chat" }));
    expect(run.stdout).toContain("Hosts: @host");
    const database = await openDatabase(env.DATABASE_URL!);
    try {
      const store = createPrismaStore(database);
      const [series] = await store.series.findByHashtagAcrossWorkspaces("chat");
      expect(series).toMatchObject({ hosts: ["host"], cron: "0 19 * * 2", timeZone: "Europe/Paris" });
      const workspace = await store.workspaces.get(series!.workspaceId);
      expect(workspace).toMatchObject({ platform: "cli", externalId: "local" });
      expect(await store.team.roleOf(series!.workspaceId, series!.id, "cli:local:operator")).toBe(
        "moderator",
      );
    } finally {
      await database.close();
    }
  });

  it("GIVEN the same hashtag again, or a bad schedule THEN exit 1 with the set-up form's own problem sentence", async () => {
    const again = await cli("series", "add", "chat");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(en("setup.problems.hashtag_taken", { input: "chat" }));
    const bad = await cli("series", "add", "other", "--schedule", "every tuesday", "--lang", "fr");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(fr("setup.problemsTitle"));
  });

  it("GIVEN edition new at a date THEN edition list shows it; import and export then work on it", async () => {
    const planned = await cli(
      "edition",
      "new",
      "--hashtag",
      "chat",
      "--at",
      "2026-03-03 20:00",
      "--topic",
      "Tools",
    );
    expect(planned.code).toBe(0);
    const list = await cli("edition", "list", "--hashtag", "chat");
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(en("setup.edition.listTitle", { hashtag: "chat" }));
    expect(list.stdout).toMatch(/Tue, Mar 3, 2026, 8:00 PM \(Europe\/Paris\).*Tools/);
    const number = /(\d+)\. Tue, Mar 3, 2026/.exec(list.stdout)?.[1] ?? "";
    const archive = join(dir, "chat.jsonl");
    writeFileSync(
      archive,
      `${twarcPage([
        { id: "101", author: "1", text: "Q1: What brought you here? #chat", at: "2026-03-03T19:01:00.000Z" },
        { id: "102", author: "2", text: "A1 curiosity #chat", at: "2026-03-03T19:03:00.000Z" },
      ])}\n`,
    );
    const imported = await cli("import", archive, "--hashtag", "chat", "--edition", number);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain("2 new");
    const exported = await cli("export", "posts", "--hashtag", "chat", "--edition", number);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain("A1 curiosity");
  });

  it("GIVEN a series command without its action THEN exit 2 with its usage", async () => {
    const run = await cli("series", "remove", "chat");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(en("cli.seriesUsage", { value: "remove chat" }));
    const edition = await cli("edition", "list", "--hashtag", "chat", "--at", "friday");
    expect(edition.code).toBe(2);
  });
});
