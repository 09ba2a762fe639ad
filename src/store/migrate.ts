/**
 * Applies prisma/<provider>/migrations/<stamp>_<name>/migration.sql in order, each in its own
 * transaction together with its bookkeeping row, so a crash never leaves half a migration.
 *
 * SQLite and table rebuilds: for a change SQLite's ALTER TABLE cannot make, Prisma writes
 * CREATE "new_X", INSERT ... SELECT, DROP "X", RENAME, between `PRAGMA foreign_keys=OFF` and `ON`.
 * Inside a transaction those two pragmas do nothing (https://sqlite.org/pragma.html#pragma_foreign_keys),
 * so with foreign keys on, the DROP deletes X's rows first and every ON DELETE CASCADE child goes
 * with them (https://sqlite.org/lang_droptable.html). So the runner turns foreign keys off itself,
 * outside the transaction, runs `PRAGMA foreign_key_check` before committing (a migration that
 * leaves a row pointing at nothing is rolled back, with what points where), and turns them back
 * on afterwards: the procedure of https://sqlite.org/lang_altertable.html#otheralter.
 *
 * Why not `prisma migrate deploy`: offline, the Prisma 6.19 CLI can only migrate through driver
 * adapters, and @prisma/adapter-pg 6.19 cannot read PostgreSQL's `name` columns that migrate
 * queries ("Column type 'name' could not be deserialized"). This runner needs only the drivers we
 * already ship (better-sqlite3, pg), starts in milliseconds instead of spawning the CLI, can target
 * a PostgreSQL schema (tests isolate themselves that way), and takes an advisory lock so several
 * processes starting together migrate once. The Prisma CLI still writes the SQL (schema diffs).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import Sqlite from "better-sqlite3";
import { PROJECT_ROOT } from "../paths.js";
import { sqliteFilePath } from "./url.js";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  applied: string[];
  total: number;
}

const PRISMA_DIR = join(PROJECT_ROOT, "prisma");
const TABLE = "_afterchat_migrations";
/** Arbitrary constant for pg_advisory_lock: "afterchat migrations". */
const LOCK_ID = 4_242_001;

/** `prismaDir` holds `<provider>/migrations/` (the project's prisma/ folder unless a test copies it). */
export function readMigrations(provider: "sqlite" | "postgres", prismaDir = PRISMA_DIR): Migration[] {
  const dir = join(prismaDir, provider, "migrations");
  return readdirSync(dir)
    .filter((name) => /^\d{14}_[a-z0-9_]+$/.test(name))
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export class MigrationMismatchError extends Error {
  constructor(name: string) {
    super(`Migration ${name} was changed after it was applied. Restore it and add a new migration instead.`);
    this.name = "MigrationMismatchError";
  }
}

/** A row a migration left behind that points at a row that is not there. */
export interface ForeignKeyViolation {
  table: string;
  rowid: number | null;
  parent: string;
}

export class MigrationForeignKeyError extends Error {
  constructor(
    name: string,
    readonly violations: ForeignKeyViolation[],
  ) {
    const shown = violations
      .slice(0, 5)
      .map((v) => `${v.table} row ${v.rowid ?? "?"} -> ${v.parent}`)
      .join(", ");
    super(
      `Migration ${name} would leave ${violations.length} row(s) pointing at missing rows (${shown}); it was rolled back.`,
    );
    this.name = "MigrationForeignKeyError";
  }
}

function check(applied: Map<string, string>, migration: Migration): boolean {
  const checksum = applied.get(migration.name);
  if (checksum === undefined) return false;
  if (checksum !== migration.checksum) throw new MigrationMismatchError(migration.name);
  return true;
}

export function migrateSqlite(url: string, prismaDir?: string): MigrateResult {
  const path = sqliteFilePath(url);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Sqlite(path);
  try {
    db.pragma("journal_mode = WAL");
    db.exec(
      `CREATE TABLE IF NOT EXISTS "${TABLE}" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`,
    );
    const rows = db.prepare(`SELECT name, checksum FROM "${TABLE}"`).all() as Array<{
      name: string;
      checksum: string;
    }>;
    const done = new Map(rows.map((r) => [r.name, r.checksum]));
    const migrations = readMigrations("sqlite", prismaDir);
    const applied: string[] = [];
    const record = db.prepare(`INSERT INTO "${TABLE}" (name, checksum, applied_at) VALUES (?, ?, ?)`);
    for (const migration of migrations) {
      if (check(done, migration)) continue;
      applySqlite(db, migration, () =>
        record.run(migration.name, migration.checksum, new Date().toISOString()),
      );
      applied.push(migration.name);
    }
    return { applied, total: migrations.length };
  } finally {
    db.close();
  }
}

/** One migration with foreign keys off (see the module comment), checked before it commits. */
function applySqlite(db: Sqlite.Database, migration: Migration, bookkeeping: () => void): void {
  const before = db.pragma("foreign_keys", { simple: true });
  db.pragma("foreign_keys = OFF");
  if (db.pragma("foreign_keys", { simple: true }) !== 0)
    throw new Error(`Cannot turn SQLite foreign keys off before migration ${migration.name}.`);
  try {
    db.transaction(() => {
      db.exec(migration.sql);
      const violations = db.pragma("foreign_key_check") as Array<{
        table: string;
        rowid: number | null;
        parent: string;
      }>;
      if (violations.length > 0)
        throw new MigrationForeignKeyError(
          migration.name,
          violations.map(({ table, rowid, parent }) => ({ table, rowid, parent })),
        );
      bookkeeping();
    }).immediate();
  } finally {
    db.pragma(`foreign_keys = ${before === 0 ? "OFF" : "ON"}`);
  }
}

export async function migratePostgres(
  url: string,
  schema = "public",
  prismaDir?: string,
): Promise<MigrateResult> {
  const { default: pg } = await import("pg"); // loaded only for PostgreSQL
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_ID]);
    const quoted = `"${schema.replace(/"/g, '""')}"`;
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    await client.query(`SET search_path TO ${quoted}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS "${TABLE}" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ name: string; checksum: string }>(
      `SELECT name, checksum FROM "${TABLE}"`,
    );
    const done = new Map(rows.map((r) => [r.name, r.checksum]));
    const migrations = readMigrations("postgres", prismaDir);
    const applied: string[] = [];
    for (const migration of migrations) {
      if (check(done, migration)) continue;
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(`INSERT INTO "${TABLE}" (name, checksum) VALUES ($1, $2)`, [
          migration.name,
          migration.checksum,
        ]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      applied.push(migration.name);
    }
    return { applied, total: migrations.length };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_ID]).catch(() => undefined);
    await client.end();
  }
}

export async function migrate(
  url: string,
  options: { schema?: string; prismaDir?: string } = {},
): Promise<MigrateResult> {
  return url.startsWith("file:")
    ? migrateSqlite(url, options.prismaDir)
    : migratePostgres(url, options.schema, options.prismaDir);
}
