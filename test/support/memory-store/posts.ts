import type { Post } from "../../../src/domain/post.js";
import type { Contribution, RosterEntry } from "../../../src/domain/roster.js";
import type {
  DailyMetricRepository,
  ParticipantRepository,
  PostRepository,
  UpsertResult,
} from "../../../src/ports.js";
import type { DailyMetrics } from "../../../src/sources/types.js";
import {
  authorKey,
  buildRoster,
  compareText,
  dedupePosts,
  earliest,
  latest,
  mergeContributions,
  mergePost,
} from "../../../src/store/rules.js";
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

export class MemoryParticipants implements ParticipantRepository {
  constructor(private readonly db: MemoryDb) {}

  async recordEdition(workspaceId: string, editionId: string, contributions: Contribution[]): Promise<void> {
    requireRow.edition(this.db, workspaceId, editionId);
    const t = this.db.t;
    t.participations = t.participations.filter(
      (p) => p.editionId !== editionId || p.workspaceId !== workspaceId,
    );
    for (const c of mergeContributions(contributions)) {
      const handle = t.handles.find(
        (h) => h.workspaceId === workspaceId && h.network === c.network && h.handle === c.handle,
      );
      let participant = handle && t.participants.find((p) => p.id === handle.participantId);
      if (!participant) {
        participant = {
          id: newId(),
          workspaceId,
          displayName: c.name,
          firstSeenAt: c.firstPostAt,
          lastSeenAt: c.firstPostAt,
        };
        t.participants.push(participant);
        t.handles.push({
          id: newId(),
          workspaceId,
          participantId: participant.id,
          network: c.network,
          handle: c.handle,
        });
      } else {
        participant.displayName = c.name ?? participant.displayName;
        participant.firstSeenAt = earliest(c.firstPostAt, participant.firstSeenAt);
        participant.lastSeenAt = latest(c.firstPostAt, participant.lastSeenAt);
      }
      t.participations.push({
        id: newId(),
        workspaceId,
        editionId,
        participantId: participant.id,
        posts: c.posts,
        engagement: c.engagement,
        followers: c.followers,
        firstPostAt: c.firstPostAt,
      });
    }
  }

  async roster(workspaceId: string, seriesId: string): Promise<RosterEntry[]> {
    const t = this.db.t;
    const editions = new Map(
      t.editions
        .filter((e) => e.workspaceId === workspaceId && e.seriesId === seriesId)
        .map((e) => [e.id, e]),
    );
    const rows = t.participations
      .filter((p) => p.workspaceId === workspaceId && editions.has(p.editionId))
      .map((p) => {
        const participant = t.participants.find((x) => x.id === p.participantId)!;
        return {
          participantId: p.participantId,
          displayName: participant.displayName,
          handles: t.handles
            .filter((h) => h.participantId === p.participantId)
            .map((h) => ({ network: h.network, handle: h.handle })),
          editionNumber: editions.get(p.editionId)!.number,
          posts: p.posts,
          engagement: p.engagement,
          followers: p.followers,
          firstPostAt: p.firstPostAt,
        };
      });
    return copy(buildRoster(rows));
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
