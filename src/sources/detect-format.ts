/**
 * Recognising a file by its first bytes: the whole rule set. Loaded on demand (detect.ts): it brings csv-parse
 * and stream-json's tokenizer, which a twarc2 archive whose first line is whole never needs (twarc-head.ts).
 */
import { looksLikeCsvHeader } from "./files/csv-delimiter.js";
import { analyticsKindOf } from "./files/csv-head.js";
import { readJsonHead } from "./files/json-head.js";
import { readJsonShape, savedResponseFormat } from "./files/json-shape.js";
import { stripBom } from "./files/text.js";
import { TWEET_KEYS } from "./files/twarc-head.js";
import type { FileFormat } from "./types.js";

const TWEETS_JS = /^window\.YTD\.tweets?\.part\d+\s*=\s*\[/;
/** Keys that only a twarc2/API v2 page has (`matching_rules`: filtered stream). */
const PAGE_KEYS = ["__twarc", "includes", "meta", "matching_rules"];

/**
 * Recognises a file by its first bytes, never by its name. Tweet counts and user lookups written by twarc2
 * share the page shape but hold no posts: they are not recognised, so the user hears "not a chat archive"
 * rather than "imported 0 posts". A JSON document that is not one twarc2 line (pretty-printed, an array) is
 * a saved API response when its keys say which (files/json-shape.ts).
 */
export function detectFormat(head: string): FileFormat | null {
  const text = stripBom(head).trimStart();
  if (text.startsWith("window.YTD.")) return TWEETS_JS.test(text) ? "tweets-js" : null;
  const firstLine = text.split("\n", 1)[0]?.replace(/\r$/, "") ?? "";
  if (firstLine.startsWith("{") && isTwarcLine(firstLine)) return "twarc2-jsonl";
  if (text.startsWith("{") || text.startsWith("[")) {
    const shape = readJsonShape(text);
    return shape === null ? null : savedResponseFormat(shape);
  }
  if (looksLikeCsvHeader(firstLine)) return analyticsKindOf(firstLine) ?? cutFirstLine(text);
  return cutFirstLine(text);
}

/**
 * A twarc2 archive whose first line is cut (copied from the middle, `tail -c`): recognised by the
 * next complete lines; the parser then skips the cut line with its number.
 */
function cutFirstLine(text: string): FileFormat | null {
  const lines = text.split("\n").slice(1, 4);
  // The last line of the head may itself be cut by HEAD_BYTES: only lines that end count.
  if (!text.endsWith("\n")) lines.splice(-1, 1);
  return lines.some((line) => line.startsWith("{") && isTwarcLine(line.replace(/\r$/, "")))
    ? "twarc2-jsonl"
    : null;
}

function isTwarcLine(line: string): boolean {
  const head = readJsonHead(line);
  if (!head) return false;
  const { keys, dataKeys, dataComplete } = head;
  if (["id", "text", "author_id"].every((key) => keys.has(key))) return true; // twarc2 flatten: one tweet
  if (dataKeys && TWEET_KEYS.some((key) => dataKeys.has(key))) return true;
  if (dataKeys && dataComplete) return false; // a finished first record that is not a tweet: counts, users
  return PAGE_KEYS.some((key) => keys.has(key));
}
