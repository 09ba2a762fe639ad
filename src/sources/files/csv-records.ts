import { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
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
  input: AsyncIterable<Chunk>,
  maxRecordBytes: number = DEFAULT_MAX_RECORD_BYTES,
): AsyncGenerator<CsvItem> {
  let sourceError: unknown = null;
  const parser = parse({
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

function errorItem(row: number, error: CsvError | undefined): CsvItem {
  const code = error?.code === "CSV_QUOTE_NOT_CLOSED" ? "truncated" : "bad_value";
  return { type: "error", row, code, detail: error?.message ?? "malformed record" };
}
