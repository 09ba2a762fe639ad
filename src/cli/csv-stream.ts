/**
 * A CSV written straight to a stream (a file, or stdout) as its rows come: the command line's
 * export has no row cap, so it never holds the file in memory. Rows are gathered into chunks of
 * about 64 KB, and a stream that asks to wait (write() returned false) is waited for ("drain").
 * @see https://nodejs.org/api/stream.html#event-drain
 */
import { once } from "node:events";
import { type CsvSeparator, type CsvSink, type CsvValue, csvHead, csvRow } from "../render/csv.js";

const CHUNK = 64_000;

export class CsvStreamWriter implements CsvSink {
  private pending: string;
  private count = 0;

  constructor(
    private readonly out: NodeJS.WritableStream,
    header: readonly string[],
    private readonly separator: CsvSeparator = ",",
  ) {
    this.pending = csvHead(header, separator);
  }

  get rows(): number {
    return this.count;
  }

  async add(values: readonly CsvValue[]): Promise<void> {
    this.pending += csvRow(values, this.separator);
    this.count += 1;
    if (this.pending.length >= CHUNK) await this.flush();
  }

  /** Writes what is left (the header alone when there were no rows). */
  async flush(): Promise<void> {
    if (this.pending === "") return;
    const chunk = this.pending;
    this.pending = "";
    if (!this.out.write(chunk)) await once(this.out, "drain");
  }
}
