import type { FileParser, SourceItem } from "../types.js";
import { asId } from "./ids.js";
import { isObject, type JsonObject, stringAt } from "./json.js";
import { DEFAULT_MAX_LINE_CHARS, type Line, LineSplitter } from "./lines.js";
import { messageOf, skipItem } from "./skip.js";
import type { Chunk } from "./text.js";
import { type Tweets, tweetToPost, type Users } from "./twarc-tweet.js";

export interface TwarcOptions {
  /** A longer line is skipped without being held in memory. */
  maxLineChars?: number;
}

/**
 * twarc2 JSONL. Each line is one of:
 * - an API response page: `data` (tweets; an object in the filtered stream), `includes` (users, and the
 *   referenced tweets, which are context and never posts of the chat: a retweet takes its original's full
 *   text and entities from them), `meta`, `errors`, `__twarc`;
 * - a `twarc2 flatten` tweet: the tweet itself with `author` (and `in_reply_to_user`) inlined.
 * Ids are read as strings; `matching_rules[].id` (a bare number above 2^53) is never read, so its precision
 * loss in JSON.parse cannot matter.
 * @see https://twarc-project.readthedocs.io/en/latest/twarc2_en_us/
 */
export function twarcParser(options: TwarcOptions = {}): FileParser {
  return { format: "twarc2-jsonl", parse: (input) => eachItem(parseTwarcBatches(input, options)) };
}

/** Items per batch before it is handed out: a page's worth, so few posts are alive at a time. */
const BATCH_ITEMS = 100;

/**
 * The items in arrays: a consumer that reads batches pays one await per batch instead of one per item (the
 * per-item promises of async generators were a large share of a 200,000-post import). A batch ends with a
 * line once it holds BATCH_ITEMS items, or with a chunk: small batches keep the posts in flight young, which
 * the garbage collector frees cheaply (measured: batches of a whole 1 MiB chunk cost 15% more CPU and 60 MB).
 */
export async function* parseTwarcBatches(
  input: AsyncIterable<Chunk>,
  options: TwarcOptions = {},
): AsyncGenerator<SourceItem[]> {
  const max = options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS;
  const splitter = new LineSplitter(max);
  const lines: Line[] = [];
  const onLine = (line: Line) => {
    lines.push(line);
  };
  let items: SourceItem[] = [];
  for await (const chunk of input) {
    splitter.push(chunk, onLine);
    for (let index = 0; index < lines.length; index += 1) {
      lineItems(lines[index]!, max, items);
      if (items.length >= BATCH_ITEMS) {
        yield items;
        items = [];
      }
    }
    lines.length = 0;
    if (items.length > 0) {
      yield items;
      items = [];
    }
  }
  splitter.end(onLine);
  for (const line of lines) lineItems(line, max, items);
  if (items.length > 0) yield items;
}

async function* eachItem(batches: AsyncIterable<SourceItem[]>): AsyncGenerator<SourceItem> {
  for await (const batch of batches) for (const item of batch) yield item;
}

function lineItems(line: Line, max: number, items: SourceItem[]): void {
  const at = `line ${line.number}`;
  if (line.tooLong) {
    items.push(skipItem(at, "invalid_json", `line longer than ${max} characters`));
    return;
  }
  if (line.text.trim() === "") return;
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch (error) {
    // A last line without its line break is a write cut short (a stream stopped mid-tweet).
    items.push(skipItem(at, line.terminated ? "invalid_json" : "truncated", messageOf(error)));
    return;
  }
  if (!isObject(value)) {
    items.push(skipItem(at, "not_a_post", "line is not a JSON object"));
  } else if ("data" in value || "errors" in value || "includes" in value) {
    pageItems(value, at, items);
  } else if ("id" in value && ("text" in value || "author_id" in value)) {
    items.push(itemOf(value, NO_USERS, at));
  } else {
    items.push(skipItem(at, "not_a_post", "neither an API page nor a tweet"));
  }
}

const NO_USERS: Users = new Map();

/**
 * The items of one X API v2 response page (search, timeline, lookup: `data` an array or one tweet), in order:
 * its tweets, then one api_error skip per partial error. Shared by twarc2 archives, saved responses and
 * live pulls.
 */
export function pageItems(page: JsonObject, at: string, items: SourceItem[]): void {
  const includes = page.includes;
  const users = byId(isObject(includes) ? includes.users : undefined);
  const tweets: Tweets = byId(isObject(includes) ? includes.tweets : undefined);
  const data = page.data;
  if (Array.isArray(data)) for (const record of data) items.push(recordItem(record, users, tweets, at));
  else if (data !== undefined) items.push(recordItem(data, users, tweets, at));
  // Partial errors: the page's data is still valid; each error says what the API left out and why.
  // @see https://docs.x.com/x-api/fundamentals/response-codes-and-errors#partial-errors
  const errors = page.errors;
  if (!Array.isArray(errors)) return;
  for (const error of errors) {
    const title = stringAt(error, "title");
    const detail = stringAt(error, "detail") ?? stringAt(error, "resource_id") ?? stringAt(error, "message");
    items.push(
      skipItem(at, "api_error", [title, detail].filter(Boolean).join(": ") || "error without detail"),
    );
  }
}

const EMPTY: ReadonlyMap<string, JsonObject> = new Map();

/** Objects of an `includes` list by their `id`. */
function byId(list: unknown): ReadonlyMap<string, JsonObject> {
  if (!Array.isArray(list) || list.length === 0) return EMPTY;
  const map = new Map<string, JsonObject>();
  for (const entry of list) {
    const id = isObject(entry) ? asId(entry.id) : null;
    if (id !== null) map.set(id, entry as JsonObject);
  }
  return map;
}

function recordItem(record: unknown, users: Users, tweets: Tweets, at: string): SourceItem {
  const kind = notATweet(record);
  return kind ? skipItem(at, "not_a_post", kind) : itemOf(record, users, at, tweets);
}

export function itemOf(tweet: unknown, users: Users, at: string, tweets?: Tweets): SourceItem {
  const mapped = tweetToPost(tweet, users, tweets);
  return mapped.ok ? { type: "post", post: mapped.value, at } : { type: "skip", at, reason: mapped.error };
}

/** Records of other endpoints that share the page shape: users lookups, tweet counts. */
function notATweet(record: unknown): string | null {
  if (!isObject(record)) return "record is not an object";
  if ("text" in record || "author_id" in record) return null;
  if ("username" in record) return `user ${stringAt(record, "username")}`;
  if ("tweet_count" in record) return `tweet count from ${stringAt(record, "start") ?? "?"}`;
  return null;
}
