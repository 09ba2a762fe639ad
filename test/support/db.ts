/**
 * The stores a store test runs against, each opened FRESH and isolated: in memory, SQLite in a
 * temporary file, PostgreSQL in a new schema of PG_TEST_URL (dropped on close).
 *
 *   const targets = storeTargets();
 *   describe.each(targets)("$name", (target) => { ... await target.open() ... });
 *
 * PostgreSQL is left out, with a console message, when it does not answer; with
 * AFTERCHAT_REQUIRE_PG=1 (CI) an unreachable PostgreSQL fails the run instead.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { Store } from "../../src/ports.js";
import { type Database, openDatabase } from "../../src/store/database.js";
import { migrate } from "../../src/store/migrate.js";
import { createPrismaStore } from "../../src/store/prisma-store.js";
import { createMemoryStore } from "./memory-store.js";

export type TargetName = "memory" | "sqlite" | "postgres";

export interface OpenStore {
  store: Store;
  /** The Prisma client behind the store (absent for memory), for raw checks. */
  database?: Database;
  /** Where its data lives, for tests that read the database as a copy would: a SQLite file URL, or a PostgreSQL schema. */
  location?: { url: string; schema?: string };
  close(): Promise<void>;
}

export interface StoreTarget {
  name: TargetName;
  open(): Promise<OpenStore>;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export function pgTestUrl(): string {
  return process.env.PG_TEST_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
}

let reachable: boolean | undefined;

/**
 * Whether PostgreSQL answers, decided synchronously (describe.each needs its list when the file
 * is collected): a child node process tries to connect within 3 s.
 */
export function pgReachable(): boolean {
  if (reachable !== undefined) return reachable;
  const probe = `const pg=require("pg");const c=new pg.Client({connectionString:process.argv[1],connectionTimeoutMillis:3000});c.connect().then(()=>c.end()).then(()=>process.exit(0),()=>process.exit(1));`;
  const result = spawnSync(process.execPath, ["-e", probe, pgTestUrl()], { cwd: ROOT, timeout: 10_000 });
  reachable = result.status === 0;
  if (!reachable) {
    const where = pgTestUrl().replace(/\/\/[^@]*@/, "//");
    if (process.env.AFTERCHAT_REQUIRE_PG === "1")
      throw new Error(`PostgreSQL is required (AFTERCHAT_REQUIRE_PG=1) but ${where} does not answer.`);
    console.warn(`[store tests] PostgreSQL at ${where} does not answer: PostgreSQL cases are skipped.`);
  }
  return reachable;
}

/** A fresh SQLite file URL in its own temporary directory (removed by the returned cleanup). */
export function freshSqliteUrl(): { url: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "afterchat-store-"));
  return { url: `file:${join(dir, "test.db")}`, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A new, unused PostgreSQL schema name, and a way to drop it (with everything in it). */
export function freshPgSchema(): { schema: string; drop(): Promise<void> } {
  const schema = `t_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  return {
    schema,
    async drop() {
      const client = new pg.Client({ connectionString: pgTestUrl() });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

const memory: StoreTarget = {
  name: "memory",
  async open() {
    return { store: createMemoryStore(), close: async () => undefined };
  },
};

const sqlite: StoreTarget = {
  name: "sqlite",
  async open() {
    const file = freshSqliteUrl();
    await migrate(file.url);
    const database = await openDatabase(file.url);
    return {
      store: createPrismaStore(database),
      database,
      location: { url: file.url },
      async close() {
        await database.close();
        file.remove();
      },
    };
  },
};

const postgres: StoreTarget = {
  name: "postgres",
  async open() {
    const { schema, drop } = freshPgSchema();
    await migrate(pgTestUrl(), { schema });
    const database = await openDatabase(pgTestUrl(), { schema });
    return {
      store: createPrismaStore(database),
      database,
      location: { url: pgTestUrl(), schema },
      async close() {
        await database.close();
        await drop();
      },
    };
  },
};

/** memory, sqlite, and postgres when it answers (see the module comment). */
export function storeTargets(): StoreTarget[] {
  return pgReachable() ? [memory, sqlite, postgres] : [memory, sqlite];
}

/** The targets backed by a real database (for database-only behaviour: triggers, raw SQL). */
export function databaseTargets(): StoreTarget[] {
  return storeTargets().filter((t) => t.name !== "memory");
}
