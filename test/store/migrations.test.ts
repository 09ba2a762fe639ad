/**
 * The committed migrations, applied in order to an empty database, must give exactly the schema
 * prisma/<provider>/schema.prisma describes today (built from `prisma migrate diff --from-empty`).
 * A schema change without its migration, or a hand edit of a migration, fails here.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { MigrationMismatchError, migrate, readMigrations } from "../../src/store/migrate.js";
import { sqliteFilePath } from "../../src/store/url.js";
import { freshPgSchema, freshSqliteUrl, pgReachable, pgTestUrl } from "../support/db.js";
import { postgresCatalogue, sqliteCatalogue } from "./catalogue.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SLOW = 120_000;

/** The current schema as SQL, written by the Prisma CLI from the schema file. */
function currentSchemaSql(provider: "sqlite" | "postgres"): string {
  return execFileSync(process.execPath, ["scripts/prisma.mjs", "diff-empty", provider], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, AFTERCHAT_PG_URL: pgTestUrl() },
  });
}

/** A copy of prisma/<provider>/migrations in a temporary folder, to edit without harm. */
function copyOfMigrations(provider: "sqlite" | "postgres"): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "afterchat-migrations-"));
  cpSync(join(ROOT, "prisma", provider, "migrations"), join(dir, provider, "migrations"), {
    recursive: true,
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

describe("SQLite migrations", () => {
  it(
    "GIVEN an empty database WHEN every migration is applied THEN its catalogue equals the current schema's",
    async () => {
      const migrated = freshSqliteUrl();
      const expected = freshSqliteUrl();
      try {
        const result = await migrate(migrated.url);
        expect(result.applied).toEqual(readMigrations("sqlite").map((m) => m.name));
        const db = new Sqlite(sqliteFilePath(expected.url));
        db.exec(currentSchemaSql("sqlite"));
        db.close();
        const actual = sqliteCatalogue(sqliteFilePath(migrated.url));
        expect(actual.tables.length).toBeGreaterThan(10);
        expect(actual).toEqual(sqliteCatalogue(sqliteFilePath(expected.url)));
      } finally {
        migrated.remove();
        expected.remove();
      }
    },
    SLOW,
  );

  it("GIVEN a migrated database WHEN migrate runs again THEN nothing is applied", async () => {
    const file = freshSqliteUrl();
    try {
      await migrate(file.url);
      expect(await migrate(file.url)).toMatchObject({ applied: [] });
    } finally {
      file.remove();
    }
  });

  it("GIVEN an applied migration edited afterwards WHEN migrate runs THEN it stops with MigrationMismatchError", async () => {
    const file = freshSqliteUrl();
    const copy = copyOfMigrations("sqlite");
    try {
      await migrate(file.url, { prismaDir: copy.dir });
      const first = readMigrations("sqlite", copy.dir)[0]!;
      appendFileSync(join(copy.dir, "sqlite", "migrations", first.name, "migration.sql"), "\n-- edited\n");
      await expect(migrate(file.url, { prismaDir: copy.dir })).rejects.toBeInstanceOf(MigrationMismatchError);
    } finally {
      file.remove();
      copy.remove();
    }
  });
});

describe.skipIf(!pgReachable())("PostgreSQL migrations", () => {
  it(
    "GIVEN an empty schema WHEN every migration is applied THEN its catalogue equals the current schema's",
    async () => {
      const migrated = freshPgSchema();
      const expected = freshPgSchema();
      try {
        const result = await migrate(pgTestUrl(), { schema: migrated.schema });
        expect(result.applied).toEqual(readMigrations("postgres").map((m) => m.name));
        const sql = currentSchemaSql("postgres");
        const client = new pg.Client({ connectionString: pgTestUrl() });
        await client.connect();
        try {
          await client.query(`CREATE SCHEMA "${expected.schema}"`);
          await client.query(`SET search_path TO "${expected.schema}"`);
          await client.query(sql);
        } finally {
          await client.end();
        }
        const actual = await postgresCatalogue(pgTestUrl(), migrated.schema);
        expect(actual.tables.length).toBeGreaterThan(10);
        expect(actual).toEqual(await postgresCatalogue(pgTestUrl(), expected.schema));
      } finally {
        await migrated.drop();
        await expected.drop();
      }
    },
    SLOW,
  );

  it("GIVEN a migrated schema WHEN migrate runs again THEN nothing is applied", async () => {
    const { schema, drop } = freshPgSchema();
    try {
      await migrate(pgTestUrl(), { schema });
      expect(await migrate(pgTestUrl(), { schema })).toMatchObject({ applied: [] });
    } finally {
      await drop();
    }
  });

  it("GIVEN an applied migration edited afterwards WHEN migrate runs THEN it stops with MigrationMismatchError", async () => {
    const { schema, drop } = freshPgSchema();
    const copy = copyOfMigrations("postgres");
    try {
      await migrate(pgTestUrl(), { schema, prismaDir: copy.dir });
      const first = readMigrations("postgres", copy.dir)[0]!;
      appendFileSync(join(copy.dir, "postgres", "migrations", first.name, "migration.sql"), "\n-- edited\n");
      await expect(migrate(pgTestUrl(), { schema, prismaDir: copy.dir })).rejects.toBeInstanceOf(
        MigrationMismatchError,
      );
    } finally {
      await drop();
      copy.remove();
    }
  });
});
