/**
 * A second, plain better-sqlite3 connection for bulk writes (post imports), used only while it
 * holds the SQLite turn (see sqlite-serial.ts), so it never meets an open Prisma transaction.
 *
 * Why: Prisma 6 sends every raw query's arguments through its WebAssembly query compiler, which
 * costs ~50 ns per byte of argument (measured: 7 ms for one 130 kB JSON parameter). A 500-post
 * batch is ~100 kB, so that alone was a third of the import time. better-sqlite3 binds it for free.
 * Reading pages of posts back is ~10x cheaper here too (Prisma builds each row through its engine).
 * @see https://github.com/WiseLibs/better-sqlite3/blob/master/docs/api.md#transactionfunction---function
 */
import Sqlite from "better-sqlite3";
import { SYNC_BUSY_MS } from "./sqlite-busy.js";
import type { Turns } from "./sqlite-serial.js";

export interface SqliteBulk {
  /** Runs `work` alone on the database, inside BEGIN IMMEDIATE ... COMMIT (ROLLBACK if it throws). */
  write<T>(work: (db: Sqlite.Database) => T): Promise<T>;
  /** Runs `work` (reads) alone on the database: it sees only committed rows. */
  read<T>(work: (db: Sqlite.Database) => T): Promise<T>;
  close(): void;
}

export function sqliteBulk(path: string, turns: Turns): SqliteBulk {
  let connection: Sqlite.Database | undefined;
  const open = () => {
    if (!connection) {
      connection = new Sqlite(path, { timeout: SYNC_BUSY_MS });
      connection.pragma("journal_mode = WAL");
      connection.pragma("synchronous = NORMAL");
      // Checkpoint every ~40 MB of WAL instead of 4 MB: each checkpoint syncs to disk, and with the
      // default a 100k-post import spent a quarter of its time there (measured 5.8 s -> 4.4 s).
      // @see https://www.sqlite.org/pragma.html#pragma_wal_autocheckpoint
      connection.pragma("wal_autocheckpoint = 10000");
      connection.pragma("journal_size_limit = 67108864");
      // better-sqlite3 turns foreign keys on by default; say it, the Prisma connection relies on it too.
      connection.pragma("foreign_keys = ON");
    }
    return connection;
  };
  return {
    write(work) {
      return turns.run(async () => {
        const db = open();
        return db.transaction(() => work(db)).immediate();
      });
    },
    read(work) {
      return turns.run(async () => work(open()));
    },
    close() {
      connection?.close();
      connection = undefined;
    },
  };
}
