/**
 * Upgrading a SQLite database keeps every row: a database built by an earlier release's
 * migrations, with rows in every table, gets today's migrations and still holds each row it had,
 * column for column. Two of today's migrations rebuild a table (workspace_creator_roles rebuilds
 * Workspace, which nearly every table references with ON DELETE CASCADE; counts_64bit rebuilds
 * Post and DailyMetric): see src/store/migrate.ts for why that needs foreign keys off.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Sqlite from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "../../src/store/migrate.js";
import { sqliteFilePath } from "../../src/store/url.js";
import { freshSqliteUrl } from "../support/db.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const ROWS_PER_TABLE = 2;

/** The SQLite migrations earlier releases shipped, by the commit of main that had them. */
const RELEASES = [
  { name: "main at 8f10cff", migrations: ["20261125181641_init"] },
  {
    name: "main at 95f42a5",
    migrations: ["20261125181641_init", "20261203044909_workspace_creator_roles"],
  },
];

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A prisma/ folder with only these SQLite migrations. */
function migrationsFolder(names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "afterchat-upgrade-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  for (const name of names)
    cpSync(join(ROOT, "prisma/sqlite/migrations", name), join(dir, "sqlite/migrations", name), {
      recursive: true,
    });
  return dir;
}

interface Column {
  name: string;
  type: string;
}
interface ForeignKey {
  from: string;
  table: string;
  to: string;
}

function tablesOf(db: Sqlite.Database): string[] {
  return (
    db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_afterchat_migrations' ORDER BY name`,
      )
      .all() as Array<{ name: string }>
  ).map((t) => t.name);
}

const foreignKeysOf = (db: Sqlite.Database, table: string) =>
  db.prepare(`SELECT "from", "table", "to" FROM pragma_foreign_key_list(?)`).all(table) as ForeignKey[];

/** Parents before children. */
function parentsFirst(db: Sqlite.Database): string[] {
  const ordered: string[] = [];
  const visit = (table: string) => {
    if (ordered.includes(table)) return;
    for (const fk of foreignKeysOf(db, table)) if (fk.table !== table) visit(fk.table);
    ordered.push(table);
  };
  for (const table of tablesOf(db)) visit(table);
  return ordered;
}

/** A value of the column's type, distinct per table, column and row; never "anonymous". */
function valueFor(table: string, column: Column, row: number): string | number {
  const type = column.type.toUpperCase();
  if (type.includes("BOOL")) return 0;
  if (type.includes("INT")) return row;
  if (type.includes("REAL") || type.includes("FLOA") || type.includes("DOUB") || type.includes("DEC"))
    return row + 0.5;
  if (type.includes("DATE")) return `2026-03-0${row}T19:00:00.000Z`;
  return `${table}.${column.name}.${row}`;
}

/** ROWS_PER_TABLE rows in every table, every column filled, each child row under a parent row. */
function fillEveryTable(path: string): void {
  const db = new Sqlite(path);
  try {
    const written = new Map<string, Array<Record<string, string | number>>>();
    for (const table of parentsFirst(db)) {
      const columns = db.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(table) as Column[];
      const keys = foreignKeysOf(db, table);
      const rows: Array<Record<string, string | number>> = [];
      for (let n = 1; n <= ROWS_PER_TABLE; n += 1) {
        const row: Record<string, string | number> = {};
        for (const column of columns) {
          const key = keys.find((k) => k.from === column.name);
          const parent = key ? written.get(key.table)?.[n - 1] : undefined;
          row[column.name] = parent && key ? parent[key.to]! : valueFor(table, column, n);
        }
        const names = columns.map((c) => `"${c.name}"`).join(", ");
        const marks = columns.map(() => "?").join(", ");
        db.prepare(`INSERT INTO "${table}" (${names}) VALUES (${marks})`).run(
          ...columns.map((c) => row[c.name]),
        );
        rows.push(row);
      }
      written.set(table, rows);
    }
  } finally {
    db.close();
  }
}

/** Each table's rows (only the columns it had then), in a stable order. */
function snapshot(path: string, columnsOf?: Map<string, string[]>): Map<string, string[]> {
  const db = new Sqlite(path, { readonly: true });
  try {
    const out = new Map<string, string[]>();
    for (const table of columnsOf ? [...columnsOf.keys()] : tablesOf(db)) {
      const wanted = columnsOf?.get(table);
      const list = wanted ? wanted.map((c) => `"${c}"`).join(", ") : "*";
      const rows = db.prepare(`SELECT ${list} FROM "${table}"`).all() as object[];
      out.set(table, rows.map((r) => JSON.stringify(r)).sort());
    }
    return out;
  } finally {
    db.close();
  }
}

const columnsBy = (before: Map<string, string[]>) =>
  new Map([...before].map(([table, rows]) => [table, Object.keys(JSON.parse(rows[0]!) as object)]));

describe.each(RELEASES)("upgrading a SQLite database made by $name", (release) => {
  it("GIVEN rows in every table WHEN today's migrations are applied THEN every row is still there, column for column", async () => {
    const file = freshSqliteUrl();
    cleanups.push(() => file.remove());
    const path = sqliteFilePath(file.url);
    await migrate(file.url, { prismaDir: migrationsFolder(release.migrations) });
    fillEveryTable(path);
    const before = snapshot(path);
    expect(before.size).toBeGreaterThanOrEqual(19);
    for (const [table, rows] of before) expect([table, rows.length]).toEqual([table, ROWS_PER_TABLE]);

    const result = await migrate(file.url);

    const expectedNew = readMigrations("sqlite")
      .map((m) => m.name)
      .filter((name) => !release.migrations.includes(name));
    expect(result.applied).toEqual(expectedNew);
    expect(snapshot(path, columnsBy(before))).toEqual(before);
  });
});
