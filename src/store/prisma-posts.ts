import { NETWORKS, POST_KINDS, type Post } from "../domain/post.js";
import type { PostRepository, UpsertResult } from "../ports.js";
import type { DbOrTx, Tx } from "./database.js";
import { storeErrors } from "./errors.js";
import type { PostModel } from "./generated/sqlite/models.js";
import { postPageSqlite, upsertPostsSqlite } from "./post-bulk-sqlite.js";
import { EXISTING_IDS_SQLITE, ROWS_PER_STATEMENT, upsertPostsParam, upsertPostsSql } from "./post-sql.js";
import {
  countOf,
  countOrNull,
  type DbKind,
  inTransaction,
  isString,
  jsonArray,
  oneOf,
} from "./prisma-support.js";
import { authorKey, dedupePosts } from "./rules.js";
import type { SqliteBulk } from "./sqlite-bulk.js";

const PAGE = 1_000;

export function toPost(row: PostModel): Post {
  return {
    network: oneOf(NETWORKS, row.network, ["Post", "network"]),
    externalId: row.externalId,
    authorHandle: row.authorHandle,
    authorName: row.authorName,
    authorFollowers: countOrNull(row.authorFollowers),
    text: row.text,
    createdAt: row.createdAt,
    kind: oneOf(POST_KINDS, row.kind, ["Post", "kind"]),
    replyToId: row.replyToId,
    replyToHandle: row.replyToHandle,
    referencedId: row.referencedId,
    conversationId: row.conversationId,
    likes: countOf(row.likes),
    reposts: countOf(row.reposts),
    replies: countOf(row.replies),
    quotes: countOf(row.quotes),
    impressions: countOrNull(row.impressions),
    bookmarks: countOrNull(row.bookmarks),
    shares: countOrNull(row.shares),
    engagements: countOrNull(row.engagements),
    url: row.url,
    hashtags: jsonArray(row.hashtags, isString, ["Post", "hashtags"]),
    mentions: jsonArray(row.mentions, isString, ["Post", "mentions"]),
  };
}

