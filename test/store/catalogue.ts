/**
 * The shape of a database as its catalogue tells it (tables, columns, primary keys, indexes,
 * foreign keys), in a form two databases can be compared with toEqual.
 * @see https://www.sqlite.org/pragma.html#pragfunc (pragma table-valued functions)
 * @see https://www.postgresql.org/docs/15/catalog-pg-constraint.html
 */
import Sqlite from "better-sqlite3";
import pg from "pg";

export interface Catalogue {
  tables: string[];
  columns: Record<string, Array<Record<string, unknown>>>;
  primaryKeys: Record<string, string[]>;
  indexes: Record<string, Array<Record<string, unknown>>>;
  foreignKeys: Record<string, Array<Record<string, unknown>>>;
}

/** The migration runner's own bookkeeping is not part of the schema. */
const BOOKKEEPING = "_afterchat_migrations";

const byName = (a: { name?: unknown }, b: { name?: unknown }) => String(a.name).localeCompare(String(b.name));

export function sqliteCatalogue(path: string): Catalogue {
  const db = new Sqlite(path, { readonly: true });
  try {
    const tables = (
      db
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != ?`,
        )
        .all(BOOKKEEPING) as Array<{ name: string }>
    )
      .map((t) => t.name)
      .sort();
    const cat: Catalogue = { tables, columns: {}, primaryKeys: {}, indexes: {}, foreignKeys: {} };
    for (const table of tables) {
      const columns = db.prepare("SELECT * FROM pragma_table_info(?)").all(table) as Array<
        Record<string, unknown>
      >;
      cat.columns[table] = columns
        .map(({ name, type, notnull, dflt_value }) => ({ name, type, notnull, dflt_value }))
        .sort(byName);
      cat.primaryKeys[table] = columns
        .filter((c) => Number(c.pk) > 0)
        .sort((a, b) => Number(a.pk) - Number(b.pk))
        .map((c) => String(c.name));
      const indexes = db.prepare("SELECT * FROM pragma_index_list(?)").all(table) as Array<
        Record<string, unknown>
      >;
      cat.indexes[table] = indexes
        .map((index) => ({
          name: index.name,
          unique: index.unique,
          origin: index.origin,
          partial: index.partial,
          columns: (
            db.prepare("SELECT * FROM pragma_index_info(?) ORDER BY seqno").all(index.name) as Array<{
              name: string;
            }>
          ).map((c) => c.name),
        }))
        .sort(byName);
      cat.foreignKeys[table] = (
        db.prepare("SELECT * FROM pragma_foreign_key_list(?)").all(table) as Array<Record<string, unknown>>
      )
        .map((fk) => ({
          name: `${fk.table}.${fk.to}<-${fk.from}`,
          on_update: fk.on_update,
          on_delete: fk.on_delete,
          seq: fk.seq,
        }))
        .sort(byName);
    }
    return cat;
  } finally {
    db.close();
  }
}

export async function postgresCatalogue(url: string, schema: string): Promise<Catalogue> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const strip = (text: unknown) => String(text).replaceAll(`"${schema}".`, "").replaceAll(`${schema}.`, "");
  try {
    const q = async (sql: string) =>
      (await client.query(sql, [schema])).rows as Array<Record<string, unknown>>;
    const tables = (
      await q(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`,
      )
    )
      .map((t) => String(t.name))
      .filter((t) => t !== BOOKKEEPING)
      .sort();
    const cat: Catalogue = { tables, columns: {}, primaryKeys: {}, indexes: {}, foreignKeys: {} };
    for (const table of tables) {
      cat.columns[table] = [];
      cat.primaryKeys[table] = [];
      cat.indexes[table] = [];
      cat.foreignKeys[table] = [];
    }
    const columns = await q(
      `SELECT table_name, column_name AS name, data_type, udt_name, is_nullable, column_default,
              character_maximum_length, datetime_precision
       FROM information_schema.columns WHERE table_schema = $1`,
    );
    for (const { table_name, column_default, ...column } of columns)
      cat.columns[String(table_name)]?.push({
        ...column,
        column_default: column_default === null ? null : strip(column_default),
      });
    const constraints = await q(
      `SELECT c.conrelid::regclass::text AS table_name, c.conname::text AS name, c.contype::text AS type,
              pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       WHERE n.nspname = $1 AND c.contype IN ('p', 'f')`,
    );
    for (const c of constraints) {
      const table = strip(c.table_name).replaceAll('"', "");
      if (!tables.includes(table)) continue;
      if (c.type === "p") cat.primaryKeys[table] = [strip(c.def)];
      else cat.foreignKeys[table]?.push({ name: c.name, def: strip(c.def) });
    }
    const indexes = await q(
      `SELECT tablename::text AS table_name, indexname::text AS name, indexdef AS def FROM pg_indexes WHERE schemaname = $1`,
    );
    for (const index of indexes)
      cat.indexes[String(index.table_name)]?.push({ name: index.name, def: strip(index.def) });
    for (const table of tables) {
      cat.columns[table]!.sort(byName);
      cat.indexes[table]!.sort(byName);
      cat.foreignKeys[table]!.sort(byName);
    }
    return cat;
  } finally {
    await client.end();
  }
}
