import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseStream } from "../../../src/sources/detect.js";
import { detectFormat } from "../../../src/sources/detect-format.js";
import { parserFor } from "../../../src/sources/files/parsers.js";
import { FILE_FORMATS, type FileFormat, type SourceItem } from "../../../src/sources/types.js";
import { collect, ownFixture } from "./support.js";

// Properties: no input makes detection or a parser throw (bad input becomes skip items or nothing), and a
// file gives the same items however its bytes are cut into chunks.

/** Cuts bytes at the given positions (sorted, deduplicated) into chunks. */
function cut(bytes: Uint8Array, positions: number[]): Uint8Array[] {
  const edges = [...new Set(positions.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const edge of [...edges, bytes.length]) {
    if (edge > start) chunks.push(bytes.subarray(start, edge));
    start = Math.max(start, edge);
  }
  return chunks;
}

async function* stream(chunks: (Uint8Array | string)[]): AsyncGenerator<Uint8Array | string> {
  yield* chunks;
}

function wellFormed(item: SourceItem): boolean {
  if (typeof item.at !== "string" || !/^(line|row|entry) \d+$/.test(item.at)) return false;
  if (item.type === "post")
    return item.post.externalId.length > 0 && !Number.isNaN(item.post.createdAt.getTime());
  if (item.type === "skip") return typeof item.reason.detail === "string";
  return /^\d{4}-\d{2}-\d{2}$/.test(item.day.date);
}

const encoder = new TextEncoder();

/** Text shaped like each format, so generated inputs reach deep into the parsers, not only their first check. */
const shaped: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.json(),
  fc.array(fc.json(), { maxLength: 5 }).map((lines) => lines.join("\n")),
  fc.json().map((json) => `window.YTD.tweets.part0 = [${json}`),
  fc.array(fc.json(), { maxLength: 4 }).map((entries) => `window.YTD.tweets.part0 = [${entries.join(",")}]`),
  fc
    .array(fc.array(fc.string({ unit: "binary-ascii", maxLength: 8 }), { maxLength: 7 }), { maxLength: 5 })
    .map(
      (rows) =>
        `"Tweet id","Tweet permalink","Tweet text","time","impressions","likes"\n${rows.map((r) => r.map((f) => `"${f}"`).join(",")).join("\n")}`,
    ),
  fc
    .array(fc.string({ unit: "binary-ascii", maxLength: 12 }), { maxLength: 8 })
    .map((fields) => `"Date","Tweets published","impressions"\n${fields.join(",")}`),
);

describe("robustness", () => {
  it("GIVEN any text THEN detectFormat returns a format or null and never throws", () => {
    fc.assert(
      fc.property(shaped, (text) => {
        const format = detectFormat(text);
        expect(format === null || FILE_FORMATS.includes(format)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it.each(FILE_FORMATS)(
    "GIVEN any bytes in any chunks THEN the %s parser yields well-formed items and never throws",
    async (format) => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.uint8Array({ maxLength: 400 }),
            shaped.map((text) => encoder.encode(text)),
          ),
          fc.array(fc.nat(), { maxLength: 6 }),
          async (bytes, positions) => {
            const items = await collect(parserFor(format).parse(stream(cut(bytes, positions))));
            expect(items.every(wellFormed)).toBe(true);
          },
        ),
        { numRuns: 150 },
      );
    },
  );

  it("GIVEN any chunks THEN parseStream returns null or a source whose items never throw", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.string({ unit: "binary" }), fc.uint8Array({ maxLength: 50 })), { maxLength: 5 }),
        async (chunks) => {
          const detected = await parseStream(stream(chunks));
          if (detected) expect((await collect(detected.items)).every(wellFormed)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  const files: [string, FileFormat][] = [
    ["twarc-page-errors.jsonl", "twarc2-jsonl"],
    ["analytics-tweets-fr.csv", "x-analytics-tweets-csv"],
    ["analytics-daily-en.csv", "x-analytics-daily-csv"],
    ["tweets-old-archive.js.txt", "tweets-js"],
  ];

  it.each(files)(
    "GIVEN %s cut into chunks anywhere (even inside a character) THEN the items are the same",
    async (name, format) => {
      const bytes = new Uint8Array(readFileSync(ownFixture(name)));
      const whole = await collect(parserFor(format).parse(stream([bytes])));
      await fc.assert(
        fc.asyncProperty(fc.array(fc.nat({ max: bytes.length }), { maxLength: 12 }), async (positions) => {
          expect(await collect(parserFor(format).parse(stream(cut(bytes, positions))))).toEqual(whole);
        }),
        { numRuns: 60 },
      );
    },
  );

  it.each(files)(
    "GIVEN %s cut off or with a byte changed anywhere THEN the parser still never throws",
    async (name, format) => {
      const bytes = new Uint8Array(readFileSync(ownFixture(name)));
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: bytes.length }),
          fc.nat({ max: bytes.length - 1 }),
          fc.integer({ min: 0, max: 255 }),
          async (end, at, value) => {
            const changed = bytes.slice(0, end);
            if (at < changed.length) changed[at] = value;
            expect((await collect(parserFor(format).parse(stream([changed])))).every(wellFormed)).toBe(true);
          },
        ),
        { numRuns: 80 },
      );
    },
  );
});
