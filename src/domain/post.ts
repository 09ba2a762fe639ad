/**
 * The normalised social post every source produces and every stat reads.
 * Ids are strings everywhere: X ids exceed 2^53 and lose precision as numbers.
 */
export const NETWORKS = ["x", "bluesky", "mastodon"] as const;
export type Network = (typeof NETWORKS)[number];

/**
 * Author of archive posts when the caller does not name the owner. tweets.js carries no author (the archive
 * is one account's), and its handle is in account.js, which is not part of this file. The value cannot be a
 * real handle (X handles are [A-Za-z0-9_]{1,15}), so a caller can recognise and replace it; links then use
 * x.com/i/status/<id>, which X resolves without the handle. Shown without "@".
 */
export const ARCHIVE_OWNER_UNKNOWN = "(archive owner)";

export function isNetwork(value: string): value is Network {
  return (NETWORKS as readonly string[]).includes(value);
}

export const POST_KINDS = ["original", "reply", "repost", "quote"] as const;
export type PostKind = (typeof POST_KINDS)[number];

export interface Post {
  network: Network;
  /** The network's own id (X tweet id, Bluesky at:// URI, Mastodon status id). */
  externalId: string;
  /** Handle without the leading `@`, as the network spells it. */
  authorHandle: string;
  authorName: string | null;
  /** Followers at the time of capture; null when the source does not say. */
  authorFollowers: number | null;
  text: string;
  createdAt: Date;
  kind: PostKind;
  /** Id of the post this one replies to, when it is a reply. */
  replyToId: string | null;
  /** Handle of the author replied to, when the source says. */
  replyToHandle: string | null;
  /** Id of the post this one reposts or quotes. */
  referencedId: string | null;
  conversationId: string | null;
  likes: number;
  reposts: number;
  replies: number;
  quotes: number;
  /** Real impressions (X analytics export); null where the source has none. */
  impressions: number | null;
  /** Bookmarks (X API `bookmark_count`, X analytics export); null or absent where the source has none. */
  bookmarks?: number | null;
  /** Shares (X analytics export "Shares"); null or absent where the source has none. */
  shares?: number | null;
  /**
   * X's own "Engagements" (analytics exports): every click on the post counted, so X's rate
   * Engagements / Impressions; null or absent where the source has none.
   */
  engagements?: number | null;
  url: string | null;
  /** Lower-case, without `#`. */
  hashtags: string[];
  /** Lower-case handles, without `@`. */
  mentions: string[];
}

/** Flags a source knows about a post, turned into one kind by the rule in docs/metrics.md. */
export interface KindFlags {
  reposts: boolean;
  replies: boolean;
  quotes: boolean;
}

/** Repost if it reposts; else reply if it replies; else quote if it quotes; else original. */
export function classifyKind(flags: KindFlags): PostKind {
  return kindOf(flags.reposts, flags.replies, flags.quotes);
}

/**
 * classifyKind() without the flags object, for the X archive's mapping: tweetToPost is too large for the
 * optimiser to inline classifyKind into it, so each post paid one flags object more.
 */
export function kindOf(reposts: boolean, replies: boolean, quotes: boolean): PostKind {
  if (reposts) return "repost";
  if (replies) return "reply";
  if (quotes) return "quote";
  return "original";
}

/** A stable key for one post across sources: network + external id. */
export function postKey(post: Pick<Post, "network" | "externalId">): string {
  return `${post.network}:${post.externalId}`;
}
