/** Byte ranges of a file that start and end at line boundaries, for reading one file in several threads. */
import { open } from "node:fs/promises";

export interface ByteRange {
  /** First byte (a line's first byte). */
  start: number;
  /** One past the last byte (just after a line break, or the end of the file). */
  end: number;
}

const WINDOW = 64 * 1024;
const NEWLINE = 0x0a;

/**
 * Up to `parts` ranges of about equal size covering the file, each cut just after a line break; the first
 * range takes `firstExtra` bytes more than the others (its reader, this thread, starts before the workers).
 * A cut never lands before a line that opens with a UTF-8 byte-order mark (a reader drops one at the start of
 * its stream only, and one pass keeps it), nor inside a line: a file with fewer lines gives fewer ranges.
 */
export async function lineRanges(
  path: string,
  size: number,
  parts: number,
  firstExtra = 0,
): Promise<ByteRange[]> {
  const cuts = [0];
  const extra = Math.max(0, Math.min(Math.floor(firstExtra), size));
  const handle = await open(path, "r");
  try {
    for (let part = 1; part < parts; part += 1) {
      const even = extra + Math.floor(((size - extra) * part) / parts);
      const from = Math.max(even, cuts.at(-1)! + 1);
      const cut = await lineStartFrom(handle, from, size);
      if (cut === null) break;
      cuts.push(cut);
    }
  } finally {
    await handle.close();
  }
  cuts.push(size);
  return cuts.slice(1).map((end, index) => ({ start: cuts[index]!, end }));
}

type Handle = Awaited<ReturnType<typeof open>>;

/** The first line start after a line break at or after `from` whose line has no byte-order mark; null at the end. */
async function lineStartFrom(handle: Handle, from: number, size: number): Promise<number | null> {
  const buffer = Buffer.alloc(WINDOW + 3);
  let position = from;
  while (position < size) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    if (bytesRead === 0) return null;
    const newline = buffer.subarray(0, Math.min(bytesRead, WINDOW)).indexOf(NEWLINE);
    if (newline === -1) {
      position += WINDOW;
      continue;
    }
    const start = position + newline + 1;
    if (start >= size) return null;
    const at = newline + 1;
    const marked =
      at + 2 < bytesRead && buffer[at] === 0xef && buffer[at + 1] === 0xbb && buffer[at + 2] === 0xbf;
    if (!marked) return start;
    position = start;
  }
  return null;
}
