import { mkdtempSync, writeFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reportInParts } from "../../../src/app/report/file-parts.js";
import { reportFromFiles } from "../../../src/app/report/file-report.js";
import { lineRanges } from "../../../src/app/report/line-ranges.js";
import { RangeWorkers } from "../../../src/app/report/range-workers.js";
import { sharedFixture } from "../../support/fixtures.js";

const context = { hashtag: null, hosts: ["@Host"] };

/** The one-pass report and file summary, and the same file read by `threads` workers in small ranges. */
async function bothWays(path: string, threads: number) {
  const { size } = await stat(path);
  const single = await reportFromFiles([path], { filter: {}, context });
  const parted = await reportInParts(path, size, { filter: {}, context, threads, minPartBytes: 1 });
  return { single, parted };
}

describe("GIVEN a twarc2 archive read by worker threads in byte ranges", () => {
  it("WHEN the real flat.jsonl fixture is cut in three THEN report and summary are the one-pass ones", async () => {
    const path = sharedFixture("x-api-v2-twarc/flat.jsonl");
    if (!path) return console.warn("skipped: /work/shared/fixtures/x-api-v2-twarc/flat.jsonl is absent");
    const { single, parted } = await bothWays(path, 3);
    expect(parted).not.toBeNull();
    expect(parted!.report).toEqual(single.report);
    const { path: _path, format: _format, ...summary } = single.files[0]!;
    expect(parted!.tally).toEqual(summary);
  }, 120_000);

  it("WHEN bad lines fall in later ranges THEN they are numbered from the start of the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "afterchat-parts-"));
    const path = join(dir, "chat.jsonl");
    const tweet = (id: number) =>
      JSON.stringify({
        data: [
          {
            id: String(1_000 + id),
            text: `A1 answer ${id} #chat`,
            author_id: "7",
            created_at: "2026-01-15T18:00:00.000Z",
          },
        ],
        includes: { users: [{ id: "7", username: "alice", name: "Alice" }] },
      });
    const lines = Array.from({ length: 30 }, (_, index) => (index % 7 === 6 ? "{not json" : tweet(index)));
    writeFileSync(path, `${lines.join("\n")}\n`);
    const { single, parted } = await bothWays(path, 3);
    expect(single.files[0]!.skipped.map((skip) => skip.at)).toEqual([
      "line 7",
      "line 14",
      "line 21",
      "line 28",
    ]);
    expect(parted!.tally.skipped).toEqual(single.files[0]!.skipped);
    expect(parted!.report).toEqual(single.report);
  }, 120_000);

  it("WHEN its workers were started before their jobs THEN report and summary are the one-pass ones", async () => {
    const path = sharedFixture("x-api-v2-twarc/flat.jsonl");
    if (!path) return console.warn("skipped: /work/shared/fixtures/x-api-v2-twarc/flat.jsonl is absent");
    const { size } = await stat(path);
    const single = await reportFromFiles([path], { filter: {}, context });
    // One more than the two the three ranges take: the one left over is closed, never given a job.
    const workers = new RangeWorkers(3);
    const parted = await reportInParts(path, size, {
      filter: {},
      context,
      threads: 3,
      minPartBytes: 1,
      workers,
    });
    await workers.close();
    expect(parted!.report).toEqual(single.report);
    const { path: _path, format: _format, ...summary } = single.files[0]!;
    expect(parted!.tally).toEqual(summary);
  }, 120_000);

  it("WHEN read in ranges THEN the bytes the progress bar hears add up to the file's size", async () => {
    const dir = mkdtempSync(join(tmpdir(), "afterchat-parts-"));
    const path = join(dir, "chat.jsonl");
    const line = (id: number) =>
      JSON.stringify({
        data: [
          {
            id: String(5_000 + id),
            text: `A1 ${id}`,
            author_id: "7",
            created_at: "2026-01-15T18:00:00.000Z",
          },
        ],
        includes: { users: [{ id: "7", username: "alice", name: "Alice" }] },
      });
    writeFileSync(path, `${Array.from({ length: 40 }, (_, index) => line(index)).join("\n")}\n`);
    const { size } = await stat(path);
    const heard: number[] = [];
    const parted = await reportInParts(path, size, {
      filter: {},
      context,
      threads: 2,
      minPartBytes: 1,
      onBytes: (bytes) => heard.push(bytes),
    });
    expect(parted).not.toBeNull();
    expect(heard.at(-1)).toBe(size);
    expect(heard.every((bytes, index) => index === 0 || bytes >= heard[index - 1]!)).toBe(true);
  }, 120_000);

  it("WHEN the same post is in two ranges THEN the parts decline and the caller reads it in one pass", async () => {
    const dir = mkdtempSync(join(tmpdir(), "afterchat-parts-"));
    const path = join(dir, "twice.jsonl");
    const page = JSON.stringify({
      data: [{ id: "1001", text: "hello", author_id: "7", created_at: "2026-01-15T18:00:00.000Z" }],
      includes: { users: [{ id: "7", username: "alice" }] },
    });
    writeFileSync(path, `${page}\n${page}\n`);
    const { single, parted } = await bothWays(path, 2);
    expect(parted).toBeNull();
    expect(single.report.posts.total).toBe(1);
  }, 120_000);
});

describe("GIVEN a file cut into line ranges", () => {
  it("THEN the ranges cover it, each starts a line, and a line opening with a byte-order mark is never cut before", async () => {
    const dir = mkdtempSync(join(tmpdir(), "afterchat-ranges-"));
    const path = join(dir, "lines.txt");
    const text = `aaaa\nbbbb\n\ufeffcccc\ndddd\neeee`;
    writeFileSync(path, text);
    const size = Buffer.byteLength(text);
    const ranges = await lineRanges(path, size, 5);
    expect(ranges[0]!.start).toBe(0);
    expect(ranges.at(-1)!.end).toBe(size);
    const bytes = Buffer.from(text);
    for (const [index, range] of ranges.entries()) {
      if (index > 0) expect(range.start).toBe(ranges[index - 1]!.end);
      if (range.start > 0) expect(bytes[range.start - 1]).toBe(0x0a);
      expect(bytes[range.start]).not.toBe(0xef);
    }
    expect(ranges.length).toBeGreaterThan(1);
  });
});
