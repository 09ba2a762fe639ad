import type { Network, Post } from "../domain/post.js";

/** Formats recognised by content (never by file extension). */
export const FILE_FORMATS = [
  "twarc2-jsonl",
  "x-api-json",
  "x-analytics-tweets-csv",
  "x-analytics-daily-csv",
  "tweets-js",
  "bluesky-json",
  "mastodon-json",
] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** Why a record was skipped; `code` picks the translated sentence, `detail` is shown as is. */
export interface SkipReason {
  code:
    | "invalid_json"
    | "truncated"
    | "api_error"
    | "missing_field"
    | "bad_value"
    | "not_a_post"
    | "withheld";
  detail: string;
}

/** One day of the X analytics "daily overview" export. */
export interface DailyMetrics {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  postsPublished: number;
  impressions: number;
  engagements: number;
  likes: number;
  reposts: number;
  replies: number;
  /** Any other numeric column, keyed by its canonical (English) name. */
  extra: Record<string, number>;
}

/**
 * What a source yields, in input order. `at` locates the record for the user:
 * "line 8", "row 12", "page 3", "entry 41".
 */
export type SourceItem =
  | { type: "post"; post: Post; at: string }
  | { type: "daily"; day: DailyMetrics; at: string }
  | { type: "skip"; at: string; reason: SkipReason };

/** A file parser: streams items out of a byte stream it never loads whole. */
export interface FileParser {
  format: FileFormat;
  parse(input: AsyncIterable<Uint8Array | string>): AsyncIterable<SourceItem>;
}

export interface PullQuery {
  hashtag: string;
  since: Date;
  until: Date;
}

export interface PullProgress {
  fetched: number;
  pages: number;
}

/** A live pull from a network's API (X API v2, Bluesky, Mastodon). */
export interface LiveSource {
  network: Network;
  pull(
    query: PullQuery,
    options?: { signal?: AbortSignal; onProgress?: (progress: PullProgress) => void },
  ): AsyncIterable<SourceItem>;
}
