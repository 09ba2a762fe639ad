/**
 * Rules every Store implementation shares (Prisma here, the in-memory one in test/support), so
 * both answer the same: orderings, defaults, aggregations. Pure functions, no I/O.
 */
import type { PollVote, QuestionTally } from "../domain/poll.js";
import { POLL_SCALE } from "../domain/poll.js";
import type { Post } from "../domain/post.js";
import type { Contribution, RosterEntry } from "../domain/roster.js";
import {
  DEFAULT_SERIES_SETTINGS,
  normaliseHandle,
  normaliseHashtag,
  type SeriesSettings,
} from "../domain/series.js";
import { compareText } from "../domain/text.js";

export { compareText, normaliseHandle, normaliseHashtag };

/** Stored settings over the defaults: a setting added later gets its default on old rows. */
export function seriesSettings(stored: Partial<SeriesSettings> | undefined): SeriesSettings {
  return { ...DEFAULT_SERIES_SETTINGS, ...(stored ?? {}) };
}

/** Poll questions are numbered from 1, in the order given. */
export function questionPosition(index: number): number {
  return index + 1;
}

/** A vote value must be one of the poll scale's points (1..5) or null (comment only). */
export function isVoteValue(value: unknown): value is number | null {
  return value === null || (POLL_SCALE as readonly unknown[]).includes(value);
}

/**
 * Aggregates one question's votes. `votes` counts answers with a value; comments (non-blank) are
 * sorted so their order says nothing about who wrote them or when.
 */
export function tallyQuestion(
  questionId: string,
  votes: Array<Pick<PollVote, "value" | "comment">>,
): QuestionTally {
  const counts = POLL_SCALE.map(() => 0);
  let sum = 0;
  let n = 0;
  const comments: string[] = [];
  for (const vote of votes) {
    if (vote.value !== null) {
      counts[vote.value - 1] = (counts[vote.value - 1] ?? 0) + 1;
      sum += vote.value;
      n += 1;
    }
    if (vote.comment !== null && vote.comment.trim() !== "") comments.push(vote.comment);
  }
  comments.sort(compareText);
  return { questionId, counts, votes: n, average: n === 0 ? null : sum / n, comments };
}

/** "network:handle" in lower case, the key `authorsOfEditions` returns. */
export function authorKey(network: string, handle: string): string {
  return `${network}:${handle.toLowerCase()}`;
}

/**
 * Contributions for one edition, one per (network, handle): the same person twice in a list is
 * merged (posts and engagement add up, the highest followers and the earliest post win).
 */
export function mergeContributions(contributions: Contribution[]): Contribution[] {
  const merged = new Map<string, Contribution>();
  for (const c of contributions) {
    const handle = normaliseHandle(c.handle);
    const key = `${c.network}:${handle}`;
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, { ...c, handle });
      continue;
    }
    merged.set(key, {
      ...seen,
      name: seen.name ?? c.name,
      followers: maxNullable(seen.followers, c.followers),
      posts: seen.posts + c.posts,
      engagement: seen.engagement + c.engagement,
      firstPostAt: new Date(Math.min(c.firstPostAt.getTime(), seen.firstPostAt.getTime())),
    });
  }
  return [...merged.values()];
}

