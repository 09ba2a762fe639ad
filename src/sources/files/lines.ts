import { type Chunk, decodeText } from "./text.js";

export interface Line {
  /** 1-based physical line number. */
  number: number;
  /** The line without its line break (`\n` or `\r\n`). */
  text: string;
  /** False for a last line that the file does not end with a line break (often a cut-off write). */
  terminated: boolean;
  /** True when the line was longer than the limit: `text` is then empty and the line was discarded. */
  tooLong: boolean;
}

/** 64 Mi characters: a twarc2 page of 500 tweets with every expansion is a few MB. */
export const DEFAULT_MAX_LINE_CHARS = 64 * 1024 * 1024;

/**
 * Streams the lines of a text, holding at most one line (bounded by `maxChars`) in memory:
 * a longer line is dropped as it streams and reported with `tooLong`.
 */
export async function* readLines(
  input: AsyncIterable<Chunk>,
  maxChars: number = DEFAULT_MAX_LINE_CHARS,
): AsyncGenerator<Line> {
  let parts: string[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const take = (terminated: boolean): Line => {
    number += 1;
    let text = tooLong ? "" : parts.join("");
    if (terminated && text.endsWith("\r")) text = text.slice(0, -1);
    const line = { number, text, terminated, tooLong };
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  const add = (piece: string): void => {
    if (tooLong || piece.length === 0) return;
    size += piece.length;
    if (size > maxChars) {
      tooLong = true;
      parts = [];
    } else parts.push(piece);
  };
  for await (const text of decodeText(input)) {
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      add(text.slice(start, end));
      yield take(true);
      start = end + 1;
    }
    add(text.slice(start));
  }
  if (size > 0 || tooLong) yield take(false);
}
