import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFile } from "../../../src/sources/detect.js";
import { FileChunks } from "../../../src/sources/files/file-chunks.js";
import { READ_BYTES } from "../../../src/sources/files/text.js";
import { twarcParser } from "../../../src/sources/files/twarc.js";
import { collect, parseWith } from "./support.js";

// FileChunks reads a file into two buffers in turn; the twarc2 parse of a file opened with openFile reads
// through it, and must give what it gives from a stream whose chunks are never reused.

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "file-chunks-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A twarc2 page of one tweet, padded with an unread field so that pages straddle the reads. */
function page(index: number): string {
  const id = String(1_000_000_000_000_000_000n + BigInt(index));
  return JSON.stringify({
    data: [{ id, text: `post ${index} #chat 😀`, author_id: "7", created_at: "2026-11-24T18:00:00.000Z" }],
    includes: { users: [{ id: "7", username: "someone", name: "Some One" }] },
    padding: "x".repeat((index * 7919) % 40_000),
  });
}

describe("FileChunks", () => {
  it("GIVEN a file of several reads WHEN its chunks are copied as they come THEN they are the file, and bytesRead its size", async () => {
    const bytes = Buffer.alloc(READ_BYTES * 3 + 12_345);
    for (let index = 0; index < bytes.length; index += 1) bytes[index] = (index * 31) % 251;
    const path = join(dir, "bytes.bin");
    await writeFile(path, bytes);
    const chunks = new FileChunks(path);
    const copies: Buffer[] = [];
    for await (const chunk of chunks) copies.push(Buffer.from(chunk));
    expect(Buffer.concat(copies).equals(bytes)).toBe(true);
    expect(chunks.bytesRead).toBe(bytes.length);
  });

  it("GIVEN a consumer that stops after the first chunk THEN the reading ends without an error", async () => {
    const path = join(dir, "stop.bin");
    await writeFile(path, Buffer.alloc(READ_BYTES * 3));
    for await (const chunk of new FileChunks(path)) {
      expect(chunk.length).toBe(READ_BYTES);
      break;
    }
  });

  it("GIVEN a twarc2 file larger than two reads WHEN opened THEN its items are those of a fresh-chunk stream", async () => {
    const path = join(dir, "pages.jsonl");
    await writeFile(path, `${Array.from({ length: 60 }, (_, index) => page(index)).join("\n")}\n`);
    const opened = await openFile(path);
    expect(opened?.format).toBe("twarc2-jsonl");
    const items = await collect(opened!.items);
    expect(items).toHaveLength(60);
    expect(items).toEqual(await parseWith(twarcParser(), path, 4096));
    expect(opened!.bytesRead()).toBeGreaterThan(READ_BYTES * 2);
  });
});
