import { isAscii } from "node:buffer";
import { TextDecoder } from "node:util";
import type { Chunk } from "./text.js";

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

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const BOM = 0xfeff;
const NO_BYTES = Buffer.alloc(0);
/** Largest carry kept from one line to the next (a few reads' worth). */
const CARRY_KEPT = 1024 * 1024;

/**
 * Splits a stream of chunks into lines, holding at most one line (bounded by `maxChars`) in memory: a
 * longer line is dropped as it streams and reported with `tooLong`. Invalid UTF-8 becomes U+FFFD, and a
 * leading byte-order mark is dropped, as text.ts decodeText does.
 *
 * Bytes are split on 0x0A before decoding (a UTF-8 multi-byte sequence never contains that byte), and each
 * line is decoded once: decoding whole streams chunk by chunk and joining the pieces cost more than the
 * rest of reading. A line inside one chunk is decoded from a view of it; the part of a line a chunk ends
 * with is copied into a buffer kept from line to line, where the next chunks add the rest: a reader may
 * then reuse a chunk's memory once the next one is asked for (file-chunks.ts). A line's UTF-8 length bounds
 * its UTF-16 length from above, so the limit needs exact counting only once a line passes `maxChars` bytes:
 * it is then decoded as it streams, as strings are.
 * Lines are the same as decodeText's whatever the chunking; the one difference is in a stream mixing string
 * and byte chunks, where a multi-byte sequence cut by a string chunk now ends at its line.
 */
export class LineSplitter {
  private number = 0;
  /**
   * Bytes of the current line, not decoded yet (only while `texts` is empty and `decoder` null): a view of
   * the chunk being pushed when the line lies in it, else the first `byteCount` bytes of `carry`.
   */
  private view: Buffer | null = null;
  private carry: Buffer = NO_BYTES;
  private byteCount = 0;
  /** Decoded text of the current line: string chunks, and bytes decoded as they stream through `decoder`. */
  private texts: string[] = [];
  private size = 0;
  private decoder: TextDecoder | null = null;
  private tooLong = false;
  /** Until any text is seen: a leading U+FEFF is then dropped (text.ts decodeText). */
  private first = true;
  /** Until any byte is seen. */
  private freshBytes = true;
  /** The held bytes are the stream's first bytes. */
  private bytesStartStream = false;

  constructor(private readonly maxChars: number = DEFAULT_MAX_LINE_CHARS) {}

