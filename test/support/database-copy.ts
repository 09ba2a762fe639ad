/**
 * Everything a copy of the database shows, the way someone holding the copy would read it: every
 * table, its rows in storage order (SQLite rowid, PostgreSQL ctid) with what orders them (the
 * rowid, PostgreSQL's xmin: which transaction wrote the row), every column. For the memory store,
 * its tables in array order.
 *
 * `comparable` then replaces what differs between two runs of the same story for reasons that
 * say nothing about votes (random and time-based ids, timestamps, transaction and row numbers,
 * delivery keys) with placeholders numbered by first appearance, keeping which values are equal,
 * where they appear, and their order. Two copies that are comparable-equal cannot tell apart
 * the two stories they came from.
 */
import Sqlite from "better-sqlite3";
import pg from "pg";
import { sqliteFilePath } from "../../src/store/url.js";
import type { OpenStore } from "./db.js";
import type { MemoryStore } from "./memory-store.js";

export type DatabaseCopy = Record<string, Array<Record<string, unknown>>>;

const BOOKKEEPING = "_afterchat_migrations";

function sqliteCopy(url: string): DatabaseCopy {
  const db = new Sqlite(sqliteFilePath(url), { readonly: true });
  try {
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != ?`,
      )
      .all(BOOKKEEPING) as Array<{ name: string }>;
    const copy: DatabaseCopy = {};
    for (const { name } of tables.sort((a, b) => a.name.localeCompare(b.name)))
      copy[name] = db.prepare(`SELECT rowid AS "@rowid", * FROM "${name}" ORDER BY rowid`).all() as Array<
        Record<string, unknown>
      >;
    return copy;
  } finally {
    db.close();
  }
}

async function postgresCopy(url: string, schema: string): Promise<DatabaseCopy> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_name != $2",
      [schema, BOOKKEEPING],
    );
    const copy: DatabaseCopy = {};
    for (const { name } of tables.rows.sort((a, b) => a.name.localeCompare(b.name))) {
      const rows = await client.query(
        `SELECT xmin::text AS "@xmin", * FROM "${schema}"."${name}" ORDER BY ctid`,
      );
      copy[name] = rows.rows;
    }
    return copy;
  } finally {
    await client.end();
  }
}

/** What a copy of this store's database holds right now. */
export async function databaseCopy(open: OpenStore): Promise<DatabaseCopy> {
  if (!open.location) {
    const tables = (open.store as MemoryStore).tables();
    return Object.fromEntries(
      Object.entries(tables).map(([name, rows]) => [
        name,
        (rows as Array<Record<string, unknown>>).map((r) => ({ ...r })),
      ]),
    );
  }
  const { url, schema } = open.location;
  return schema ? postgresCopy(url, schema) : sqliteCopy(url);
}

/** Substrings that differ from run to run whatever the votes: ids, times, delivery keys, refs. */
const OPAQUE: Array<[kind: string, pattern: RegExp]> = [
  ["time", /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z?/g],
  ["uuid", /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g],
  ["hash", /\b[0-9a-f]{32,}\b/g],
  ["id", /\bc[0-9a-z]{24}\b/g],
  ["delivery", /delivery-\d+(?:\/\d+)*/g],
  ["reply", /\breply-\d+\b/g],
];

/** A copy with run-to-run noise numbered by first appearance (see the module comment), as text. */
export function comparable(copy: DatabaseCopy): string {
  const seen = new Map<string, string>();
  const token = (kind: string, value: string) => {
    const key = `${kind}:${value}`;
    if (!seen.has(key)) seen.set(key, `<${kind}#${seen.size}>`);
    return seen.get(key)!;
  };
  const text = (value: string) =>
    OPAQUE.reduce((out, [kind, pattern]) => out.replace(pattern, (match) => token(kind, match)), value);
  const value = (column: string, v: unknown): unknown => {
    if (column === "@rowid" || column === "@xmin") return token(column, String(v));
    if (v instanceof Date) return token("time", v.toISOString());
    if (typeof v === "bigint") return Number(v);
    // SQLite DATETIME columns hold milliseconds since the epoch.
    if (typeof v === "number" && v > 1e12) return token("time", String(v));
    if (typeof v === "string") return text(v);
    if (v !== null && typeof v === "object") return text(JSON.stringify(v));
    return v;
  };
  const lines: string[] = [];
  for (const [table, rows] of Object.entries(copy)) {
    lines.push(`## ${table}`);
    for (const row of rows)
      lines.push(JSON.stringify(Object.fromEntries(Object.entries(row).map(([c, v]) => [c, value(c, v)]))));
  }
  return lines.join("\n");
}
