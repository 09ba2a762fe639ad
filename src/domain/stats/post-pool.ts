import { type Post, postKey } from "../post.js";
import { withoutAt } from "./authors.js";
import type { Counts } from "./engagement.js";
import { compareText, topBy } from "./rank.js";
import type { TopPost } from "./report.js";

/** Longest text a top post shows (a classic tweet), in characters (code points). */
export const TOP_POST_TEXT_LENGTH = 280;

/** What orders posts: engagement descending, then network, then id, whatever the adding order. */
type Rank = Pick<TopPost, "engagement" | "network" | "externalId">;

export interface TopPostsState {
  entries: Entry[];
  bestDropped: Rank | null;
}

interface Entry extends TopPost {
  key: string;
}

function byRank(a: Rank, b: Rank): number {
  return rankOf(a.engagement, a.network, a.externalId, b);
}

/** byRank() with the first post's fields spread out, so the hot path allocates nothing. */
function rankOf(engagement: number, network: string, externalId: string, b: Rank): number {
  return (
    b.engagement - engagement || compareText(network, b.network) || compareText(externalId, b.externalId)
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

  /**
   * Offers a non-repost post with its current counts; a re-added post (`firstSight` false) replaces its
   * earlier copy. Most posts rank below the kept ones and cost one comparison, no allocation.
   */
  offer(post: Post, counts: Counts, engagement: number, firstSight: boolean): void {
    const had = !firstSight && this.entries.delete(postKey(post));
    if (engagement <= 0 || this.n === 0) return;
    const floor = this.floor;
    if (!had && floor !== null && rankOf(engagement, post.network, post.externalId, floor) > 0) {
      this.drop(engagement, post.network, post.externalId);
      return;
    }
    const key = postKey(post);
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

  state(): TopPostsState {
    return { entries: [...this.entries.values()], bestDropped: this.bestDropped };
  }

  /** Adds the candidates of other posts (no post in both: the caller checks); offer() must not follow. */
  absorb(other: TopPostsState): void {
    for (const entry of other.entries) this.entries.set(entry.key, entry);
    const dropped = other.bestDropped;
    if (dropped !== null) this.drop(dropped.engagement, dropped.network, dropped.externalId);
    if (this.entries.size >= 2 * this.capacity) this.shrink();
  }

  top(): TopPost[] {
    return topBy(this.entries.values(), this.n, byRank).map(({ key: _key, ...post }) => post);
  }

  private shrink(): void {
    const ranked = [...this.entries.values()].sort(byRank);
    for (const entry of ranked.slice(this.capacity)) {
      this.entries.delete(entry.key);
      this.drop(entry.engagement, entry.network, entry.externalId);
    }
    this.floor = ranked[this.capacity - 1] ?? null;
  }

  private drop(engagement: number, network: Post["network"], externalId: string): void {
    if (this.bestDropped === null || rankOf(engagement, network, externalId, this.bestDropped) < 0) {
      this.bestDropped = { engagement, network, externalId };
    }
  }
}

function entryOf(post: Post, key: string, counts: Counts, engagement: number): Entry {
  return {
    key,
    network: post.network,
    externalId: post.externalId,
    authorHandle: withoutAt(post.authorHandle),
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
