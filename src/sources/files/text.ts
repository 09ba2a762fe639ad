/**
 * Byte chunks to text chunks. Invalid UTF-8 becomes U+FFFD instead of an error, and a leading
 * byte-order mark is dropped (WHATWG TextDecoder does that for bytes; we do it for strings too).
 */
export type Chunk = Uint8Array | string;

/**
 * Bytes per read when streaming a file. Node's default (64 KiB) made reading a 130 MB archive cost 4 times
 * as much CPU as with 1 MiB reads (measured: 160 ms against 45 ms); but each 1 MiB buffer came from fresh
 * pages (the allocator maps a block that large and unmaps it when freed): reading and parsing the 200k
 * archive took 25k minor faults and 100 MB RSS with 1 MiB reads, 12k and 74 MB with 256 KiB, for 0.1-0.15 s
 * less CPU (5 runs each). One chunk is held at a time. Here rather than in detect.ts so that a report
 * worker thread, which only streams a twarc2 range, does not load every format's parser.
 */
export const READ_BYTES = 256 * 1024;

export async function* decodeText(input: AsyncIterable<Chunk>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let first = true;
  for await (const chunk of input) {
    let text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (text.length > 0) yield text;
  }
  const tail = decoder.decode();
  if (tail.length > 0) yield tail;
}

/** Drops a leading byte-order mark from a string. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
