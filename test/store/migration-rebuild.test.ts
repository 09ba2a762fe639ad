/**
 * SQLite table rebuilds (src/store/migrate.ts): Prisma writes a change SQLite's ALTER TABLE
 * cannot make as CREATE "new_X", INSERT ... SELECT, DROP "X", RENAME, between
 * `PRAGMA foreign_keys=OFF` and `ON`. Those pragmas do nothing inside the transaction a migration
 * runs in, so the runner must turn foreign keys off itself; otherwise the DROP deletes X's rows and
 * every ON DELETE CASCADE child with them. A migration that leaves a row pointing at nothing is
 * refused and rolled back.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { MigrationForeignKeyError, migrate } from "../../src/store/migrate.js";
import { sqliteFilePath } from "../../src/store/url.js";
import { freshSqliteUrl } from "../support/db.js";

/** A parent table (Edition-like) and a child that cascades from it (Note-like), with rows. */
const FIRST = `
CREATE TABLE "Edition" ("id" TEXT NOT NULL PRIMARY KEY, "number" INTEGER NOT NULL);
CREATE TABLE "Note" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "editionId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "Note_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "Edition" VALUES ('e1', 1), ('e2', 2);
INSERT INTO "Note" VALUES ('n1', 'e1', 'great guest'), ('n2', 'e1', 'start on time'), ('n3', 'e2', 'more polls');
`;

/** What `prisma migrate diff` writes for "Edition.number becomes BIGINT, Edition.topic added". */
const REBUILD = `
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Edition" ("id" TEXT NOT NULL PRIMARY KEY, "number" BIGINT NOT NULL, "topic" TEXT);
INSERT INTO "new_Edition" ("id", "number") SELECT "id", "number" FROM "Edition";
DROP TABLE "Edition";
ALTER TABLE "new_Edition" RENAME TO "Edition";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
`;

/** A rebuild that forgets a row: the notes of edition e2 would point at nothing. */
const LOSSY_REBUILD = REBUILD.replace(`FROM "Edition";`, `FROM "Edition" WHERE "id" = 'e1';`);

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A prisma/ folder holding these SQLite migrations, in order, and a fresh database file. */
function setting(...sqls: string[]) {
  const dir = mkdtempSync(join(tmpdir(), "afterchat-rebuild-"));
  const file = freshSqliteUrl();
  cleanups.push(
    () => rmSync(dir, { recursive: true, force: true }),
    () => file.remove(),
  );
  const add = (sql: string, index: number) => {
    const folder = join(dir, "sqlite", "migrations", `2026010100000${index}_step_${index}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "migration.sql"), sql);
  };
  sqls.forEach(add);
  return {
    url: file.url,
    migrate: () => migrate(file.url, { prismaDir: dir }),
    add: (sql: string) => add(sql, sqls.length),
    query: <T>(sql: string): T[] => {
      const db = new Sqlite(sqliteFilePath(file.url), { readonly: true });
      try {
        return db.prepare(sql).all() as T[];
      } finally {
        db.close();
      }
    },
  };
}

describe("a SQLite migration that rebuilds a table other tables reference", () => {
  it("GIVEN notes that cascade from editions WHEN a migration rebuilds Edition THEN every note is still there, under its edition", async () => {
    const db = setting(FIRST);
    await db.migrate();
    db.add(REBUILD);

    expect((await db.migrate()).applied).toEqual(["20260101000001_step_1"]);

    expect(db.query(`SELECT "id", "editionId", "text" FROM "Note" ORDER BY "id"`)).toEqual([
      { id: "n1", editionId: "e1", text: "great guest" },
      { id: "n2", editionId: "e1", text: "start on time" },
      { id: "n3", editionId: "e2", text: "more polls" },
    ]);
    expect(db.query(`SELECT "id", "number", "topic" FROM "Edition" ORDER BY "id"`)).toEqual([
      { id: "e1", number: 1, topic: null },
      { id: "e2", number: 2, topic: null },
    ]);
    // The child's constraint now names the rebuilt table, and still cascades.
    expect(db.query(`PRAGMA foreign_key_list("Note")`)).toMatchObject([
      { table: "Edition", from: "editionId", on_delete: "CASCADE" },
    ]);
  });

  it("GIVEN a rebuild that leaves notes pointing at a missing edition WHEN migrate runs THEN it is refused, rolled back and not recorded", async () => {
    const db = setting(FIRST);
    await db.migrate();
    db.add(LOSSY_REBUILD);

    const failure = await db.migrate().catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(MigrationForeignKeyError);
    expect((failure as MigrationForeignKeyError).violations).toEqual([
      { table: "Note", rowid: expect.any(Number), parent: "Edition" },
    ]);
    expect(db.query(`SELECT "id" FROM "Edition" ORDER BY "id"`)).toEqual([{ id: "e1" }, { id: "e2" }]);
    expect(db.query(`SELECT COUNT(*) AS n FROM "Note"`)).toEqual([{ n: 3 }]);
    expect(db.query(`SELECT "name" FROM "_afterchat_migrations" ORDER BY "name"`)).toEqual([
      { name: "20260101000000_step_0" },
    ]);
  });
});
