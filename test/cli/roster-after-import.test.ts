/**
 * A team on a terminal only, as processes: `series add`, `edition new`, `import` of an archive,
 * then `export roster` lists who posted (the import records the edition's participations; before,
 * only a report did, and the roster came out empty) and `export posts` writes handles bare, with
 * the profile page beside them, so no cell needs the spreadsheet formula guard.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import { twarcPage } from "../app/stats/world.js";
import { runProcess } from "./process.js";

const en = translator("en").t;
let dir: string;
const cli = (...argv: string[]) =>
  runProcess(argv, {
    cwd: dir,
    env: { DATABASE_URL: `file:${join(dir, "afterchat.db")}` },
    timeoutMs: 120_000,
  });
const rowsOf = (csv: string) => parse(csv.replace("\uFEFF", "")) as string[][];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "afterchat-roster-"));
  writeFileSync(
    join(dir, "chat.jsonl"),
    `${twarcPage([
      { id: "101", author: "1", text: "Q1: What brought you here? #chat", at: "2026-03-03T19:01:00.000Z" },
      { id: "102", author: "2", text: "-A1 curiosity #chat", at: "2026-03-03T19:03:00.000Z", likes: 3 },
      { id: "103", author: "2", text: "A1 and friends #chat", at: "2026-03-03T19:04:00.000Z" },
    ])}\n`,
  );
  expect((await cli("series", "add", "#chat", "--host", "host")).code).toBe(0);
  expect((await cli("edition", "new", "--hashtag", "chat", "--at", "2026-03-03 20:00")).code).toBe(0);
  const imported = await cli("import", "chat.jsonl", "--hashtag", "chat", "--edition", "1");
  expect(imported.stderr).toContain("3 new");
  expect(imported.code).toBe(0);
  // Piped: no progress bar, no terminal escapes, the summary lines only.
  expect(imported.stderr).not.toContain("\u001b[");
  expect(imported.stderr).not.toMatch(/posts · .*\/s/u);
}, 400_000);

describe("afterchat export after afterchat import", () => {
  it("GIVEN a CLI import WHEN export roster THEN everyone who posted, with handles and profile pages", async () => {
    const run = await cli("export", "roster", "--hashtag", "chat");
    expect(run.code).toBe(0);
    const [header, ...rows] = rowsOf(run.stdout);
    expect(header?.slice(0, 3)).toEqual([
      en("export.columns.handles"),
      en("export.columns.profiles"),
      en("export.columns.name"),
    ]);
    expect(rows.map((row) => row.slice(0, 5))).toEqual([
      ["x:@user2", "https://x.com/user2", "User 2", "1", "2"],
      ["x:@host", "https://x.com/host", "Host", "1", "1"],
    ]);
    expect(run.stderr).toContain("2 rows");
  }, 120_000);

  it("GIVEN a CLI import WHEN export posts THEN handles bare with the profile beside, text still guarded", async () => {
    const run = await cli("export", "posts", "--hashtag", "chat", "--edition", "1");
    expect(run.code).toBe(0);
    const [header, ...rows] = rowsOf(run.stdout);
    const column = (key: "handle" | "profile" | "text") => header!.indexOf(en(`export.columns.${key}`));
    expect(rows.map((row) => row[column("handle")])).toEqual(["host", "user2", "user2"]);
    expect(rows.map((row) => row[column("profile")])).toEqual([
      "https://x.com/host",
      "https://x.com/user2",
      "https://x.com/user2",
    ]);
    expect(rows[1]?.[column("text")]).toBe("'-A1 curiosity #chat");
    expect(run.stdout).not.toContain("'@");
  }, 120_000);
});
