import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Line, readLines } from "../../../src/sources/files/lines.js";
import { collect } from "./support.js";

// The line reader splits bytes before decoding them; whatever the chunking, its lines must be those of the
// plain definition: decode the whole stream (invalid UTF-8 as U+FFFD, a leading byte-order mark dropped),
// split on "\n", drop a "\r" before it, and report a line longer than the limit without its text.

function expectedLines(text: string, max: number): Line[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const pieces = body.split("\n");
  const lines: Line[] = [];
  pieces.forEach((piece, index) => {
    const terminated = index < pieces.length - 1;
    if (!terminated && piece.length === 0) return;
    const tooLong = piece.length > max;
    const text = tooLong ? "" : terminated && piece.endsWith("\r") ? piece.slice(0, -1) : piece;
    lines.push({ number: index + 1, text, terminated, tooLong });
  });
  return lines;
}

function cut<T extends Uint8Array | string>(whole: T, positions: number[]): T[] {
  const edges = [...new Set(positions.map((p) => p % (whole.length + 1)))].sort((a, b) => a - b);
  const chunks: T[] = [];
  let start = 0;
  for (const edge of [...edges, whole.length]) {
    if (edge > start) chunks.push(whole.slice(start, edge) as T);
    start = Math.max(start, edge);
  }
  return chunks;
}

async function* stream<T>(chunks: T[]): AsyncGenerator<T> {
  yield* chunks;
}

/** The chunks copied in turn into one buffer, which is scribbled over once the consumer asks for the next. */
async function* reused(chunks: Uint8Array[]): AsyncGenerator<Uint8Array> {
  const buffer = Buffer.alloc(Math.max(0, ...chunks.map((chunk) => chunk.length)));
  for (const chunk of chunks) {
    buffer.set(chunk);
    yield buffer.subarray(0, chunk.length);
    buffer.fill(0x0a);
  }
}

/** Bytes rich in what the reader must get right: line ends, marks, multi-byte and invalid sequences. */
const awkwardBytes = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        [0x0a],
        [0x0d, 0x0a],
        [0x0d],
        [0xef, 0xbb, 0xbf],
        [0xc3, 0xa9],
        [0xe2, 0x82, 0xac],
        [0xf0, 0x9f, 0x98, 0x80],
        [0xe2, 0x82],
        [0xff],
        [0x80],
        [0x41],
        [0x7b, 0x7d],
      ),
      fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 4 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => new Uint8Array(parts.flat()));

describe("readLines", () => {
  it("GIVEN any bytes cut anywhere and any limit THEN the lines are those of the whole decoded text", async () => {
    await fc.assert(
      fc.asyncProperty(
        awkwardBytes,
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.integer({ min: 1, max: 12 }),
        async (bytes, positions, max) => {
          const lines = await collect(readLines(stream(cut(bytes, positions)), max));
          expect(lines).toEqual(expectedLines(new TextDecoder().decode(bytes), max));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("GIVEN any text in string chunks THEN the lines are those of the whole text", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom("a", "é", "\n", "\r", "\ufeff", "😀", "{"), maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.integer({ min: 1, max: 12 }),
        async (text, positions, max) => {
          const lines = await collect(readLines(stream(cut(text, positions)), max));
          expect(lines).toEqual(expectedLines(text, max));
        },
      ),
      { numRuns: 800 },
    );
  });

  it("GIVEN chunks in one buffer the source overwrites once the next is asked for THEN the lines are the same", async () => {
    // What file-chunks.ts does: the splitter must copy what it keeps of a chunk past its push.
    await fc.assert(
      fc.asyncProperty(
        awkwardBytes,
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.integer({ min: 1, max: 12 }),
        async (bytes, positions, max) => {
          const lines = await collect(readLines(reused(cut(bytes, positions)), max));
          expect(lines).toEqual(expectedLines(new TextDecoder().decode(bytes), max));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("GIVEN a line longer than the limit among short ones THEN only it is reported too long", async () => {
    const bytes = new TextEncoder().encode(`ab\n${"é".repeat(8)}\r\ncd`);
    const lines = await collect(readLines(stream(cut(bytes, [1, 5, 9])), 6));
    expect(lines.map((line) => [line.number, line.text, line.tooLong, line.terminated])).toEqual([
      [1, "ab", false, true],
      [2, "", true, true],
      [3, "cd", false, false],
    ]);
  });
});
