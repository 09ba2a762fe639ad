/**
 * The Prisma driver adapter for better-sqlite3, with transactions opened by BEGIN IMMEDIATE.
 *
 * @prisma/adapter-better-sqlite3 6.19 opens them with a plain BEGIN (deferred): the transaction
 * reads under a snapshot and asks for the write lock only at its first write; if another process
 * wrote in between, SQLite cannot upgrade it and answers SQLITE_BUSY at once, without waiting
 * (part of the 268 of 960 writes lost with two bot processes on one file), and a retry would run
 * the transaction's work a second time. BEGIN IMMEDIATE takes the write lock first, so the work
 * runs once, when the transaction can finish (test/store/sqlite-busy.test.ts).
 *
 * The adapter has no option for it, and when its BEGIN fails it never releases its own mutex (the
 * next transaction would wait forever). So `startTransaction` is wrapped: BEGIN IMMEDIATE first,
 * retried without blocking while another process writes (sqlite-busy.ts), then the adapter's own
 * start, whose BEGIN is then skipped. Within the process, transactions already take turns
 * (sqlite-serial.ts), so the adapter's mutex is always free at that point.
 * @see https://www.sqlite.org/lang_transaction.html#deferred_immediate_and_exclusive_transactions
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type Sqlite from "better-sqlite3";
import { retryBusy } from "./sqlite-busy.js";

type Factory = PrismaBetterSQLite3;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;

/**
 * Under Prisma's default `maxWait` (2 s) for starting a transaction: past it Prisma gives up on a
 * start still in progress. The caller's retry (sqlite-serial.ts) then starts it anew.
 */
const BEGIN_DEADLINE_MS = 1500;

function immediate(adapter: Adapter): Adapter {
  const client = (adapter as unknown as { client?: Sqlite.Database }).client;
  if (!client || typeof client.prepare !== "function")
    throw new Error("@prisma/adapter-better-sqlite3 changed: cannot make its transactions BEGIN IMMEDIATE");
  const prepare = client.prepare.bind(client);
  let begun = false;
  const skipped = { run: () => ({ changes: 0, lastInsertRowid: 0 }) };
  client.prepare = ((sql: string) => {
    if (sql !== "BEGIN" || !begun) return prepare(sql);
    begun = false;
    return skipped;
  }) as typeof client.prepare;
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    await retryBusy(async () => client.exec("BEGIN IMMEDIATE"), { deadlineMs: BEGIN_DEADLINE_MS });
    begun = true;
    try {
      return await start(isolationLevel);
    } catch (error) {
      begun = false;
      if (client.inTransaction) client.exec("ROLLBACK");
      throw error;
    }
  };
  return adapter;
}

export function immediateSqliteAdapter(path: string, busyTimeoutMs: number): Factory {
  const factory = new PrismaBetterSQLite3({ url: `file:${path}`, timeout: busyTimeoutMs });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => immediate(await connect());
  return factory;
}
