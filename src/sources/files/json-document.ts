import type { SourceItem } from "../types.js";
import { streamJsonArray } from "./json-array.js";
import { messageOf, skipItem } from "./skip.js";
import { type Chunk, decodeText } from "./text.js";

/** The largest saved response read whole: one API response is a page of 25 to 100 posts (well under 1 MB). */
export const MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;

export interface DocumentReaders {
  /** Items of one element of a top-level array (`entry` is 1-based). */
  element(value: unknown, entry: number): SourceItem[];
  /** Items of a document that is not an array. */
  document(value: unknown): SourceItem[];
}

/**
 * Items of a saved API response. A top-level array (Mastodon statuses, tweepy's lists, post views) streams
 * element by element, so any length costs the memory of one element; any other document (one response
 * object) is read whole, up to MAX_DOCUMENT_CHARS. Items are located as "entry N", the Nth record of the
 * document. What does not parse yields one skip: `truncated` when the text stops mid-way (a download cut
 * short), else `invalid_json`.
 */
export async function* jsonDocumentItems(
  input: AsyncIterable<Chunk>,
  readers: DocumentReaders,
): AsyncGenerator<SourceItem> {
  const texts = decodeText(input)[Symbol.asyncIterator]();
  let first = await texts.next();
  while (!first.done && first.value.trim() === "") first = await texts.next();
  if (first.done) {
    yield skipItem("entry 1", "truncated", "empty document");
    return;
  }
  const head = first.value;
  async function* all(): AsyncGenerator<string> {
    try {
      yield head;
      for (let next = await texts.next(); !next.done; next = await texts.next()) yield next.value;
    } finally {
      // Also when the reader stops early: close the caller's source.
      await texts.return?.(undefined);
    }
  }
  if (head.trimStart().startsWith("[")) {
    for await (const event of streamJsonArray(all(), { numberAsString: false })) {
      if (event.type === "error") {
        yield skipItem(
          `entry ${event.index + 1}`,
          event.truncated ? "truncated" : "invalid_json",
          event.detail,
        );
        return;
      }
      yield* readers.element(event.value, event.index + 1);
    }
    return;
  }
  const parts: string[] = [];
  let length = 0;
  for await (const text of all()) {
    length += text.length;
    if (length > MAX_DOCUMENT_CHARS) {
      await texts.return?.(undefined);
      yield skipItem("entry 1", "invalid_json", `longer than ${MAX_DOCUMENT_CHARS / 1024 / 1024} MB`);
      return;
    }
    parts.push(text);
  }
  let value: unknown;
  try {
    value = JSON.parse(parts.join(""));
  } catch (error) {
    const cut = /end of JSON input|Unterminated/i.test(messageOf(error));
    yield skipItem("entry 1", cut ? "truncated" : "invalid_json", messageOf(error));
    return;
  }
  yield* readers.document(value);
}
