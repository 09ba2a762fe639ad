/** Child process: imports an archive into a fresh SQLite database through the real store; prints JSON figures. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importItems } from "../src/app/import/import-items.js";
import { openFile } from "../src/sources/detect.js";
import { openDatabase } from "../src/store/database.js";
import { migrate } from "../src/store/migrate.js";
import { createPrismaStore } from "../src/store/prisma-store.js";

const path = process.argv[2]!;
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
const started = performance.now();
const summary = await importItems(store, detected.items, {
  workspaceId: workspace.id,
  editionId: edition.id,
  source: detected.format,
  now: () => new Date(),
});
const ms = performance.now() - started;
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
  }),
);
