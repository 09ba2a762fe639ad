/**
 * The post upsert on a plain better-sqlite3 connection (the bulk lane, see sqlite-bulk.ts):
 * same SQL as through Prisma, run synchronously inside the caller's IMMEDIATE transaction.
 */
import type Sqlite from "better-sqlite3";
import type { Post } from "../domain/post.js";
import type { UpsertResult } from "../ports.js";
import { storeErrors } from "./errors.js";
import { EXISTING_IDS_SQLITE, ROWS_PER_STATEMENT, upsertPostsParam, upsertPostsSql } from "./post-sql.js";

export function upsertPostsSqlite(
  db: Sqlite.Database,
  workspaceId: string,
  editionId: string | null,
  posts: Post[],
): UpsertResult {
  if (editionId === null) {
    if (!db.prepare(`SELECT 1 FROM "Workspace" WHERE "id" = ?`).get(workspaceId))
      throw storeErrors.workspace(workspaceId);
  } else if (
    !db.prepare(`SELECT 1 FROM "Edition" WHERE "id" = ? AND "workspaceId" = ?`).get(editionId, workspaceId)
  ) {
    throw storeErrors.edition(editionId);
  }
  const existing = db.prepare(EXISTING_IDS_SQLITE);
  const upsert = db.prepare(upsertPostsSql("sqlite"));
  const now = new Date();
  const result = { inserted: 0, updated: 0 };
  for (let i = 0; i < posts.length; i += ROWS_PER_STATEMENT) {
    const chunk = posts.slice(i, i + ROWS_PER_STATEMENT);
    let known = 0;
    for (const network of new Set(chunk.map((p) => p.network))) {
      const ids = chunk.filter((p) => p.network === network).map((p) => p.externalId);
      known += existing.all(workspaceId, network, JSON.stringify(ids)).length;
    }
    upsert.run(upsertPostsParam("sqlite", workspaceId, editionId, chunk, now));
    result.inserted += chunk.length - known;
    result.updated += known;
  }
  return result;
}

/** One page of an edition's posts after the (createdAt, id) cursor, as stored rows. */
export function postPageSqlite(
  db: Sqlite.Database,
  workspaceId: string,
  editionId: string,
  after: { createdAt: string; id: string } | null,
  limit: number,
): Array<Record<string, unknown>> {
  const base = `SELECT * FROM "Post" WHERE "workspaceId" = ? AND "editionId" = ?`;
  const order = ` ORDER BY "createdAt", "id" LIMIT ?`;
  if (!after)
    return db.prepare(base + order).all(workspaceId, editionId, limit) as Array<Record<string, unknown>>;
  return (
    db
      // The ">=" alone gives the planner a range on the (editionId, createdAt) index; the OR breaks ties.
      .prepare(`${base} AND "createdAt" >= ? AND ("createdAt" > ? OR "id" > ?)${order}`)
      .all(workspaceId, editionId, after.createdAt, after.createdAt, after.id, limit) as Array<
      Record<string, unknown>
    >
  );
}
