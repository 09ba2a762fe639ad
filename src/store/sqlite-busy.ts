/**
 * Several processes on one SQLite file (a bot and `afterchat import`, or two bots on one machine):
 * SQLite lets one of them write at a time and answers the others SQLITE_BUSY. Each connection
 * waits a little for the lock itself (`busy_timeout`, SYNC_BUSY_MS: better-sqlite3 waits
 * synchronously, so the whole process stands still meanwhile: kept short), then `retryBusy` waits
 * without blocking, with growing, jittered pauses, and tries the whole statement or transaction
 * again, until BUSY_DEADLINE_MS. Transactions start with BEGIN IMMEDIATE (sqlite-adapter.ts), so
 * the lock is taken before anything runs and a retry never repeats half of one.
 * @see https://www.sqlite.org/wal.html#sometimes_queries_return_sqlite_busy_in_wal_mode
 * @see https://www.sqlite.org/rescode.html#busy
 */

/** How long a connection waits for the write lock before answering SQLITE_BUSY (blocking). */
export const SYNC_BUSY_MS = 200;
/** How long a write keeps trying before its SQLITE_BUSY reaches the caller. */
export const BUSY_DEADLINE_MS = 30_000;

function fieldOf(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

/**
 * Whether `error` is SQLite's "database is locked": better-sqlite3's SqliteError (code
 * SQLITE_BUSY*), or Prisma's wrapping of it (the driver adapter maps SQLITE_BUSY to a socket
 * timeout, P1008, keeping the original code in the error's cause or meta).
 */
export function isBusy(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== "object" || error === null) return false;
  for (const name of ["code", "originalCode"]) {
    const code = fieldOf(error, name);
    if (typeof code === "string" && code.startsWith("SQLITE_BUSY")) return true;
  }
  const message = fieldOf(error, "message");
  if (typeof message === "string" && /database is locked|SQLITE_BUSY/.test(message)) return true;
  // Prisma: the adapter's kind for SQLITE_BUSY, on the error or in its meta.
  if (fieldOf(error, "kind") === "SocketTimeout") return true;
  if (fieldOf(error, "code") === "P1008") return true;
  const meta = fieldOf(error, "meta");
  return isBusy(fieldOf(error, "cause"), depth + 1) || isBusy(fieldOf(meta, "driverAdapterError"), depth + 1);
}

export interface RetryOptions {
  deadlineMs?: number;
  /** Tests: count the retries. */
  onRetry?: (attempt: number) => void;
}

/** Runs `work`, and again after a pause while it fails with SQLITE_BUSY (see the module comment). */
export async function retryBusy<T>(work: () => PromiseLike<T>, options: RetryOptions = {}): Promise<T> {
  const deadline = Date.now() + (options.deadlineMs ?? BUSY_DEADLINE_MS);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      options.onRetry?.(attempt);
      const pause = Math.min(500, 10 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
