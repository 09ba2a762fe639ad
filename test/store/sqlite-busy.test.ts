/**
 * Another process holding SQLite's write lock (a plain better-sqlite3 connection here): writes
 * wait for it and succeed, and a transaction's work runs once, after the lock is released.
 */
import Sqlite from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/store/database.js";
import { migrate } from "../../src/store/migrate.js";
import { createPrismaStore } from "../../src/store/prisma-store.js";
import { isBusy, retryBusy } from "../../src/store/sqlite-busy.js";
import { sqliteFilePath } from "../../src/store/url.js";
import { freshSqliteUrl } from "../support/db.js";
import { seedWorld, type World } from "./seed.js";

describe("SQLite write lock held by another process", () => {
  let file: ReturnType<typeof freshSqliteUrl>;
  let database: Database;
  let world: World;
  let other: Sqlite.Database;
  beforeEach(async () => {
    file = freshSqliteUrl();
    await migrate(file.url);
    database = await openDatabase(file.url);
    world = await seedWorld(createPrismaStore(database));
    other = new Sqlite(sqliteFilePath(file.url), { timeout: 0 });
  });
  afterEach(async () => {
    if (other.inTransaction) other.exec("ROLLBACK");
    other.close();
    await database.close();
    file.remove();
  });

  const note = (text: string) => ({
    workspaceId: world.ws.id,
    editionId: world.edition.id,
    authorRef: "slack:T1:U1",
    kind: "good" as const,
    text,
  });

  it("GIVEN the lock held for a second WHEN a transaction starts THEN its work runs once, after the lock is released", async () => {
    const store = createPrismaStore(database);
    other.exec("BEGIN IMMEDIATE");
    let runs = 0;
    const done = store.transaction(async (tx) => {
      runs += 1;
      await tx.notes.add(note("inside"));
    });
    await new Promise((r) => setTimeout(r, 1000));
    // BEGIN IMMEDIATE is still waiting: nothing of the work ran (a deferred BEGIN would have run
    // it, failed at its write, and run it again).
    expect(runs).toBe(0);
    other.exec("COMMIT");
    await done;
    expect(runs).toBe(1);
    expect(await database.db.note.count()).toBe(1);
  });

  it("GIVEN the lock held for a second WHEN a plain write and a post batch come THEN both wait and succeed", async () => {
    const store = createPrismaStore(database);
    other.exec("BEGIN IMMEDIATE");
    const writes = Promise.all([
      store.notes.add(note("plain")),
      store.posts.upsertBatch(world.ws.id, world.edition.id, []),
    ]);
    setTimeout(() => other.exec("COMMIT"), 1000);
    await writes;
    expect(await database.db.note.count()).toBe(1);
  });

  it("GIVEN the lock never released WHEN the deadline passes THEN the write fails with SQLITE_BUSY", async () => {
    other.exec("BEGIN IMMEDIATE");
    let retries = 0;
    const mine = new Sqlite(sqliteFilePath(file.url), { timeout: 0 });
    const failure = await retryBusy(async () => mine.exec("BEGIN IMMEDIATE"), {
      deadlineMs: 300,
      onRetry: () => (retries += 1),
    }).catch((error: unknown) => error);
    mine.close();
    expect(isBusy(failure)).toBe(true);
    expect(retries).toBeGreaterThan(0);
  });
});
