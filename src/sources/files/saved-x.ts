import type { FileParser, SourceItem } from "../types.js";
import { isObject } from "./json.js";
import { jsonDocumentItems } from "./json-document.js";
import { skipItem } from "./skip.js";
import type { Chunk } from "./text.js";
import { pageItems } from "./twarc.js";
import { tweetToPost } from "./twarc-tweet.js";
import { archiveTweetToPost } from "./tweets-js-tweet.js";

/**
 * An X API response saved as a JSON file, pretty-printed or not, mapped by the same mappers as the live pull
 * and twarc2 archives:
 * - API v2: a response `{ data, includes, meta, errors }` (search, timelines, lookups), or an array of tweet
 *   objects (tweepy's `[tweet.data for tweet in response.data]`); without `includes.users` a tweet has no
 *   author and is skipped as such;
 * - API v1.1: `search/tweets` (`{ statuses, search_metadata }`), a status, or an array of statuses (tweepy's
 *   `status._json`).
 * @see https://docs.tweepy.org/en/stable/response.html
 */
export function savedXParser(): FileParser {
  return { format: "x-api-json", parse: parseSavedX };
}

function parseSavedX(input: AsyncIterable<Chunk>): AsyncGenerator<SourceItem> {
  return jsonDocumentItems(input, {
    element: (record, entry) => [recordItem(record, `entry ${entry}`)],
    document: documentItems,
  });
}

const NO_USERS = new Map();

function documentItems(value: unknown): SourceItem[] {
  if (isObject(value) && Array.isArray(value.statuses))
    return value.statuses.map((status, index) => recordItem(status, `entry ${index + 1}`));
  if (isObject(value) && ("data" in value || "errors" in value)) {
    const items: SourceItem[] = [];
    pageItems(value, "", items);
    // The response's records in order: its tweets, then its partial errors.
    return items.map((item, index) => ({ ...item, at: `entry ${index + 1}` }));
  }
  return [recordItem(value, "entry 1")];
}

/** A v1.1 status (has `id_str`) or a v2 tweet object. */
function recordItem(record: unknown, at: string): SourceItem {
  if (!isObject(record)) return skipItem(at, "not_a_post", "not a JSON object");
  const mapped = "id_str" in record ? archiveTweetToPost(record, null) : tweetToPost(record, NO_USERS);
  return mapped.ok ? { type: "post", post: mapped.value, at } : { type: "skip", at, reason: mapped.error };
}