function maxNullable(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/** One participation with its person, as an edition's contributions read it. */
export interface EditionParticipationRow {
  displayName: string | null;
  handles: Array<{ network: Post["network"]; handle: string }>;
  posts: number;
  engagement: number;
  followers: number | null;
  firstPostAt: Date;
}

/**
 * An edition's contributions from its participations: each under the person's first handle (by
 * network, then handle; one today, as a participant is made per handle), most posts first, then
 * most engagement, then by handle.
 */
export function editionContributions(rows: EditionParticipationRow[]): Contribution[] {
  const out: Contribution[] = [];
  for (const row of rows) {
    const first = [...row.handles].sort(
      (a, b) => compareText(a.network, b.network) || compareText(a.handle, b.handle),
    )[0];
    if (!first) continue;
    out.push({
      network: first.network,
      handle: first.handle,
      name: row.displayName,
      followers: row.followers,
      posts: row.posts,
      engagement: row.engagement,
      firstPostAt: row.firstPostAt,
    });
  }
  return out.sort(
    (a, b) =>
      b.posts - a.posts ||
      b.engagement - a.engagement ||
      compareText(a.network, b.network) ||
      compareText(a.handle, b.handle),
  );
}

/** One participation as the roster reads it. */
export interface RosterRow {
  participantId: string;
  displayName: string | null;
  handles: Array<{ network: Post["network"]; handle: string }>;
  editionNumber: number;
  posts: number;
  engagement: number;
  followers: number | null;
  firstPostAt: Date;
}

/**
 * Folds participations into roster entries: edition numbers ascending, totals summed, followers
 * from the latest edition that had a figure, last seen = latest first post. Most editions first,
 * then most posts, then by handle.
 */
export function buildRoster(rows: RosterRow[]): RosterEntry[] {
  const byParticipant = new Map<string, RosterRow[]>();
  for (const row of rows) {
    const list = byParticipant.get(row.participantId) ?? [];
    list.push(row);
    byParticipant.set(row.participantId, list);
  }
  const entries = [...byParticipant.values()].map((list) => {
    list.sort((a, b) => a.editionNumber - b.editionNumber);
    const first = list[0]!;
    const withFollowers = list.filter((r) => r.followers !== null);
    const handles = [...first.handles].sort(
      (a, b) => compareText(a.network, b.network) || compareText(a.handle, b.handle),
    );
    return {
      participantId: first.participantId,
      displayName: first.displayName,
      handles,
      editions: [...new Set(list.map((r) => r.editionNumber))],
      posts: list.reduce((n, r) => n + r.posts, 0),
      engagement: list.reduce((n, r) => n + r.engagement, 0),
      followers: withFollowers.length ? withFollowers[withFollowers.length - 1]!.followers : null,
      lastSeenAt: new Date(Math.max(...list.map((r) => r.firstPostAt.getTime()))),
    };
  });
  const handleOf = (e: { handles: Array<{ handle: string }> }) => e.handles[0]?.handle ?? "";
  return entries.sort(
    (a, b) =>
      b.editions.length - a.editions.length ||
      b.posts - a.posts ||
      compareText(handleOf(a), handleOf(b)) ||
      compareText(a.participantId, b.participantId),
  );
}

/**
 * A batch keyed by network + external id, the last occurrence winning: PostgreSQL refuses an
 * `INSERT ... ON CONFLICT DO UPDATE` that touches one row twice, and the last capture is the newest.
 */
export function dedupePosts(posts: Post[]): Post[] {
  const byKey = new Map<string, Post>();
  for (const post of posts) byKey.set(`${post.network}\u0000${post.externalId}`, post);
  return [...byKey.values()];
}

/**
 * What a re-imported post keeps: nullable facts the new source does not know (impressions from an
 * analytics export, followers, names, links) stay; everything the new capture says wins.
 */
export function mergePost(old: Post, next: Post): Post {
  return {
    ...next,
    authorName: next.authorName ?? old.authorName,
    authorFollowers: next.authorFollowers ?? old.authorFollowers,
    replyToId: next.replyToId ?? old.replyToId,
    replyToHandle: next.replyToHandle ?? old.replyToHandle,
    referencedId: next.referencedId ?? old.referencedId,
    conversationId: next.conversationId ?? old.conversationId,
    impressions: next.impressions ?? old.impressions,
    bookmarks: next.bookmarks ?? old.bookmarks ?? null,
    shares: next.shares ?? old.shares ?? null,
    engagements: next.engagements ?? old.engagements ?? null,
    url: next.url ?? old.url,
  };
}

export function earliest(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

export function latest(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

/** The opt-out row that covers every network. */
export const EVERY_NETWORK = "*";

/** Opt-outs by handle, then network (every-network entry first). */
export function compareOptOuts(
  a: { handle: string; network: string | null },
  b: { handle: string; network: string | null },
): number {
  return compareText(a.handle, b.handle) || compareText(a.network ?? "", b.network ?? "");
}
