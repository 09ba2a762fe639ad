/**
 * Job statements written out per database, each ONE statement so concurrent processes stay safe.
 *
 * The claim, so two processes never take the same job.
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

export interface ScheduleValues {
  id: string;
  key: string;
  kind: string;
  workspaceId: string | null;
  payload: string;
  runAt: Date;
  now: Date;
}

/**
 * Inserts a job unless its key exists, in ONE statement that never fails on the key: a refused
 * INSERT would abort the PostgreSQL transaction around it (planning and use cases schedule inside
 * transactions), and a look-up first still races with another process. Affects 0 rows when the key
 * was there. Same syntax on both databases (SQLite >= 3.24).
 * @see https://www.postgresql.org/docs/15/sql-insert.html#SQL-ON-CONFLICT
 * @see https://www.sqlite.org/lang_upsert.html
 */
export function scheduleStatement(kind: DbKind, v: ScheduleValues): { sql: string; params: unknown[] } {
  const p = kind === "postgres" ? (n: number) => `$${n}` : () => "?";
  return {
    sql:
      `INSERT INTO "Job" ("id", "key", "kind", "workspaceId", "payload", "runAt", "status", "attempts", "createdAt", "updatedAt") ` +
      `VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, 'pending', 0, ${p(7)}, ${p(8)}) ` +
      `ON CONFLICT ("key") DO NOTHING`,
    params: [v.id, v.key, v.kind, v.workspaceId, v.payload, v.runAt, v.now, v.now],
  };
}
