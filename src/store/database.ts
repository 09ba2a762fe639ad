/**
 * Opens the Prisma client for the configured database. The two generated clients (SQLite,
 * PostgreSQL) come from one model (prisma/sqlite/schema.prisma, derived into postgres/), so
 * repositories are written once against the SQLite client's type. Only the configured one is loaded
 * (each is a large module graph: start-up, `npm run bench`).
 */
import type { PrismaClient as SqliteClient } from "./generated/sqlite/client.js";
import { type SqliteBulk, sqliteBulk } from "./sqlite-bulk.js";
import { serialised, Turns } from "./sqlite-serial.js";
import { sqliteFilePath } from "./url.js";

export type Db = SqliteClient;
/** The client handed to a `$transaction(async (tx) => ...)` callback. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  kind: "sqlite" | "postgres";
  db: Db;
  /** SQLite only: a plain connection for bulk writes, taking turns with `db` (see sqlite-bulk.ts). */
  bulk?: SqliteBulk;
  close(): Promise<void>;
}

export async function openDatabase(url: string, options: { schema?: string } = {}): Promise<Database> {
  if (url.startsWith("file:")) {
    const path = sqliteFilePath(url);
    const [{ PrismaBetterSQLite3 }, { PrismaClient: SqliteClient }] = await Promise.all([
      import("@prisma/adapter-better-sqlite3"),
      import("./generated/sqlite/client.js"),
    ]);
    const adapter = new PrismaBetterSQLite3({ url: `file:${path}`, timeout: 10_000 });
    const db = new SqliteClient({ adapter });
    await db.$connect();
    // WAL lets readers go on while an import writes; the busy timeout waits out the writer.
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
    // What a write deletes or moves is zeroed in the file, not left in free space: an anonymous
    // poll's earlier ballot box and its turnout once closed (docs/anonymity.md). Poll writes use
    // this connection only; the bulk lane (imports) keeps the default.
    await db.$queryRawUnsafe("PRAGMA secure_delete = ON");
    // One connection: queries must not slip into another request's open transaction.
    const turns = new Turns();
    // ":memory:" would open a second, empty database: no bulk lane there.
    const bulk = path === ":memory:" ? undefined : sqliteBulk(path, turns);
    return {
      kind: "sqlite",
      db: serialised(db, turns),
      bulk,
      async close() {
        bulk?.close();
        await db.$disconnect();
      },
    };
  }
  // search_path too, so raw SQL (bulk upserts, job claims) lands in the same schema as the models.
  const searchPath = options.schema
    ? { options: `-c search_path="${options.schema.replace(/"/g, "")}"` }
    : {};
  const [{ PrismaPg }, { PrismaClient: PostgresClient }] = await Promise.all([
    import("@prisma/adapter-pg"),
    import("./generated/postgres/client.js"),
  ]);
  const adapter = new PrismaPg(
    { connectionString: url, max: 10, ...searchPath },
    options.schema ? { schema: options.schema } : undefined,
  );
  const db = new PostgresClient({ adapter }) as unknown as Db;
  await db.$connect();
  return { kind: "postgres", db, close: () => db.$disconnect() };
}
