import type { Post } from "../../domain/post.js";
import { badCount } from "../post-check.js";
import { type FileParser, type SourceItem, written } from "../types.js";
import { hasColumns, mapColumns, TWEET_COLUMNS } from "./analytics-columns.js";
import { sourceCount } from "./counts.js";
import { readCsv } from "./csv-records.js";
import { parseAnalyticsTime, parseIsoDay } from "./dates.js";
import { extractHashtags, extractMentions } from "./entities.js";
import { decodeHtmlEntities } from "./html.js";
import { handleFromPermalink, isHandle, snowflakeTime, statusUrl } from "./ids.js";
import { badValueItem, skipItem } from "./skip.js";

export interface AnalyticsOptions {
  /** Author for rows whose permalink gives none (the export is always one account's own tweets). */
  ownerHandle?: string;
}

type Columns = ReturnType<typeof mapColumns<typeof TWEET_COLUMNS>>;

/**
 * X analytics per-post exports, one row per post of the account. Impressions here are real ones.
 * - "tweet activity" (until 2023): `time` gives the minute ("2016-12-23 18:50 +0000").
 * - `account_analytics_content_*.csv` (since 2024, newest first): `Date` is a day only; the posting time is
 *   read from the Snowflake id, so timelines and windows work (the day is the fallback for an id without
 *   one). Bookmarks and shares are read when the export has them.
 * Owner handle: from the permalink ("Tweet permalink", "Post Link"), else the `ownerHandle` given.
 * Kind is a heuristic, because the export has no reply/retweet metadata: text starting "RT @" is a repost,
 * text starting with "@" a reply (to that first handle), anything else original; quotes cannot be told.
 * Counts: "-" (not applicable) is 0 for likes/reposts/replies and null for impressions, bookmarks and
 * shares; any other non-number, a negative or an absurd count skips the row as bad_value.
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
      if (
        !hasColumns(columns, ["id", "text"]) ||
        (columns.time === undefined && columns.date === undefined)
      ) {
        yield skipItem(at, "missing_field", "header without post id, text and time or date columns");
        return;
      }
    } else {
      yield rowItem(item.fields, columns, at, options);
    }
  }
}

type CountKey = "likes" | "retweets" | "replies" | "impressions" | "bookmarks" | "shares" | "engagements";
/** Counts read as 0 when the cell is absent or "-"; the others are then unknown (null). */
const ZERO_WHEN_ABSENT: ReadonlySet<CountKey> = new Set(["likes", "retweets", "replies"]);

function rowItem(fields: string[], columns: Columns, at: string, options: AnalyticsOptions): SourceItem {
  const cell = (key: keyof typeof TWEET_COLUMNS): string | undefined =>
    columns[key] === undefined ? undefined : fields[columns[key]];
  const id = cell("id")?.trim() ?? "";
  if (!/^\d{1,30}$/.test(id))
    return badValueItem(at, { field: "post id", expected: "post_id", got: written(id) });
  const createdAt = timeOf(id, cell("time"), cell("date"));
  if (!createdAt) {
    const time = cell("time");
    return time !== undefined && time.trim() !== ""
      ? badValueItem(at, { field: "time", of: id, expected: "analytics_time", got: written(time) })
      : badValueItem(at, { field: "date", of: id, expected: "day", got: written(cell("date") ?? "") });
  }
  const text = cell("text");
  if (text === undefined) return skipItem(at, "missing_field", `text of ${id}`);
  const handle =
    handleFromPermalink(cell("permalink") ?? "") ??
    (isHandle(options.ownerHandle) ? options.ownerHandle : null);
  if (!handle) return skipItem(at, "missing_field", `permalink of ${id}`);

  const counts: Record<CountKey, number | null> = {
    likes: null,
    retweets: null,
    replies: null,
    impressions: null,
    bookmarks: null,
    shares: null,
    engagements: null,
  };
  for (const key of Object.keys(counts) as CountKey[]) {
    const count = sourceCount(cell(key));
    if (Number.isNaN(count))
      return badValueItem(at, { field: key, of: id, expected: "count", got: written(cell(key) ?? "") });
    counts[key] = count ?? (ZERO_WHEN_ABSENT.has(key) ? 0 : null);
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
    ...(columns.bookmarks === undefined ? {} : { bookmarks: counts.bookmarks }),
    ...(columns.shares === undefined ? {} : { shares: counts.shares }),
    ...(columns.engagements === undefined ? {} : { engagements: counts.engagements }),
    url: statusUrl(handle, id),
    hashtags: extractHashtags(plain),
    mentions: extractMentions(plain),
  };
  const bad = badCount(post);
  return bad === null ? { type: "post", post, at } : { type: "skip", at, reason: bad };
}

/** `time` when the export has it; else the Snowflake id's time; else the start (UTC) of the `Date` day. */
function timeOf(id: string, time: string | undefined, date: string | undefined): Date | null {
  if (time !== undefined && time.trim() !== "") return parseAnalyticsTime(time);
  const fromId = snowflakeTime(id);
  if (fromId) return fromId;
  const day = parseIsoDay(date);
  return day === null ? null : new Date(`${day}T00:00:00Z`);
}

function kindOf(text: string): Pick<Post, "kind" | "replyToId" | "replyToHandle" | "referencedId"> {
  const none = { replyToId: null, replyToHandle: null, referencedId: null };
  if (/^RT @\w/.test(text)) return { kind: "repost", ...none };
  const reply = /^[@＠]([A-Za-z0-9_]{1,15})/.exec(text);
  if (reply) return { kind: "reply", ...none, replyToHandle: reply[1] ?? null };
  return { kind: "original", ...none };
}
