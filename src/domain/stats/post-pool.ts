import type { Post } from "../post.js";
import type { Counts } from "./engagement.js";
import { compareText, topBy } from "./rank.js";
import type { TopPost } from "./report.js";

/** Longest text a top post shows (a classic tweet), in characters (code points). */
export const TOP_POST_TEXT_LENGTH = 280;

/** What orders posts: engagement descending, then network, then id, whatever the adding order. */
type Rank = Pick<TopPost, "engagement" | "network" | "externalId">;

interface Entry extends TopPost {
  key: string;
}

function byRank(a: Rank, b: Rank): number {
  return (
    b.engagement - a.engagement ||
    compareText(a.network, b.network) ||
    compareText(a.externalId, b.externalId)
  );
}

/**
 * Candidates for the top posts, with their display data, without keeping every post's text: holds up to
 * twice `capacity` entries, then keeps the best `capacity`, so the sort is amortised over capacity adds.
 * A new post ranking below the kept ones is skipped. Exact unless re-added duplicates lower the counts of
 * many kept posts below a skipped one; `approximate` flags that case (conservatively) at finish.
 */
export class TopPostPool {
  private readonly entries = new Map<string, Entry>();
  private floor: Rank | null = null;
  private bestDropped: Rank | null = null;
  private readonly capacity: number;

  constructor(private readonly n: number) {
    this.capacity = Math.max(4 * n, 40);
  }

  /** Offers a non-repost post with its current counts; a re-added post replaces its earlier copy. */
  offer(post: Post, key: string, counts: Counts, engagement: number): void {
    const had = this.entries.delete(key);
    if (engagement <= 0 || this.n === 0) return;
    const rank = { engagement, network: post.network, externalId: post.externalId };
    if (!had && this.floor !== null && byRank(rank, this.floor) > 0) {
      this.drop(rank);
      return;
    }
    this.entries.set(key, entryOf(post, key, counts, engagement));
    if (this.entries.size >= 2 * this.capacity) this.shrink();
  }

  /** True when a skipped post might belong in the top list (possible only after duplicates lowered counts). */
  get approximate(): boolean {
    if (this.bestDropped === null) return false;
    const top = this.top();
    if (top.length < this.n) return true;
    return byRank(this.bestDropped, top[top.length - 1]!) < 0;
  }

  top(): TopPost[] {
    return topBy(this.entries.values(), this.n, byRank).map(({ key: _key, ...post }) => post);
  }

  private shrink(): void {
    const ranked = [...this.entries.values()].sort(byRank);
    for (const entry of ranked.slice(this.capacity)) {
      this.entries.delete(entry.key);
      this.drop(entry);
    }
    this.floor = ranked[this.capacity - 1] ?? null;
  }

  private drop(rank: Rank): void {
    if (this.bestDropped === null || byRank(rank, this.bestDropped) < 0) {
      this.bestDropped = { engagement: rank.engagement, network: rank.network, externalId: rank.externalId };
    }
  }
}

function entryOf(post: Post, key: string, counts: Counts, engagement: number): Entry {
  return {
    key,
    network: post.network,
    externalId: post.externalId,
    authorHandle: post.authorHandle.replace(/^@/, ""),
    text: truncate(post.text.trim(), TOP_POST_TEXT_LENGTH),
    createdAt: post.createdAt.toISOString(),
    engagement,
    likes: counts.likes,
    reposts: counts.reposts,
    replies: counts.replies,
    quotes: counts.quotes,
    impressions: counts.impressions,
    url: post.url,
  };
}

/** At most `length` code points (never splits an emoji's surrogate pair). */
export function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  return [...text].slice(0, length).join("");
}
