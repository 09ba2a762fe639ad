import { NETWORKS, POST_KINDS, type Post } from "../domain/post.js";
import type { PostRepository, UpsertResult } from "../ports.js";
import type { DbOrTx, Tx } from "./database.js";
import { storeErrors } from "./errors.js";
import type { PostModel } from "./generated/sqlite/models.js";
import { existingIdsSql, ROWS_PER_STATEMENT, upsertPostsParams, upsertPostsSql } from "./post-sql.js";
import { type DbKind, inTransaction, isString, jsonArray, oneOf } from "./prisma-support.js";
import { authorKey, dedupePosts } from "./rules.js";

const PAGE = 1_000;

export function toPost(row: PostModel): Post {
  return {
    network: oneOf(NETWORKS, row.network, ["Post", "network"]),
    externalId: row.externalId,
    authorHandle: row.authorHandle,
    authorName: row.authorName,
    authorFollowers: row.authorFollowers,
    text: row.text,
    createdAt: row.createdAt,
    kind: oneOf(POST_KINDS, row.kind, ["Post", "kind"]),
    replyToId: row.replyToId,
    replyToHandle: row.replyToHandle,
    referencedId: row.referencedId,
    conversationId: row.conversationId,
    likes: row.likes,
    reposts: row.reposts,
    replies: row.replies,
    quotes: row.quotes,
    impressions: row.impressions,
    url: row.url,
    hashtags: jsonArray(row.hashtags, isString, ["Post", "hashtags"]),
    mentions: jsonArray(row.mentions, isString, ["Post", "mentions"]),
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export class PrismaPostRepository implements PostRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly kind: DbKind,
  ) {}

  async upsertBatch(workspaceId: string, editionId: string | null, posts: Post[]): Promise<UpsertResult> {
    const unique = dedupePosts(posts);
    return inTransaction(this.db, async (tx) => {
      await this.checkParents(tx, workspaceId, editionId);
      if (unique.length === 0) return { inserted: 0, updated: 0 };
      const known = await this.countKnown(tx, workspaceId, unique);
      const now = new Date();
      for (const chunk of chunks(unique, ROWS_PER_STATEMENT)) {
        await tx.$executeRawUnsafe(
          upsertPostsSql(this.kind, chunk.length),
          ...upsertPostsParams(workspaceId, editionId, chunk, now),
        );
      }
      return { inserted: unique.length - known, updated: known };
    });
  }

  private async checkParents(tx: Tx, workspaceId: string, editionId: string | null): Promise<void> {
    if (editionId === null) {
      const ws = await tx.workspace.findUnique({ where: { id: workspaceId }, select: { id: true } });
      if (!ws) throw storeErrors.workspace(workspaceId);
      return;
    }
    const edition = await tx.edition.findFirst({
      where: { id: editionId, workspaceId },
      select: { id: true },
    });
    if (!edition) throw storeErrors.edition(editionId);
  }

  /** How many of these posts are already stored (they will be updated, not inserted). */
  private async countKnown(tx: Tx, workspaceId: string, posts: Post[]): Promise<number> {
    let known = 0;
    for (const network of new Set(posts.map((p) => p.network))) {
      const ids = posts.filter((p) => p.network === network).map((p) => p.externalId);
      for (const chunk of chunks(ids, ROWS_PER_STATEMENT)) {
        const rows = await tx.$queryRawUnsafe<unknown[]>(
          existingIdsSql(this.kind, chunk.length),
          workspaceId,
          network,
          ...chunk,
        );
        known += rows.length;
      }
    }
    return known;
  }

  async *streamByEdition(workspaceId: string, editionId: string): AsyncIterable<Post> {
    let cursor: { createdAt: Date; id: string } | null = null;
    for (;;) {
      const after = cursor
        ? {
            OR: [
              { createdAt: { gt: cursor.createdAt } },
              { createdAt: cursor.createdAt, id: { gt: cursor.id } },
            ],
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
