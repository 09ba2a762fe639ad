/**
 * Child process: imports an archive into a fresh SQLite database through the real store; prints JSON figures.
 *   npx tsx bench/child-sqlite-import.ts <archive> [--beside]
 * With `--beside`, a second process writes to the same file during the first import the way a running bot does
 * (test/store/support/sqlite-writer.ts: a note and a two-row transaction every 140 ms, ~14 writes/s) and the
 * figures gain `beside`: how many of its writes were done or failed. Compare `ms` with and without it.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importItems } from "../src/app/import/import-items.js";
import { openFile } from "../src/sources/detect.js";
import { openDatabase } from "../src/store/database.js";
import { migrate } from "../src/store/migrate.js";
import { createPrismaStore } from "../src/store/prisma-store.js";

const path = process.argv[2]!;
const besideBot = process.argv.includes("--beside");
const url = `file:${join(mkdtempSync(join(tmpdir(), "afterchat-bench-")), "bench.db")}`;
await migrate(url);
const database = await openDatabase(url);
const store = createPrismaStore(database);
const workspace = await store.workspaces.ensure({ platform: "cli", externalId: "bench", name: "bench" });
const series = await store.series.create({
  workspaceId: workspace.id,
  hashtag: "benchchat",
  title: "Bench chat",
  hosts: ["chathost"],
  networks: ["x"],
  mastodonInstance: null,
  cron: null,
  timeZone: "UTC",
  durationMinutes: 180,
  debriefChannel: null,
  afterPartyChannel: null,
  teamRoleIds: [],
  moderatorRoleIds: [],
  locale: null,
});
const edition = await store.editions.create({
  workspaceId: workspace.id,
  seriesId: series.id,
  number: 1,
  startsAt: new Date("2026-11-24T18:00:00Z"),
  endsAt: new Date("2026-11-24T21:00:00Z"),
});
const detected = await openFile(path);
if (!detected) throw new Error("bench archive not recognised");

/** The bot's writes during the import (60 notes and 60 two-row transactions, 100 ms apart: ~6 s), in another process. */
const BOT_WRITES = 60;
function bot(): Promise<{ done: number; failures: number; errors: string[] }> {
  const config = {
    url,
    name: "bot",
    workspaceId: workspace.id,
    editionId: edition.id,
    count: BOT_WRITES,
    gapMs: 100,
    bulkEvery: 0,
  };
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "test/store/support/sqlite-writer.ts", JSON.stringify(config)],
    { env: { ...process.env, LOG_LEVEL: "silent" }, stdio: ["ignore", "pipe", "inherit"] },
  );
  let out = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  return new Promise((done) =>
    child.once("exit", () => done(JSON.parse(out.trim().split("\n").at(-1) || "{}"))),
  );
}

const botDone = besideBot ? bot() : null;
// Its first write lands before the import starts (the writer's own start-up is ~1 s of tsx).
if (botDone) await new Promise((r) => setTimeout(r, 1500));
const started = performance.now();
const summary = await importItems(store, detected.items, {
  workspaceId: workspace.id,
  editionId: edition.id,
  source: detected.format,
  now: () => new Date(),
});
const ms = performance.now() - started;
const beside = botDone ? await botDone : undefined;
const botNotes = besideBot ? await database.db.note.count({ where: { authorRef: "bot" } }) : undefined;
const again = performance.now();
const second = await importItems(store, (await openFile(path))!.items, {
  workspaceId: workspace.id,
  editionId: edition.id,
  source: detected.format,
  now: () => new Date(),
});
const reimportMs = performance.now() - again;
await database.close();
process.stdout.write(
  JSON.stringify({
    imported: summary.imported,
    ms,
    reimportUpdated: second.updated,
    reimportInserted: second.imported,
    reimportMs,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    ...(beside ? { beside: { ...beside, notesStored: botNotes, notesExpected: 2 * BOT_WRITES } } : {}),
  }),
);