/** A row read by better-sqlite3: dates are the stored ISO text, everything else as Prisma reads it. */
function fromSqliteRow(row: Record<string, unknown>): PostModel {
  const date = (value: unknown) => new Date(String(value));
  return {
    ...(row as unknown as PostModel),
    createdAt: date(row.createdAt),
    importedAt: date(row.importedAt),
    updatedAt: date(row.updatedAt),
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export class PrismaPostRepository implements PostRepository {
  /** `bulk`: SQLite's plain connection, used outside transactions (inside one, `db` is the transaction). */
  constructor(
    private readonly db: DbOrTx,
    private readonly kind: DbKind,
    private readonly bulk?: SqliteBulk,
  ) {}

  async upsertBatch(workspaceId: string, editionId: string | null, posts: Post[]): Promise<UpsertResult> {
    const unique = dedupePosts(posts);
    if (this.bulk) return this.bulk.write((raw) => upsertPostsSqlite(raw, workspaceId, editionId, unique));
    return inTransaction(this.db, async (tx) => {
      await this.checkParents(tx, workspaceId, editionId);
      const now = new Date();
      const result = { inserted: 0, updated: 0 };
      for (const chunk of chunks(unique, ROWS_PER_STATEMENT)) {
        const sql = upsertPostsSql(this.kind);
        const rows = upsertPostsParam(this.kind, workspaceId, editionId, chunk, now);
        if (this.kind === "postgres") {
          const returned = await tx.$queryRawUnsafe<Array<{ inserted: boolean }>>(sql, rows);
          const inserted = returned.filter((r) => r.inserted).length;
          result.inserted += inserted;
          result.updated += returned.length - inserted;
        } else {
          const known = await this.countKnown(tx, workspaceId, chunk);
          await tx.$executeRawUnsafe(sql, rows);
          result.inserted += chunk.length - known;
          result.updated += known;
        }
      }
      return result;
    });
  }

  /**
   * The edition must be this workspace's (or, without one, the workspace must exist). Raw SQL on
   * purpose: this runs once per batch, and Prisma compiles a model query each time (measured ~3 ms).
   */
  private async checkParents(tx: Tx, workspaceId: string, editionId: string | null): Promise<void> {
    const p = (n: number) => (this.kind === "postgres" ? `$${n}` : "?");
    if (editionId === null) {
      const found = await tx.$queryRawUnsafe<unknown[]>(
        `SELECT 1 FROM "Workspace" WHERE "id" = ${p(1)}`,
        workspaceId,
      );
      if (found.length === 0) throw storeErrors.workspace(workspaceId);
      return;
    }
    const found = await tx.$queryRawUnsafe<unknown[]>(
      `SELECT 1 FROM "Edition" WHERE "id" = ${p(1)} AND "workspaceId" = ${p(2)}`,
      editionId,
      workspaceId,
    );
    if (found.length === 0) throw storeErrors.edition(editionId);
  }

  /** SQLite: how many of these posts are already stored (they will be updated, not inserted). */
  private async countKnown(tx: Tx, workspaceId: string, posts: Post[]): Promise<number> {
    let known = 0;
    for (const network of new Set(posts.map((p) => p.network))) {
      const ids = posts.filter((p) => p.network === network).map((p) => p.externalId);
      const rows = await tx.$queryRawUnsafe<unknown[]>(
        EXISTING_IDS_SQLITE,
        workspaceId,
        network,
        JSON.stringify(ids),
      );
      known += rows.length;
    }
    return known;
  }

  async *streamByEdition(workspaceId: string, editionId: string): AsyncIterable<Post> {
    if (this.bulk) {
      yield* this.streamSqlite(this.bulk, workspaceId, editionId);
      return;
    }
    let cursor: { createdAt: Date; id: string } | null = null;
    for (;;) {
      // The "gte" alone gives the planner a range on the (editionId, createdAt) index (with only the
      // OR it rescanned the edition from the start for every page); the OR breaks ties.
      const after = cursor
        ? {
            createdAt: { gte: cursor.createdAt },
            OR: [{ createdAt: { gt: cursor.createdAt } }, { id: { gt: cursor.id } }],
          }
        : {};
      const rows: PostModel[] = await this.db.post.findMany({
        where: { workspaceId, editionId, ...after },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: PAGE,
      });
      for (const row of rows) yield toPost(row);
      const last = rows[rows.length - 1];
      if (!last || rows.length < PAGE) return;
      cursor = { createdAt: last.createdAt, id: last.id };
    }
  }

  /** The same pages read on SQLite's plain connection; the cursor keeps the stored date text. */
  private async *streamSqlite(bulk: SqliteBulk, workspaceId: string, editionId: string): AsyncIterable<Post> {
    let cursor: { createdAt: string; id: string } | null = null;
    for (;;) {
      const after: { createdAt: string; id: string } | null = cursor;
      const rows: Array<Record<string, unknown>> = await bulk.read((raw) =>
        postPageSqlite(raw, workspaceId, editionId, after, PAGE),
      );
      for (const row of rows) yield toPost(fromSqliteRow(row));
      const last = rows[rows.length - 1];
      if (!last || rows.length < PAGE) return;
      cursor = { createdAt: String(last.createdAt), id: String(last.id) };
    }
  }

  async countByEdition(workspaceId: string, editionId: string): Promise<number> {
    return this.db.post.count({ where: { workspaceId, editionId } });
  }

  async authorsOfEditions(workspaceId: string, editionIds: string[]): Promise<Set<string>> {
    if (editionIds.length === 0) return new Set();
    const groups = await this.db.post.groupBy({
      by: ["network", "authorHandle"],
      where: { workspaceId, editionId: { in: editionIds } },
    });
    return new Set(groups.map((g) => authorKey(g.network, g.authorHandle)));
  }
}
