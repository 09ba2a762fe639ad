import type { Post } from "../post.js";
import type { Engagement } from "./report.js";

/** The counts a non-repost post carries, cleaned: a missing, negative or non-finite count is 0. */
export interface Counts {
  likes: number;
  reposts: number;
  replies: number;
  quotes: number;
  /** Null when the source has no impressions for this post. */
  impressions: number | null;
  /** Null when the source does not count bookmarks (shares) for this post; never part of engagement. */
  bookmarks: number | null;
  shares: number | null;
  /** X's own "Engagements" (clicks included); null when the source has none. Never part of our engagement. */
  engagements: number | null;
}

/** A count from a source: missing, negative or non-finite reads as 0. */
export function cleanCount(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * Impressions (and bookmarks, shares) from a source: null stays null (unknown); a negative or non-finite value
 * is unknown too.
 */
export function cleanImpressions(value: number | null): number | null {
  return value !== null && Number.isFinite(value) && value >= 0 ? value : null;
}

export function countsOf(post: Post): Counts {
  return {
    likes: cleanCount(post.likes),
    reposts: cleanCount(post.reposts),
    replies: cleanCount(post.replies),
    quotes: cleanCount(post.quotes),
    impressions: cleanImpressions(post.impressions),
    bookmarks: cleanImpressions(post.bookmarks ?? null),
    shares: cleanImpressions(post.shares ?? null),
    engagements: cleanImpressions(post.engagements ?? null),
  };
}

/** Engagement of one post: likes + reposts + replies + quotes. */
export function engagementOf(counts: Counts): number {
  return counts.likes + counts.reposts + counts.replies + counts.quotes;
}

/** EngagementTotals' sums (all whole numbers, so their order of addition never changes them). */
export type EngagementState = Readonly<
  Record<
    | "likes"
    | "reposts"
    | "replies"
    | "quotes"
    | "impressions"
    | "postsWithImpressions"
    | "engagementWithImpressions"
    | "bookmarks"
    | "postsWithBookmarks"
    | "shares"
    | "postsWithShares"
    | "xEngagements"
    | "xImpressions"
    | "postsWithX",
    number
  >
>;

/**
 * Sums over non-repost posts (a repost carries the original's counts, so adding them would count the
 * original twice). `apply(counts, -1)` withdraws a post, so a re-added duplicate replaces its earlier counts.
 */
export class EngagementTotals {
  private likes = 0;
  private reposts = 0;
  private replies = 0;
  private quotes = 0;
  private impressions = 0;
  private postsWithImpressions = 0;
  private engagementWithImpressions = 0;
  private bookmarks = 0;
  private postsWithBookmarks = 0;
  private shares = 0;
  private postsWithShares = 0;
  /** X's Engagements and the impressions of the same posts (those that have both). */
  private xEngagements = 0;
  private xImpressions = 0;
  private postsWithX = 0;

  apply(counts: Counts, sign: 1 | -1): void {
    this.likes += sign * counts.likes;
    this.reposts += sign * counts.reposts;
    this.replies += sign * counts.replies;
    this.quotes += sign * counts.quotes;
    if (counts.impressions !== null) {
      this.impressions += sign * counts.impressions;
      this.postsWithImpressions += sign;
      this.engagementWithImpressions += sign * engagementOf(counts);
    }
    if (counts.bookmarks !== null) {
      this.bookmarks += sign * counts.bookmarks;
      this.postsWithBookmarks += sign;
    }
    if (counts.shares !== null) {
      this.shares += sign * counts.shares;
      this.postsWithShares += sign;
    }
    if (counts.engagements !== null && counts.impressions !== null) {
      this.xEngagements += sign * counts.engagements;
      this.xImpressions += sign * counts.impressions;
      this.postsWithX += sign;
    }
  }

  /** The sums as plain data. */
  state(): EngagementState {
    return {
      likes: this.likes,
      reposts: this.reposts,
      replies: this.replies,
      quotes: this.quotes,
      impressions: this.impressions,
      postsWithImpressions: this.postsWithImpressions,
      engagementWithImpressions: this.engagementWithImpressions,
      bookmarks: this.bookmarks,
      postsWithBookmarks: this.postsWithBookmarks,
      shares: this.shares,
      postsWithShares: this.postsWithShares,
      xEngagements: this.xEngagements,
      xImpressions: this.xImpressions,
      postsWithX: this.postsWithX,
    };
  }

  /** Adds the sums of other posts. */
  absorb(other: EngagementState): void {
    this.likes += other.likes;
    this.reposts += other.reposts;
    this.replies += other.replies;
    this.quotes += other.quotes;
    this.impressions += other.impressions;
    this.postsWithImpressions += other.postsWithImpressions;
    this.engagementWithImpressions += other.engagementWithImpressions;
    this.bookmarks += other.bookmarks;
    this.postsWithBookmarks += other.postsWithBookmarks;
    this.shares += other.shares;
    this.postsWithShares += other.postsWithShares;
    this.xEngagements += other.xEngagements;
    this.xImpressions += other.xImpressions;
    this.postsWithX += other.postsWithX;
  }

  /** Real impressions summed over the posts that have them; null when none has. */
  knownImpressions(): number | null {
    return this.postsWithImpressions > 0 ? this.impressions : null;
  }

  finish(): Engagement {
    const total = this.likes + this.reposts + this.replies + this.quotes;
    const impressions = this.knownImpressions();
    return {
      likes: this.likes,
      reposts: this.reposts,
      replies: this.replies,
      quotes: this.quotes,
      total,
      rate: impressions !== null && impressions > 0 ? this.engagementWithImpressions / impressions : null,
      bookmarks: this.postsWithBookmarks > 0 ? this.bookmarks : null,
      shares: this.postsWithShares > 0 ? this.shares : null,
      xEngagements: this.postsWithX > 0 ? this.xEngagements : null,
      xRate: this.postsWithX > 0 && this.xImpressions > 0 ? this.xEngagements / this.xImpressions : null,
    };
  }
}
