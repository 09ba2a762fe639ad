import { createReadStream, type ReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { basename } from "node:path";
import { AfterchatError } from "../errors.js";
import { FileChunks } from "./files/file-chunks.js";
import { batchesFor, type ParseOptions, parserFor } from "./files/parsers.js";
import { type Chunk, READ_BYTES } from "./files/text.js";
import { wholeTwarcLine } from "./files/twarc-head.js";
import type { FileFormat, SourceItem } from "./types.js";

export type { ParseOptions } from "./files/parsers.js";

/** How much of a file detection reads: enough for a CSV header or the start of a twarc2 page. */
export const HEAD_BYTES = 64 * 1024;

/**
 * detect-format.ts's detectFormat, which is loaded only when the quick look at a whole first twarc2 line
 * (the common case of the large archives) does not settle it: it brings csv-parse and stream-json, some
 * twenty modules and a tenth of `afterchat report`'s start-up.
 */
async function formatOf(head: string): Promise<FileFormat | null> {
  return wholeTwarcLine(head) ?? (await import("./detect-format.js")).detectFormat(head);
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
  const format = await formatOf(head);
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
  const format = await formatOf(head);
  if (!format) return null;
  // What the parse reads (one per read of the source): its bytesRead is the progress on disk. twarc2's
  // line splitter copies what it keeps of a chunk, so it takes chunks read into reused buffers.
  let stream: ReadStream | FileChunks | null = null;
  const openStream = () => {
    stream =
      format === "twarc2-jsonl"
        ? new FileChunks(path)
        : createReadStream(path, { highWaterMark: READ_BYTES });
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
