import type { FileFormat } from "../types.js";
import { prefixTokens } from "./json-head.js";

/** What the start of a JSON document (perhaps cut at 64 KB) says about its shape. */
export interface JsonShape {
  root: "object" | "array";
  /** Keys of the root object (empty for an array). */
  keys: Set<string>;
  /**
   * Keys of the first record: for an array root, of its first element; for an object root, of each top-level
   * value that is an object or an array of objects (its first element), by the root key.
   */
  inner: Map<string, Set<string>>;
}

/** The root array's first element, in `inner`. */
export const FIRST = "[0]";

/**
 * Tokenises the head of a document with stream-json's tokenizer, which accepts a valid prefix and waits for
 * more instead of failing (pretty-printed or not). Null when it is not a JSON object or array.
 */
export function readJsonShape(text: string): JsonShape | null {
  const tokens = prefixTokens(text);
  if (tokens === null) return null;
  const first = tokens[0]?.name;
  if (first !== "startObject" && first !== "startArray") return null;
  const shape: JsonShape = {
    root: first === "startObject" ? "object" : "array",
    keys: new Set(),
    inner: new Map(),
  };
  let depth = 0;
  let key: string | null = shape.root === "array" ? FIRST : null;
  // The keys being collected: the first object met under the current root key, at `recordDepth`.
  let record: Set<string> | null = null;
  let recordDepth = -1;
  for (const token of tokens) {
    switch (token.name) {
      case "keyValue":
        if (depth === 1 && shape.root === "object") {
          key = String(token.value);
          shape.keys.add(key);
        } else if (record !== null && depth === recordDepth) record.add(String(token.value));
        break;
      case "startObject":
        depth += 1;
        if (
          key !== null &&
          !shape.inner.has(key) &&
          (depth === 2 || (depth === 3 && shape.root === "object"))
        ) {
          record = new Set();
          recordDepth = depth;
          shape.inner.set(key, record);
        }
        break;
      case "startArray":
        depth += 1;
        break;
      case "endObject":
      case "endArray":
        if (depth === recordDepth) {
          record = null;
          recordDepth = -1;
        }
        depth -= 1;
        break;
    }
  }
  return shape;
}

const has = (keys: Set<string> | undefined, ...names: string[]) =>
  keys !== undefined && names.every((name) => keys.has(name));

/**
 * The saved API response a document is, by its keys:
 * - X API v2 (`data` tweets, with `includes`/`meta`), v1.1 (`statuses` of search/tweets, a status, an array
 *   of statuses: tweepy's `_json`), and arrays of v2 tweet objects (tweepy's `tweet.data`);
 * - Bluesky `searchPosts` and `getQuotes` (`posts`), `getAuthorFeed` and `getTimeline` (`feed`),
 *   `getPostThread` (`thread`), an array of post views;
 * - Mastodon statuses: an array (tag, home, account timelines) or one status.
 */
export function savedResponseFormat(shape: JsonShape): FileFormat | null {
  const { keys, inner } = shape;
  const first = inner.get(FIRST);
  if (shape.root === "array") {
    if (first === undefined) return null;
    if (isMastodonStatus(first)) return "mastodon-json";
    if (isBlueskyPost(first) || has(first, "post")) return "bluesky-json";
    if (isV1Tweet(first) || isV2Tweet(first)) return "x-api-json";
    return null;
  }
  if (keys.has("statuses") || isV1Tweet(keys) || isV2Tweet(keys)) return "x-api-json";
  if (keys.has("data")) {
    // Tweet counts and user lookups share the page shape but hold no posts: not recognised.
    const data = inner.get("data");
    if (data !== undefined) return isV2Tweet(data) ? "x-api-json" : null;
    return keys.has("includes") || keys.has("meta") ? "x-api-json" : null;
  }
  if (keys.has("feed") || keys.has("thread")) return "bluesky-json";
  if (keys.has("posts")) {
    const posts = inner.get("posts");
    return posts === undefined || isBlueskyPost(posts) ? "bluesky-json" : null;
  }
  if (isMastodonStatus(keys)) return "mastodon-json";
  return null;
}

function isMastodonStatus(keys: Set<string>): boolean {
  return has(keys, "id", "created_at", "content", "account");
}

function isBlueskyPost(keys: Set<string>): boolean {
  return has(keys, "uri", "author", "record");
}

function isV1Tweet(keys: Set<string>): boolean {
  return has(keys, "id_str", "created_at") && (keys.has("text") || keys.has("full_text"));
}

function isV2Tweet(keys: Set<string>): boolean {
  return (
    has(keys, "id", "text") &&
    (keys.has("author_id") || keys.has("edit_history_tweet_ids") || keys.has("created_at"))
  );
}
