import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../../../src/sources/files/dates.js";

// The API's own spelling is read from its digits (a fast path); it must give the instant the Date parser
// gives, for every field value, in range or not (31 February, 24:00, month 13, year 0050).
const digits = (length: number, max: number) =>
  fc.integer({ min: 0, max }).map((value) => String(value).padStart(length, "0"));

describe("parseIsoDate on the API's spelling", () => {
  it("GIVEN any YYYY-MM-DDTHH:MM:SS.sssZ THEN the instant is the Date parser's, or null when it has none", () => {
    fc.assert(
      fc.property(
        fc.oneof(digits(4, 9999), digits(4, 120), fc.integer({ min: 1990, max: 2040 }).map(String)),
        digits(2, 13),
        digits(2, 32),
        digits(2, 25),
        digits(2, 61),
        digits(2, 61),
        digits(3, 999),
        (year, month, day, hour, minute, second, ms) => {
          const value = `${year}-${month}-${day}T${hour}:${minute}:${second}.${ms}Z`;
          const parsed = new Date(value).getTime();
          expect(parseIsoDate(value)?.getTime() ?? null).toBe(Number.isNaN(parsed) ? null : parsed);
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it("GIVEN timestamps read one after another, in the same hours or not THEN each is the Date parser's instant", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom("2026-11-24T20", "2026-11-24T21", "2026-02-28T23", "2026-11-29T20"),
            digits(2, 61),
            digits(2, 61),
            digits(3, 999),
          ),
          { minLength: 1, maxLength: 20 },
        ),
        (times) => {
          for (const [hour, minute, second, ms] of times) {
            const value = `${hour}:${minute}:${second}.${ms}Z`;
            const parsed = new Date(value).getTime();
            expect(parseIsoDate(value)?.getTime() ?? null).toBe(Number.isNaN(parsed) ? null : parsed);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("GIVEN every plain day of 1896 to 2104 (leap years, centuries) THEN its midnight is Date.UTC's", () => {
    for (let year = 1896; year <= 2104; year += 1)
      for (let month = 1; month <= 12; month += 1)
        for (let day = 1; day <= 28; day += 1) {
          const value = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T00:00:00.000Z`;
          if (parseIsoDate(value)?.getTime() !== Date.UTC(year, month - 1, day))
            expect(value).toBe("read right");
        }
  });

  it("GIVEN a tweet's created_at THEN it is that instant", () => {
    expect(parseIsoDate("2021-09-22T16:37:29.123Z")?.toISOString()).toBe("2021-09-22T16:37:29.123Z");
  });
});
