/**
 * The quick look that recognises most twarc2 archives without detect-format.ts (and the csv-parse and
 * stream-json modules it loads): a first line that is whole, valid JSON and plainly a twarc2 line. Anything
 * else is left to detect-format.ts's full rules, which this agrees with wherever it answers.
 */
import { isObject } from "./json.js";
import { stripBom } from "./text.js";

/** Keys a tweet record has and the other records of the page shape (users, counts) do not. */
export const TWEET_KEYS = ["text", "author_id", "edit_history_tweet_ids"];

/** A page whose first key is `data`, an array whose first element is an object (the first record). */
const PAGE_START = /^\{[ \t\r\n]*"data"[ \t\r\n]*:[ \t\r\n]*\[[ \t\r\n]*\{/;

/**
 * "twarc2-jsonl" when the head's first line is a whole JSON object that is a `twarc2 flatten` tweet (`id`,
 * `text`, `author_id`) or a page whose first record is a tweet; null when undecided. The first record is
 * read from the text, not from the parsed page: a repeated `data` key would make them differ.
 */
export function wholeTwarcLine(head: string): "twarc2-jsonl" | null {
  const text = stripBom(head).trimStart();
  if (text.charCodeAt(0) !== 0x7b /* { */) return null;
  const end = text.indexOf("\n");
  let line = end === -1 ? text : text.slice(0, end);
  if (line.endsWith("\r")) line = line.slice(0, -1);
  let page: unknown;
  try {
    page = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isObject(page)) return null;
  if (Object.hasOwn(page, "id") && Object.hasOwn(page, "text") && Object.hasOwn(page, "author_id"))
    return "twarc2-jsonl";
  const start = PAGE_START.exec(line);
  if (start === null) return null;
  const from = start[0].length - 1;
  const record = JSON.parse(line.slice(from, objectEnd(line, from))) as Record<string, unknown>;
  return TWEET_KEYS.some((key) => Object.hasOwn(record, key)) ? "twarc2-jsonl" : null;
}

/** One past the `}` that closes the object opening at `from`, in text known to be valid JSON. */
function objectEnd(text: string, from: number): number {
  let depth = 0;
  let quoted = false;
  for (let index = from; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (quoted) {
      if (code === 0x5c /* \ */) index += 1;
      else if (code === 0x22 /* " */) quoted = false;
    } else if (code === 0x22) quoted = true;
    else if (code === 0x7b || code === 0x5b) depth += 1;
    else if (code === 0x7d || code === 0x5d) {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  return text.length;
}
