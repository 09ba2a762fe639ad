import type { Post } from "../../domain/post.js";
import type { FileParser, SourceItem } from "../types.js";
import { hasColumns, mapColumns, TWEET_COLUMNS } from "./analytics-columns.js";
import { readNumber } from "./counts.js";
import { readCsv } from "./csv-records.js";
import { parseAnalyticsTime } from "./dates.js";
import { extractHashtags, extractMentions } from "./entities.js";
import { decodeHtmlEntities } from "./html.js";
import { handleFromPermalink, isHandle, statusUrl } from "./ids.js";
import { skipItem } from "./skip.js";

export interface AnalyticsOptions {
  /** Author for rows whose permalink gives none (the export is always one account's own tweets). */
  ownerHandle?: string;
}

type Columns = ReturnType<typeof mapColumns<typeof TWEET_COLUMNS>>;

/**
 * X analytics "tweet activity" export, one row per tweet of the account. Impressions here are real ones.
 * Kind is a heuristic, because the export has no reply/retweet metadata: text starting "RT @" is a repost,
 * text starting with "@" a reply (to that first handle), anything else original; quotes cannot be told.
 * Counts: "-" (not applicable) is 0 for likes/retweets/replies and null for impressions; any other
 * non-number skips the row as bad_value.
 */
export function xAnalyticsParser(options: AnalyticsOptions = {}): FileParser {
  return { format: "x-analytics-tweets-csv", parse: (input) => parseTweets(input, options) };
}

async function* parseTweets(input: AsyncIterable<Uint8Array | string>, options: AnalyticsOptions) {
  let columns: Columns | null = null;
  for await (const item of readCsv(input)) {
    const at = `row ${item.row}`;
    if (item.type === "error") {
      yield skipItem(at, item.code, item.detail);
    } else if (!columns) {
      columns = mapColumns(item.fields, TWEET_COLUMNS);
      if (!hasColumns(columns, ["id", "text", "time"])) {
        yield skipItem(at, "missing_field", "header without Tweet id, Tweet text and time columns");
        return;
      }
    } else {
      yield rowItem(item.fields, columns, at, options);
    }
  }
}

function rowItem(fields: string[], columns: Columns, at: string, options: AnalyticsOptions): SourceItem {
  const cell = (key: keyof typeof TWEET_COLUMNS): string | undefined =>
    columns[key] === undefined ? undefined : fields[columns[key]];
  const id = cell("id")?.trim() ?? "";
  if (!/^\d{1,30}$/.test(id)) return skipItem(at, "bad_value", `Tweet id "${id.slice(0, 40)}"`);
  const createdAt = parseAnalyticsTime(cell("time"));
  if (!createdAt) return skipItem(at, "bad_value", `time "${(cell("time") ?? "").slice(0, 40)}" of ${id}`);
  const text = cell("text");
  if (text === undefined) return skipItem(at, "missing_field", `Tweet text of ${id}`);
  const handle =
    handleFromPermalink(cell("permalink") ?? "") ??
    (isHandle(options.ownerHandle) ? options.ownerHandle : null);
  if (!handle) return skipItem(at, "missing_field", `Tweet permalink of ${id}`);

  const counts: Record<"likes" | "retweets" | "replies" | "impressions", number | null> = {
    likes: 0,
    retweets: 0,
    replies: 0,
    impressions: null,
  };
  for (const key of Object.keys(counts) as (keyof typeof counts)[]) {
    const count = readNumber(cell(key));
    if (count.kind === "invalid")
      return skipItem(at, "bad_value", `${key} "${(cell(key) ?? "").slice(0, 40)}" of ${id}`);
    if (count.kind === "number") counts[key] = Math.max(0, Math.round(count.value));
  }
  const plain = decodeHtmlEntities(text);
  const post: Post = {
    network: "x",
    externalId: id,
    authorHandle: handle,
    authorName: null,
    authorFollowers: null,
    text: plain,
    createdAt,
    ...kindOf(plain),
    conversationId: null,
    likes: counts.likes ?? 0,
    reposts: counts.retweets ?? 0,
    replies: counts.replies ?? 0,
    quotes: 0,
    impressions: counts.impressions,
    url: statusUrl(handle, id),
    hashtags: extractHashtags(plain),
    mentions: extractMentions(plain),
  };
  return { type: "post", post, at };
}

function kindOf(text: string): Pick<Post, "kind" | "replyToId" | "replyToHandle" | "referencedId"> {
  const none = { replyToId: null, replyToHandle: null, referencedId: null };
  if (/^RT @\w/.test(text)) return { kind: "repost", ...none };
  const reply = /^[@＠]([A-Za-z0-9_]{1,15})/.exec(text);
  if (reply) return { kind: "reply", ...none, replyToHandle: reply[1] ?? null };
  return { kind: "original", ...none };
}
