/**
 * The shape of an edition's statistics: what the stats engine returns and what `--json` prints.
 * Field names are a public contract: add fields, never rename. Every definition is in docs/metrics.md.
 *
 * Conventions: dates are ISO 8601 strings (UTC); counts are integers; a figure the data cannot give is
 * `null`, never 0; ratios are unrounded (renderers format them); "potential" figures are upper bounds.
 */
import type { Network } from "../post.js";

/** What the engine needs besides the posts. Nothing is read from the clock or the environment. */
export interface ReportContext {
  /** The chat's own hashtag, with or without `#`; excluded from co-hashtags and topics. */
  hashtag: string | null;
  /** Host handles, case-insensitive, with or without `@`. */
  hosts: string[];
  /** The edition's official window; posts created strictly after `endsAt` count for the after-party. */
  window?: { startsAt: Date; endsAt: Date } | null;
  /** Lower-case `network:handle` keys of authors seen in previous editions of the series. */
  previousContributors?: ReadonlySet<string> | null;
  /** Headline figures of the previous edition, for the trend. */
  previous?: Headline | null;
  /**
   * Host name of the chat's Mastodon instance ("mastodon.social"): a host given as a bare `name` then also
   * matches the Mastodon author `name@mastodon.social`.
   */
  instance?: string | null;
  /**
   * Whether the data can tell that nobody replied: its sources carry other people's replies or reply counts
   * (src/sources/reply-coverage.ts). Default true; echoed as `report.repliesKnown`.
   */
  repliesKnown?: boolean;
  /** Length of every top-N list (default 10). */
  topN?: number;
}

export interface PostCounts {
  total: number;
  original: number;
  replies: number;
  reposts: number;
  quotes: number;
}

export interface ContributorEntry {
  network: Network;
  handle: string;
  name: string | null;
  /** Highest follower count seen for this author; null when no post said. */
  followers: number | null;
  posts: number;
  /** Engagement received on their non-repost posts. */
  engagement: number;
}

export interface Contributors {
  unique: number;
  /** Contributors absent from `previousContributors`; null when it was not given. */
  new: number | null;
  /** Contributors present in `previousContributors`; null when it was not given. */
  returning: number | null;
  topByPosts: ContributorEntry[];
  topByEngagement: ContributorEntry[];
  topByFollowers: ContributorEntry[];
}

export interface Engagement {
  likes: number;
  reposts: number;
  replies: number;
  quotes: number;
  total: number;
  /** total / impressions over the posts that have impressions; null when none has. */
  rate: number | null;
  /** Bookmarks summed over the non-repost posts whose source counts them; null when none does. Not in `total`. */
  bookmarks: number | null;
  /** Shares summed likewise (X analytics export since 2024); null when no post has them. Not in `total`. */
  shares: number | null;
  /**
   * X's own "Engagements" (every click counted) summed over the non-repost posts that have both it and
   * impressions; null when none has. Not in `total`.
   */
  xEngagements: number | null;
  /** X's engagement rate as X computes it: xEngagements / impressions of those same posts; null likewise. */
  xRate: number | null;
}

export interface Reach {
  /** Potential: sum of each unique contributor's highest known follower count; null when no count is known. */
  potential: number | null;
  /** Potential: sum over all posts of the author's follower count; null when no count is known. */
  potentialImpressions: number | null;
  /**
   * Potential impressions counting a reply twice: its author's followers plus the followers of the author it
   * replies to (when known in the data), as TweetReach does; null when no count is known.
   */
  potentialImpressionsWithReplies: number | null;
  /** Real impressions summed where known; null when no post has them. */
  impressions: number | null;
}

export interface TopPost {
  network: Network;
  externalId: string;
  authorHandle: string;
  /** At most 280 characters. */
  text: string;
  createdAt: string;
  engagement: number;
  likes: number;
  reposts: number;
  replies: number;
  quotes: number;
  /** Real impressions of this post when the source has them. */
  impressions: number | null;
  url: string | null;
}

export interface MentionCount {
  handle: string;
  count: number;
}

export interface HashtagCount {
  tag: string;
  count: number;
}

export interface TimelineBucket {
  start: string;
  posts: number;
}

export interface Timeline {
  bucketMinutes: number;
  buckets: TimelineBucket[];
}

