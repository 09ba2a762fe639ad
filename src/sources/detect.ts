import { createReadStream, type ReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { basename } from "node:path";
import { AfterchatError } from "../errors.js";
import { looksLikeCsvHeader } from "./files/csv-delimiter.js";
import { analyticsKindOf } from "./files/csv-head.js";
import { readJsonHead } from "./files/json-head.js";
import { readJsonShape, savedResponseFormat } from "./files/json-shape.js";
import { batchesFor, type ParseOptions, parserFor } from "./files/parsers.js";
import { type Chunk, READ_BYTES, stripBom } from "./files/text.js";
import type { FileFormat, SourceItem } from "./types.js";

export type { ParseOptions } from "./files/parsers.js";

/** How much of a file detection reads: enough for a CSV header or the start of a twarc2 page. */
export const HEAD_BYTES = 64 * 1024;

const TWEETS_JS = /^window\.YTD\.tweets?\.part\d+\s*=\s*\[/;
/** Keys that only a twarc2/API v2 page has (`matching_rules`: filtered stream). */
const PAGE_KEYS = ["__twarc", "includes", "meta", "matching_rules"];
const TWEET_KEYS = ["text", "author_id", "edit_history_tweet_ids"];

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

/** A recognised source. Read it once, through `items` or through `batches`, not both. */
export interface DetectedSource {
  format: FileFormat;
  items: AsyncIterable<SourceItem>;
  /** The same items in input order, in arrays: one await per batch instead of one per item. */
  batches: AsyncIterable<readonly SourceItem[]>;
  /** Bytes in the whole input when known (a file's size), for a progress bar; null for a stream. */
  size: number | null;
  /** Bytes read from the input so far. */
  bytesRead(): number;
}

/** A source whose parse starts only when one of its views is iterated. */
function detected(
  format: FileFormat,
  options: ParseOptions,
  open: () => AsyncIterable<Chunk>,
  bytes: { size: number | null; read(): number },
): DetectedSource {
  return {
    format,
    size: bytes.size,
    bytesRead: bytes.read,
    items: { [Symbol.asyncIterator]: () => parserFor(format, options).parse(open())[Symbol.asyncIterator]() },
    batches: { [Symbol.asyncIterator]: () => batchesFor(format, options, open())[Symbol.asyncIterator]() },
  };
}

/**
 * Detects the format on the first chunks (up to HEAD_BYTES), then streams all chunks, the held ones
 * first, through the right parser. Null when the start is not recognised (the rest is not read).
 */
export async function parseStream(
  chunks: AsyncIterable<Chunk>,
  options: ParseOptions = {},
): Promise<DetectedSource | null> {
  const iterator = chunks[Symbol.asyncIterator]();
  const held: Chunk[] = [];
  const decoder = new TextDecoder("utf-8");
  let head = "";
  let bytes = 0;
  let done = false;
  while (bytes < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    held.push(next.value);
    bytes += typeof next.value === "string" ? next.value.length : next.value.byteLength;
    head += typeof next.value === "string" ? next.value : decoder.decode(next.value, { stream: true });
  }
  const format = detectFormat(head);
  if (!format) {
    if (!done) await iterator.return?.();
    return null;
  }
  let read = 0;
  const count = (chunk: Chunk) => {
    read += typeof chunk === "string" ? chunk.length : chunk.byteLength;
    return chunk;
  };
  async function* replay(): AsyncGenerator<Chunk> {
    try {
      for (const chunk of held) yield count(chunk);
      if (done) return;
      for (let next = await iterator.next(); !next.done; next = await iterator.next())
        yield count(next.value);
    } finally {
      // Also when the reader stops early: close the caller's source.
      if (!done) await iterator.return?.();
    }
  }
  return detected(format, options, replay, { size: null, read: () => read });
}

/** Reads the head of a file to detect its format; the items then stream the whole file from disk. */
export async function openFile(path: string, options: ParseOptions = {}): Promise<DetectedSource | null> {
  const handle = await open(path, "r");
  let head: string;
  let size: number;
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    head = new TextDecoder("utf-8").decode(buffer.subarray(0, bytesRead));
    size = (await handle.stat()).size;
  } finally {
    await handle.close();
  }
  const format = detectFormat(head);
  if (!format) return null;
  // The stream the parse reads (one per read of the source): its bytesRead is the progress on disk.
  let stream: ReadStream | null = null;
  const openStream = () => {
    stream = createReadStream(path, { highWaterMark: READ_BYTES });
    return stream;
  };
  return detected(format, options, openStream, { size, read: () => stream?.bytesRead ?? 0 });
}

/** The items of a file; throws AfterchatError("import_unrecognised") when its format is not recognised. */
export async function* parseFile(path: string, options: ParseOptions = {}): AsyncGenerator<SourceItem> {
  const detected = await openFile(path, options);
  if (!detected) throw new AfterchatError("import_unrecognised", { file: basename(path) });
  yield* detected.items;
}
