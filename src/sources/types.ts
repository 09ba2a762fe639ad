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

/**
 * What a bad value should have been, as a catalogue key under `stats.expected` (src/render/import-summary.ts
 * says it in the reader's language, with an example).
 */
export type ExpectedValue =
  | "iso_time"
  | "twitter_time"
  | "analytics_time"
  | "day"
  | "count"
  | "post_id"
  | "no_nul";

/** A bad value in words a person can act on: which field (of which post), what it should hold, what it held. */
export interface BadValue {
  field: string;
  /** The post (or day) the field belongs to, when known. */
  of?: string;
  expected: ExpectedValue;
  /** The value as written, cut to 40 characters; absent when showing it would not help (a NUL character). */
  got?: string;
}

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
  /** For `bad_value`: what was expected instead, shown in place of `detail`. */
  value?: BadValue;
}

/** A `bad_value` reason: `detail` keeps the English summary (logs, older readers), `value` the parts to translate. */
export function badValue(value: BadValue): SkipReason {
  const of = value.of === undefined ? "" : ` of ${value.of}`;
  const got = value.got === undefined ? "" : ` "${value.got}"`;
  return { code: "bad_value", detail: `${value.field}${got}${of}`, value };
}

/** A value as written, for `BadValue.got`: text cut to 40 characters, anything else as JSON. */
export function written(value: unknown): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
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
