/**
 * Takes a lease in ONE statement, so two processes never both hold it: inserted when the name is
 * new, else updated only when it expired or is already ours. A concurrent taker waits on the
 * primary key and then sees the row the first one wrote (0 rows changed: not taken).
 * Same syntax on both databases (SQLite >= 3.24).
 * @see https://www.postgresql.org/docs/15/sql-insert.html#SQL-ON-CONFLICT
 * @see https://www.sqlite.org/lang_upsert.html
 */
import type { DbKind } from "./prisma-support.js";

export interface TakeValues {
  name: string;
  owner: string;
  until: Date;
  now: Date;
}

export function takeStatement(kind: DbKind, v: TakeValues): { sql: string; params: unknown[] } {
  const p = kind === "postgres" ? (n: number) => `$${n}` : () => "?";
  return {
    sql:
      `INSERT INTO "Lease" ("name", "owner", "until", "updatedAt") VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}) ` +
      `ON CONFLICT ("name") DO UPDATE SET "owner" = excluded."owner", "until" = excluded."until", "updatedAt" = excluded."updatedAt" ` +
      `WHERE "Lease"."owner" = excluded."owner" OR "Lease"."until" < ${p(5)}`,
    params: [v.name, v.owner, v.until, v.now, v.now],
  };
}