export interface Peak {
  start: string;
  posts: number;
  bucketMinutes: number;
}

export interface QuestionStat {
  number: number;
  /** The host's question text; null when answers exist for a number no host post asked. */
  text: string | null;
  postedAt: string | null;
  network: Network | null;
  externalId: string | null;
  url: string | null;
  /** Answer posts carrying this number (A1, R1...). */
  answers: number;
  /** Distinct authors of those answers. */
  answerers: number;
  /** Engagement received by those answers. */
  engagement: number;
}

export interface UnansweredPost {
  network: Network;
  externalId: string;
  authorHandle: string;
  text: string;
  createdAt: string;
  url: string | null;
}

export interface TermCount {
  term: string;
  count: number;
}

export interface Topics {
  terms: TermCount[];
  phrases: TermCount[];
}

export interface AfterParty {
  posts: number;
  contributors: number;
  since: string;
}

/** The figures an edition stores so the next one can show a trend. */
export interface Headline {
  posts: number;
  contributors: number;
  engagement: number;
  /** null when the data has no follower counts (analytics exports, tweets.js). */
  potentialReach: number | null;
  impressions: number | null;
  questions: number;
  answers: number;
  unanswered: number;
  newContributors: number | null;
}

export interface TrendFigure {
  current: number | null;
  previous: number | null;
  /** current - previous; null when either is null. */
  change: number | null;
  /** 100 * change / previous, unrounded; null when previous is 0 or null, or current is null. */
  changePct: number | null;
}

export type Trend = { [K in keyof Headline]: TrendFigure };

/** One day of the account's daily overview (X analytics). */
export interface AccountDay {
  /** YYYY-MM-DD, the export's calendar day. */
  date: string;
  /** Posts the account published that day (all of them, not only the chat's). */
  posts: number;
  impressions: number;
  engagements: number;
  /** New follows; null when the export has no such column. */
  follows: number | null;
  unfollows: number | null;
}

/** The account's daily figures over the chat's days, from an X analytics daily overview. */
export interface AccountSection {
  from: string;
  to: string;
  days: AccountDay[];
  totals: {
    posts: number;
    impressions: number;
    engagements: number;
    follows: number | null;
    unfollows: number | null;
    /** engagements / impressions over these days, as X computes it; null when impressions are 0. */
    engagementRate: number | null;
  };
}

/** Lists whose counts may be lower than the truth because the engine bounded its memory (huge imports). */
export type ApproximateList = "topPosts" | "mentions" | "hashtags" | "topics";

export interface Report {
  /** Earliest and latest post; null when there are none. */
  window: { first: string; last: string } | null;
  /** The chat's hashtag, lower-case, without `#`. */
  hashtag: string | null;
  /** Host handles, lower-case, without `@`, deduplicated, sorted. */
  hosts: string[];
  posts: PostCounts;
  contributors: Contributors;
  engagement: Engagement;
  reach: Reach;
  topPosts: TopPost[];
  mentions: MentionCount[];
  hashtags: HashtagCount[];
  timeline: Timeline;
  peak: Peak | null;
  questions: QuestionStat[];
  /**
   * When no host question was found: the author whose posts open with Q1, Q2… (the host, not named as such),
   * else null. See docs/metrics.md.
   */
  likelyHost: string | null;
  unanswered: UnansweredPost[];
  /** Non-host, non-repost posts that asked something, whether or not they got a reply. */
  participantQuestions: number;
  topics: Topics;
  afterParty: AfterParty | null;
  trend: Trend | null;
  /** Lists that are approximate (empty on ordinary chats); see docs/metrics.md. */
  approximate: ApproximateList[];
  /** Posts not counted at all because their `createdAt` is not a valid date. */
  ignoredPosts: number;
  /** Hosts (as in `hosts`) who authored no post in the data, on any network: a misspelt handle, or absent. */
  unmatchedHosts: string[];
  /** The account's daily overview over the chat's days; null when no daily export was given. */
  account: AccountSection | null;
  /**
   * Whether the data can tell that nobody replied (other people's replies or reply counts in it); when false,
   * `unanswered` lists the posts that asked something, replies unknown. Echoes `context.repliesKnown`.
   */
  repliesKnown: boolean;
}
