/**
 * Two real processes writing to one SQLite file at once (WAL, busy timeout, BEGIN IMMEDIATE and
 * a retry on SQLITE_BUSY in src/store): no write fails and every row is there.
 */
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/database.js";
import { openDatabase } from "../../src/store/database.js";
import { migrate } from "../../src/store/migrate.js";
import { createPrismaStore } from "../../src/store/prisma-store.js";
import { freshSqliteUrl } from "../support/db.js";
import { seedWorld } from "./seed.js";
import type { WriterConfig } from "./support/sqlite-writer.js";

const ROOT = resolve(import.meta.dirname, "../..");
const WRITER = resolve(import.meta.dirname, "support/sqlite-writer.ts");

interface Outcome {
  done: number;
  failures: number;
  errors: string[];
}

function writer(config: WriterConfig): Promise<Outcome> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", WRITER, JSON.stringify(config)], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: "silent" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    child.once("exit", (code) => {
      const line = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || !line.startsWith("{"))
        fail(new Error(`writer ${config.name} exited ${code}: ${err}${out}`));
      else done(JSON.parse(line) as Outcome);
    });
  });
}

describe("two processes on one SQLite file", () => {
  const file = freshSqliteUrl();
  let database: Database;
  let world: Awaited<ReturnType<typeof seedWorld>>;
  beforeAll(async () => {
    await migrate(file.url);
    database = await openDatabase(file.url);
    world = await seedWorld(createPrismaStore(database));
  });
  afterAll(async () => {
    await database?.close();
    file.remove();
  });

  it("GIVEN two processes writing notes, transactions and post batches at once WHEN they finish THEN no write failed and every row is there", {
    timeout: 180_000,
  }, async () => {
    const base = {
      url: file.url,
      workspaceId: world.ws.id,
      editionId: world.edition.id,
      count: 120,
      gapMs: 20,
    };
    const outcomes = await Promise.all([
      writer({ ...base, name: "bot", bulkEvery: 0 }),
      writer({ ...base, name: "import", bulkEvery: 10 }),
    ]);
    expect(outcomes.map((o) => o.errors.flat())).toEqual([[], []]);
    expect(outcomes.map((o) => o.failures)).toEqual([0, 0]);
    const notes = await database.db.note.count();
    expect(notes).toBe(2 * 2 * 120);
    expect(await database.db.auditEvent.count()).toBe(2 * 120);
    expect(await database.db.post.count()).toBe(12 * 200);
  });

  it("GIVEN a new file WHEN two processes start on it at the same moment THEN both migrate it without failing", {
    timeout: 120_000,
  }, async () => {
    const fresh = freshSqliteUrl();
    try {
      const base = {
        url: fresh.url,
        workspaceId: "",
        editionId: "",
        count: 0,
        gapMs: 0,
        bulkEvery: 0,
        migrate: true,
      };
      const outcomes = await Promise.all([writer({ ...base, name: "a" }), writer({ ...base, name: "b" })]);
      expect(outcomes.map((o) => o.failures)).toEqual([0, 0]);
    } finally {
      fresh.remove();
    }
  });
});
