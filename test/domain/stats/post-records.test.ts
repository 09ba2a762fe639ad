import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Counts } from "../../../src/domain/stats/engagement.js";
import { blankCounts, PostRecords } from "../../../src/domain/stats/post-records.js";

// Records keep counts in int32 columns; whatever a source sends (fractions, 2^31 and beyond, null), a record
// must give back exactly what was written, across chunks, and after its counts were replaced.
const count = fc.oneof(
  fc.nat(),
  fc.constantFrom(0, 2 ** 31 - 1, 2 ** 31, 2 ** 40, Number.MAX_SAFE_INTEGER, 1.5),
  fc.double({ min: 0, max: 1e12, noNaN: true }),
);
const counts: fc.Arbitrary<Counts> = fc.record({
  likes: count,
  reposts: count,
  replies: count,
  quotes: count,
  impressions: fc.option(count, { nil: null }),
  bookmarks: fc.option(count, { nil: null }),
  shares: fc.option(count, { nil: null }),
  engagements: fc.option(count, { nil: null }),
});
const answers = fc.constantFrom<readonly number[]>([], [0], [7], [99], [1, 2], [3, 40, 99]);

describe("PostRecords", () => {
  it("GIVEN any counts, authors and answers, some replaced THEN each record reads back what was last written", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(counts, fc.nat(), answers), { minLength: 1, maxLength: 50 }),
        fc.array(fc.tuple(fc.nat(), counts), { maxLength: 10 }),
        fc.nat(5_000),
        (added, replaced, padding) => {
          const records = new PostRecords();
          // Padding records first, so the checked ones cross a chunk boundary (4,096 records a chunk).
          for (let index = 0; index < padding; index += 1) records.add(blankCounts(), 0, []);
          const expected = added.map(([written, author, numbers]) => ({
            record: records.add(written, author, numbers),
            counts: written,
            author,
            numbers,
          }));
          for (const [pick, written] of replaced) {
            const entry = expected[pick % expected.length]!;
            records.write(entry.record, written);
            entry.counts = written;
          }
          const read = blankCounts();
          for (const entry of expected) {
            records.read(entry.record, read);
            expect(read).toEqual(entry.counts);
            expect(records.author(entry.record)).toBe(entry.author);
            expect(records.answersOf(entry.record)).toEqual(entry.numbers);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