  /** Calls `onLine` for every line `chunk` completes. */
  push(chunk: Chunk, onLine: (line: Line) => void): void {
    if (typeof chunk === "string") {
      this.pushText(chunk, onLine);
      return;
    }
    const bytes = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const streamStart = this.freshBytes;
    if (bytes.length > 0) this.freshBytes = false;
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE, start); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      this.addBytes(bytes, start, end, streamStart && start === 0);
      onLine(this.take(true));
      start = end + 1;
    }
    this.addBytes(bytes, start, bytes.length, streamStart && start === 0, true);
  }

  /** Calls `onLine` for a last line without a line break, if any. */
  end(onLine: (line: Line) => void): void {
    if (this.byteCount === 0 && this.size === 0 && this.decoder === null && !this.tooLong) return;
    const line = this.take(false);
    if (line.text.length > 0 || line.tooLong) onLine(line);
  }

  private pushText(text: string, onLine: (line: Line) => void): void {
    if (this.byteCount > 0) this.decodeHeldBytes();
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      this.addText(text.slice(start, end));
      onLine(this.take(true));
      start = end + 1;
    }
    this.addText(text.slice(start));
  }

  /**
   * `streamStart`: these are the stream's first bytes (a TextDecoder drops a byte-order mark there only).
   * `kept`: they outlive the push (the chunk's last, unfinished line), so they are copied to `carry`.
   */
  private addBytes(bytes: Buffer, start: number, end: number, streamStart: boolean, kept = false): void {
    if (this.tooLong || end === start) return;
    const piece = start === 0 && end === bytes.length ? bytes : bytes.subarray(start, end);
    if (this.texts.length > 0 && this.decoder === null) {
      this.decoder = new TextDecoder("utf-8", { ignoreBOM: !streamStart });
    }
    if (this.decoder !== null) {
      this.addText(this.decoder.decode(piece, { stream: true }));
      return;
    }
    if (this.byteCount === 0) this.bytesStartStream = streamStart;
    if (this.byteCount === 0 && !kept) this.view = piece;
    else this.carryOn(piece);
    this.byteCount += piece.length;
    if (this.byteCount > this.maxChars) this.decodeHeldBytes();
  }

  /** Copies `piece` after the carried bytes, growing `carry` when it is full. */
  private carryOn(piece: Buffer): void {
    const needed = this.byteCount + piece.length;
    if (this.carry.length < needed) {
      const grown = Buffer.allocUnsafe(Math.max(needed, 2 * this.carry.length));
      this.carry.copy(grown, 0, 0, this.byteCount);
      this.carry = grown;
    }
    piece.copy(this.carry, this.byteCount);
  }

  /** The current line's bytes not decoded yet. */
  private heldBytes(): Buffer {
    return this.view ?? this.carry.subarray(0, this.byteCount);
  }

  /** From here on the line is decoded as it streams, so its length is counted exactly. */
  private decodeHeldBytes(): void {
    const held = this.heldBytes();
    this.view = null;
    this.byteCount = 0;
    this.decoder = new TextDecoder("utf-8", { ignoreBOM: !this.bytesStartStream });
    this.addText(this.decoder.decode(held, { stream: true }));
  }

  private addText(piece: string): void {
    if (this.tooLong || piece.length === 0) return;
    let text = piece;
    if (this.first) {
      this.first = false;
      if (text.charCodeAt(0) === BOM) text = text.slice(1);
    }
    this.size += text.length;
    if (this.size > this.maxChars) {
      this.tooLong = true;
      this.texts = [];
      this.decoder = null;
    } else this.texts.push(text);
  }

  private take(terminated: boolean): Line {
    this.number += 1;
    let text = "";
    if (this.byteCount > 0) text = this.decodeLine(terminated);
    else {
      if (this.decoder !== null) this.addText(this.decoder.decode());
      if (!this.tooLong) {
        text = this.texts.length === 1 ? this.texts[0]! : this.texts.join("");
        if (terminated && text.charCodeAt(text.length - 1) === CARRIAGE_RETURN) text = text.slice(0, -1);
      }
    }
    const line: Line = { number: this.number, text, terminated, tooLong: this.tooLong };
    this.view = null;
    this.byteCount = 0;
    // A carry grown by a very long line is not kept for the next ones.
    if (this.carry.length > CARRY_KEPT) this.carry = NO_BYTES;
    this.texts = [];
    this.size = 0;
    this.decoder = null;
    this.tooLong = false;
    this.first = false;
    return line;
  }

  /** The held bytes, which are the whole line, as one string: one decode, no join. */
  private decodeLine(terminated: boolean): string {
    const whole = this.heldBytes();
    let end = whole.length;
    if (terminated && whole[end - 1] === CARRIAGE_RETURN) end -= 1;
    // ASCII, as most lines are (twarc2 writes non-ASCII as \u escapes), decodes as Latin-1 does, without
    // the UTF-8 decoder's checks.
    let text = isAscii(whole) ? whole.toString("latin1", 0, end) : whole.toString("utf8", 0, end);
    // What TextDecoder (a mark in the stream's first bytes) and decodeText (a leading U+FEFF) drop.
    if (this.bytesStartStream && whole[0] === 0xef && whole[1] === 0xbb && whole[2] === 0xbf)
      text = text.slice(1);
    if (this.first && text.charCodeAt(0) === BOM) text = text.slice(1);
    return text;
  }
}

/** The lines of a stream of chunks, one at a time (see LineSplitter). */
export async function* readLines(
  input: AsyncIterable<Chunk>,
  maxChars: number = DEFAULT_MAX_LINE_CHARS,
): AsyncGenerator<Line> {
  const splitter = new LineSplitter(maxChars);
  const lines: Line[] = [];
  const onLine = (line: Line) => {
    lines.push(line);
  };
  for await (const chunk of input) {
    splitter.push(chunk, onLine);
    yield* lines.splice(0);
  }
  splitter.end(onLine);
  yield* lines;
}
