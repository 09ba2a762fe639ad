/**
 * The job claim as ONE statement, so two processes never take the same job.
 * PostgreSQL: `FOR UPDATE SKIP LOCKED` in the subquery lets concurrent claimers pass over rows
 * another claimer holds instead of waiting for them or taking them twice.
 * @see https://www.postgresql.org/docs/15/sql-select.html#SQL-FOR-UPDATE-SHARE
 * SQLite: one writer at a time, and a single UPDATE ... RETURNING (SQLite >= 3.35) is atomic.
 * @see https://www.sqlite.org/lang_returning.html
 */
import type { DbKind } from "./prisma-support.js";

const DUE = `("status" = 'pending' AND "runAt" <= :now) OR ("status" = 'running' AND "leaseUntil" < :now)`;

export function claimSql(kind: DbKind): {
  sql: string;
  order: Array<"owner" | "leaseUntil" | "updatedAt" | "now" | "limit">;
} {
  const lock = kind === "postgres" ? " FOR UPDATE SKIP LOCKED" : "";
  const template =
    `UPDATE "Job" SET "status" = 'running', "leaseOwner" = :owner, "leaseUntil" = :leaseUntil, ` +
    `"attempts" = "attempts" + 1, "updatedAt" = :updatedAt ` +
    `WHERE "id" IN (SELECT "id" FROM "Job" WHERE ${DUE} ORDER BY "runAt", "key" LIMIT :limit${lock}) ` +
    `RETURNING "id"`;
  const order: Array<"owner" | "leaseUntil" | "updatedAt" | "now" | "limit"> = [];
  const names = { owner: 1, leaseUntil: 2, updatedAt: 3, now: 4, limit: 5 } as const;
  const sql = template.replace(
    /:(owner|leaseUntil|updatedAt|now|limit)\b/g,
    (_, name: keyof typeof names) => {
      if (kind === "postgres") return `$${names[name]}`;
      order.push(name);
      return "?";
    },
  );
  return { sql, order: kind === "postgres" ? ["owner", "leaseUntil", "updatedAt", "now", "limit"] : order };
}
