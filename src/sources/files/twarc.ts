import type { FileParser, SourceItem } from "../types.js";
import { asId } from "./ids.js";
import { arrayAt, isObject, type JsonObject, objectAt, stringAt } from "./json.js";
import { DEFAULT_MAX_LINE_CHARS, readLines } from "./lines.js";
import { messageOf, skipItem } from "./skip.js";
import type { Chunk } from "./text.js";
import { tweetToPost, type Users } from "./twarc-tweet.js";

export interface TwarcOptions {
  /** A longer line is skipped without being held in memory. */
  maxLineChars?: number;
}

/**
 * twarc2 JSONL. Each line is one of:
 * - an API response page: `data` (tweets; an object in the filtered stream), `includes` (users, and the
 *   referenced tweets, which are context and never posts of the chat), `meta`, `errors`, `__twarc`;
 * - a `twarc2 flatten` tweet: the tweet itself with `author` (and `in_reply_to_user`) inlined.
 * Ids are read as strings; `matching_rules[].id` (a bare number above 2^53) is never read, so its precision
 * loss in JSON.parse cannot matter.
 * @see https://twarc-project.readthedocs.io/en/latest/twarc2_en_us/
 */
export function twarcParser(options: TwarcOptions = {}): FileParser {
  return { format: "twarc2-jsonl", parse: (input) => parseTwarc(input, options) };
}

async function* parseTwarc(input: AsyncIterable<Chunk>, options: TwarcOptions): AsyncGenerator<SourceItem> {
  const max = options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS;
  for await (const line of readLines(input, max)) {
    const at = `line ${line.number}`;
    if (line.tooLong) {
      yield skipItem(at, "invalid_json", `line longer than ${max} characters`);
      continue;
    }
    if (line.text.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line.text);
    } catch (error) {
      // A last line without its line break is a write cut short (a stream stopped mid-tweet).
      yield skipItem(at, line.terminated ? "invalid_json" : "truncated", messageOf(error));
      continue;
    }
    yield* lineItems(value, at);
  }
}

function* lineItems(value: unknown, at: string): Generator<SourceItem> {
  if (!isObject(value)) {
    yield skipItem(at, "not_a_post", "line is not a JSON object");
  } else if ("data" in value || "errors" in value || "includes" in value) {
    yield* pageItems(value, at);
  } else if ("id" in value && ("text" in value || "author_id" in value)) {
    yield itemOf(value, new Map(), at);
  } else {
    yield skipItem(at, "not_a_post", "neither an API page nor a tweet");
  }
}

function* pageItems(page: JsonObject, at: string): Generator<SourceItem> {
  const users = new Map<string, JsonObject>();
  for (const user of arrayAt(objectAt(page, "includes"), "users")) {
    const id = isObject(user) ? asId(user.id) : null;
    if (id && isObject(user)) users.set(id, user);
  }
  const data = Array.isArray(page.data) ? page.data : page.data === undefined ? [] : [page.data];
  for (const record of data) {
    const kind = notATweet(record);
    yield kind ? skipItem(at, "not_a_post", kind) : itemOf(record, users, at);
  }
  // Partial errors: the page's data is still valid; each error says what the API left out and why.
  // @see https://docs.x.com/x-api/fundamentals/response-codes-and-errors#partial-errors
  for (const error of arrayAt(page, "errors")) {
    const title = stringAt(error, "title");
    const detail = stringAt(error, "detail") ?? stringAt(error, "resource_id") ?? stringAt(error, "message");
    yield skipItem(at, "api_error", [title, detail].filter(Boolean).join(": ") || "error without detail");
  }
}

function itemOf(tweet: unknown, users: Users, at: string): SourceItem {
  const mapped = tweetToPost(tweet, users);
  return mapped.ok ? { type: "post", post: mapped.post, at } : { type: "skip", at, reason: mapped.reason };
}

/** Records of other endpoints that share the page shape: users lookups, tweet counts. */
function notATweet(record: unknown): string | null {
  if (!isObject(record)) return "record is not an object";
  if ("text" in record || "author_id" in record) return null;
  if ("username" in record) return `user ${stringAt(record, "username")}`;
  if ("tweet_count" in record) return `tweet count from ${stringAt(record, "start") ?? "?"}`;
  return null;
}
