import { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { type CsvDelimiter, csvDelimiter } from "./csv-delimiter.js";
import type { Chunk } from "./text.js";

/**
 * One CSV record, numbered like a spreadsheet shows it to the user: the header is row 1, and a record
 * whose quoted field holds line breaks is still one row (so row ≠ line).
 */
export type CsvItem =
  | { type: "record"; row: number; fields: string[] }
  | { type: "error"; row: number; code: "truncated" | "bad_value"; detail: string };

/** 4 MiB: a record of the analytics export is under 2 KB; more means an unclosed quote swallowing the file. */
export const DEFAULT_MAX_RECORD_BYTES = 4 * 1024 * 1024;

interface SkipMarker {
  skipped: CsvError | undefined;
}

/**
 * Streams CSV records with csv-parse's stream API. A malformed record is skipped and reported in place
 * (`skip_records_with_error` + `on_skip`), never thrown: the marker is pushed into the same readable, so
 * reports keep input order. Backpressure holds memory to a few chunks and records.
 * @see https://csv.js.org/parse/options/skip_records_with_error/
 * @see https://csv.js.org/parse/options/on_skip/
 */
export async function* readCsv(
  chunks: AsyncIterable<Chunk>,
  maxRecordBytes: number = DEFAULT_MAX_RECORD_BYTES,
): AsyncGenerator<CsvItem> {
  const { delimiter, input } = await withDelimiter(chunks);
  let sourceError: unknown = null;
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: maxRecordBytes,
    on_skip: (error) => {
      parser.push({ skipped: error } satisfies SkipMarker);
      return undefined;
    },
  });
  const source = Readable.from(input, { objectMode: true });
  source.on("error", (error) => {
    sourceError = error;
    parser.destroy(error);
  });
  source.pipe(parser);
  let row = 0;
  try {
    for await (const value of parser as AsyncIterable<string[] | SkipMarker>) {
      row += 1;
      if (Array.isArray(value)) yield { type: "record", row, fields: value };
      else yield errorItem(row, value.skipped);
    }
  } catch (error) {
    // Reading the input failed (not its content): that is the caller's I/O error to handle.
    if (error === sourceError || !(error instanceof CsvError)) throw error;
    yield errorItem(row + 1, error);
  } finally {
    source.unpipe(parser);
    source.destroy();
    parser.destroy();
  }
}

/** The separator read from the first chunk's first line; the chunks then replayed whole. */
async function withDelimiter(
  chunks: AsyncIterable<Chunk>,
): Promise<{ delimiter: CsvDelimiter; input: AsyncIterable<Chunk> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done
    ? ""
    : typeof first.value === "string"
      ? first.value
      : new TextDecoder().decode(first.value);
  const delimiter = csvDelimiter(head.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "");
  async function* replay(): AsyncGenerator<Chunk> {
    try {
      if (first.done) return;
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      // Also when the reader stops early: close the caller's source.
      await iterator.return?.();
    }
  }
  return { delimiter, input: replay() };
}

function errorItem(row: number, error: CsvError | undefined): CsvItem {
  const code = error?.code === "CSV_QUOTE_NOT_CLOSED" ? "truncated" : "bad_value";
  return { type: "error", row, code, detail: error?.message ?? "malformed record" };
}
