/**
 * `afterchat import` as a real process stopped part-way: SIGTERM marks the run interrupted and the
 * command says what it had stored; SIGKILL leaves the run "running", and the next import says that
 * run's process is gone and what it had stored.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Sqlite from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { generateTwarc } from "../../bench/generate.js";
import { translator } from "../../src/i18n/index.js";
import type { ImportSummary } from "../../src/ports.js";
import { openDatabase } from "../../src/store/database.js";
import { migrate } from "../../src/store/migrate.js";
import { createPrismaStore } from "../../src/store/prisma-store.js";
import { seriesInput } from "../store/seed.js";
import { runCliCapturing } from "./support.js";

const ROOT = resolve(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/tsx/dist/esm/index.mjs");
const t = translator("en");
let dir: string;
let url: string;
let big: string;
let small: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "afterchat-import-stop-"));
  url = `file:${join(dir, "afterchat.db")}`;
  big = join(dir, "big.jsonl");
  small = join(dir, "small.jsonl");
  await generateTwarc(big, 300_000, 3);
  await generateTwarc(small, 100, 4);
  await migrate(url);
  const database = await openDatabase(url);
  const store = createPrismaStore(database);
  const ws = await store.workspaces.ensure({ platform: "slack", externalId: "T1", name: "Team" });
  const series = await store.series.create(
    seriesInput(ws.id, "benchchat", { timeZone: "UTC", durationMinutes: 180, hosts: ["user1001"] }),
  );
  await store.editions.create({
    workspaceId: ws.id,
    seriesId: series.id,
    number: 1,
    startsAt: new Date("2026-11-24T18:00:00Z"),
    endsAt: new Date("2026-11-24T21:00:00Z"),
  });
  await database.close();
}, 120_000);

interface RunRow {
  status: string;
  summary: string;
  pid: number | null;
}

function runs(): RunRow[] {
  const db = new Sqlite(url.slice(5), { readonly: true, timeout: 5000 });
  try {
    return db.prepare(`SELECT status, summary, pid FROM "ImportRun" ORDER BY "startedAt"`).all() as RunRow[];
  } finally {
    db.close();
  }
}

function postCount(): number {
  const db = new Sqlite(url.slice(5), { readonly: true, timeout: 5000 });
  try {
    return Number(db.prepare(`SELECT count(*) FROM "Post"`).pluck().get());
  } finally {
    db.close();
  }
}

function startImport(): { child: ChildProcess; stderr(): string; exited: Promise<number | null> } {
  const child = spawn(
    process.execPath,
    ["--import", TSX, join(ROOT, "src/cli.ts"), "import", big, "--hashtag", "benchchat", "--edition", "1"],
    {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", DATABASE_URL: url, DEFAULT_LOCALE: "en" },
      stdio: "pipe",
    },
  );
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  return { child, stderr: () => stderr, exited };
}

/** Waits until the running import has stored at least one batch. */
async function firstBatchStored(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const running = runs().find((r) => r.status === "running");
    if (running && (JSON.parse(running.summary) as Partial<ImportSummary>).imported) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the import stored nothing within a minute");
}

describe("afterchat import stopped part-way", () => {
  it("GIVEN an import storing batches WHEN it gets SIGTERM THEN the run is interrupted and the command says what was stored", {
    timeout: 120_000,
  }, async () => {
    const run = startImport();
    await firstBatchStored();
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(143);
    const [row] = runs();
    expect(row?.status).toBe("interrupted");
    const summary = JSON.parse(row!.summary) as ImportSummary;
    expect(summary.imported).toBeGreaterThan(0);
    expect(summary.imported).toBeLessThan(300_000);
    expect(postCount()).toBe(summary.imported);
    const said = t.t("cli.importInterrupted", {
      hashtag: "benchchat",
      number: 1,
      signal: "SIGTERM",
      file: "big.jsonl",
      imported: t.t("cli.counts.new", { count: summary.imported }),
      updated: t.t("cli.counts.updated", { count: summary.updated }),
    });
    expect(run.stderr()).toContain(said);
  });

  it("GIVEN an import killed outright WHEN the next import starts THEN it says that run's process is gone and what it had stored", {
    timeout: 120_000,
  }, async () => {
    const run = startImport();
    await firstBatchStored();
    run.child.kill("SIGKILL");
    await run.exited;
    const killed = runs().at(-1)!;
    expect(killed.status).toBe("running");
    expect(killed.pid).toBe(run.child.pid);
    const summary = JSON.parse(killed.summary) as ImportSummary;

    const next = await runCliCapturing(["import", small, "--hashtag", "benchchat", "--edition", "1"], {
      DATABASE_URL: url,
      DEFAULT_LOCALE: "en",
    });
    expect(next.code).toBe(0);
    const prefix = t.t("cli.importGone", {
      hashtag: "benchchat",
      number: 1,
      source: "twarc2-jsonl",
      startedAt: "X",
      imported: t.t("cli.counts.new", { count: summary.imported }),
      updated: t.t("cli.counts.updated", { count: summary.updated }),
    });
    // The start time varies: compare around it.
    const [before, after] = prefix.split("X") as [string, string];
    expect(next.stderr).toContain(before.slice(0, 40));
    expect(next.stderr).toContain(after);
  });
});
