/**
 * CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte order mark so Excel
 * opens accents right (without it Excel reads UTF-8 as the ANSI code page: "Ã©" for "é").
 *
 * Formula injection: a text cell starting with = + - @ tab or CR is run as a formula by Excel,
 * LibreOffice and Google Sheets. Such cells get a leading single quote, as the OWASP page asks.
 * Numbers are written as numbers (a negative count stays a number).
 * @see https://www.rfc-editor.org/rfc/rfc4180 (sections 2.6 and 2.7: quotes and doubled quotes)
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */

export type CsvValue = string | number | null | undefined;

const BOM = "\uFEFF";
const EOL = "\r\n";
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\r\n]/;

/**
 * The cell separator: "," (the CSV default, English Excel), or ";" for French Excel, which reads
 * "," as the decimal mark and would put a whole row in one cell.
 */
export type CsvSeparator = "," | ";";

/** The separator a spreadsheet in this language expects. */
export function csvSeparatorFor(locale: string): CsvSeparator {
  return locale === "fr" ? ";" : ",";
}

/** One cell: neutralised when it could run as a formula, quoted when it holds , ; " CR or LF. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[], separator: CsvSeparator = ","): string {
  return values.map(csvCell).join(separator) + EOL;
}

/** What a CSV file starts with: the byte order mark, then the header row. */
export function csvHead(header: readonly string[], separator: CsvSeparator = ","): string {
  return BOM + csvRow(header, separator);
}

/**
 * Where an export's rows go, one at a time: a file built in memory (CsvBuilder, for a chat
 * upload) or a stream (the command line writes straight to a file or stdout). `add` may wait
 * (a stream applying back-pressure).
 */
export interface CsvSink {
  add(values: readonly CsvValue[]): void | Promise<void>;
  /** Data rows added (the header not counted). */
  readonly rows: number;
}

/**
 * Builds a CSV file row by row, keeping encoded chunks rather than one growing string, so a
 * 100,000-row export streamed from the store never concatenates a huge string.
 */
export class CsvBuilder implements CsvSink {
  private readonly encoder = new TextEncoder();
  private readonly chunks: Uint8Array[] = [];
  private pending = "";
  private count = 0;

  constructor(
    header: readonly string[],
    private readonly separator: CsvSeparator = ",",
  ) {
    this.pending = csvHead(header, separator);
  }

  add(values: readonly CsvValue[]): void {
    this.pending += csvRow(values, this.separator);
    this.count += 1;
    if (this.pending.length > 64_000) this.flush();
  }

  /** Data rows added (the header not counted). */
  get rows(): number {
    return this.count;
  }

  bytes(): Uint8Array {
    this.flush();
    const total = this.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }

  private flush(): void {
    if (this.pending === "") return;
    this.chunks.push(this.encoder.encode(this.pending));
    this.pending = "";
  }
}
