import type { Post } from "../../../src/domain/post.js";
import type { DailyMetricRepository, PostRepository, UpsertResult } from "../../../src/ports.js";
import type { DailyMetrics } from "../../../src/sources/types.js";
import { authorKey, compareText, dedupePosts, mergePost } from "../../../src/store/rules.js";
import { copy, type MemoryDb, newId, type PostRow, requireRow } from "./tables.js";

function toPost(row: PostRow): Post {
  const { id: _i, workspaceId: _w, editionId: _e, importedAt: _a, updatedAt: _u, ...post } = copy(row);
  return post;
}

export class MemoryPosts implements PostRepository {
  constructor(private readonly db: MemoryDb) {}

  async upsertBatch(workspaceId: string, editionId: string | null, posts: Post[]): Promise<UpsertResult> {
    requireRow.workspace(this.db, workspaceId);
    if (editionId !== null) requireRow.edition(this.db, workspaceId, editionId);
    const now = this.db.clock.now();
    const result = { inserted: 0, updated: 0 };
    for (const post of dedupePosts(copy(posts))) {
      const row = this.db.t.posts.find(
        (p) =>
          p.workspaceId === workspaceId && p.network === post.network && p.externalId === post.externalId,
      );
      if (row) {
        Object.assign(row, mergePost(toPost(row), post), {
          editionId: editionId ?? row.editionId,
          updatedAt: now,
        });
        result.updated += 1;
      } else {
        this.db.t.posts.push({
          ...post,
          // As the databases read them back: null where the source did not count them.
          bookmarks: post.bookmarks ?? null,
          shares: post.shares ?? null,
          engagements: post.engagements ?? null,
          id: newId(),
          workspaceId,
          editionId,
          importedAt: now,
          updatedAt: now,
        });
        result.inserted += 1;
      }
    }
    return result;
  }

  async *streamByEdition(workspaceId: string, editionId: string): AsyncIterable<Post> {
    const rows = this.db.t.posts
      .filter((p) => p.workspaceId === workspaceId && p.editionId === editionId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compareText(a.id, b.id));
    for (const row of rows) yield toPost(row);
  }

  async countByEdition(workspaceId: string, editionId: string): Promise<number> {
    return this.db.t.posts.filter((p) => p.workspaceId === workspaceId && p.editionId === editionId).length;
  }

  async authorsOfEditions(workspaceId: string, editionIds: string[]): Promise<Set<string>> {
    return new Set(
      this.db.t.posts
        .filter(
          (p) => p.workspaceId === workspaceId && p.editionId !== null && editionIds.includes(p.editionId),
        )
        .map((p) => authorKey(p.network, p.authorHandle)),
    );
  }
}

export class MemoryDailyMetrics implements DailyMetricRepository {
  constructor(private readonly db: MemoryDb) {}

  async upsertMany(workspaceId: string, account: string, days: DailyMetrics[]): Promise<UpsertResult> {
    requireRow.workspace(this.db, workspaceId);
    const result = { inserted: 0, updated: 0 };
    const byDate = new Map(days.map((d) => [d.date, copy(d)]));
    for (const day of byDate.values()) {
      const row = this.db.t.daily.find(
        (d) => d.workspaceId === workspaceId && d.account === account && d.date === day.date,
      );
      if (row) {
        Object.assign(row, day);
        result.updated += 1;
      } else {
        this.db.t.daily.push({ ...day, id: newId(), workspaceId, account });
        result.inserted += 1;
      }
    }
    return result;
  }

  async list(workspaceId: string, account: string, from: string, to: string): Promise<DailyMetrics[]> {
    return this.db.t.daily
      .filter((d) => d.workspaceId === workspaceId && d.account === account && d.date >= from && d.date <= to)
      .sort((a, b) => compareText(a.date, b.date))
      .map(({ id: _i, workspaceId: _w, account: _a, ...day }) => copy(day));
  }
}
