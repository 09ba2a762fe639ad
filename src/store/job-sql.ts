/**
 * The job claim as ONE statement, so two processes never take the same job.
 * PostgreSQL: `FOR UPDATE SKIP LOCKED` in the subquery lets concurrent claimers pass over rows
 * another claimer holds instead of waiting for them or taking them twice.
 * @see https://www.postgresql.org/docs/15/sql-select.html#SQL-FOR-UPDATE-SHARE
 * SQLite: one writer at a time, and a single UPDATE ... RETURNING (SQLite >= 3.35) is atomic.
 * @see https://www.sqlite.org/lang_returning.html
 */
import type { DbKind } from "./prisma-support.js";

export interface ClaimValues {
  owner: string;
  leaseUntil: Date;
  updatedAt: Date;
  now: Date;
  limit: number;
}

export function claimStatement(kind: DbKind, v: ClaimValues): { sql: string; params: unknown[] } {
  if (kind === "postgres")
    return {
      sql:
        `UPDATE "Job" SET "status" = 'running', "leaseOwner" = $1, "leaseUntil" = $2, "attempts" = "attempts" + 1, "updatedAt" = $3 ` +
        `WHERE "id" IN (SELECT "id" FROM "Job" WHERE ("status" = 'pending' AND "runAt" <= $4) OR ("status" = 'running' AND "leaseUntil" < $4) ` +
        `ORDER BY "runAt", "key" LIMIT $5 FOR UPDATE SKIP LOCKED) RETURNING "id"`,
      params: [v.owner, v.leaseUntil, v.updatedAt, v.now, v.limit],
    };
  return {
    sql:
      `UPDATE "Job" SET "status" = 'running', "leaseOwner" = ?, "leaseUntil" = ?, "attempts" = "attempts" + 1, "updatedAt" = ? ` +
      `WHERE "id" IN (SELECT "id" FROM "Job" WHERE ("status" = 'pending' AND "runAt" <= ?) OR ("status" = 'running' AND "leaseUntil" < ?) ` +
      `ORDER BY "runAt", "key" LIMIT ?) RETURNING "id"`,
    params: [v.owner, v.leaseUntil, v.updatedAt, v.now, v.now, v.limit],
  };
}
