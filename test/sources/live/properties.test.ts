import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFacets, sliceUtf8 } from "../../../src/sources/live/bluesky-facets.js";
import { htmlToText } from "../../../src/sources/live/html-to-text.js";
import { parseTimestamp } from "../../../src/sources/live/timestamp.js";

// Any string, including lone surrogates and HTML-looking fragments.
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom("<", ">", "/", "p", "br", "&", "#", "x", ";", "a", "1", "é", "🎉", "\n", " "),
    maxLength: 100,
  }),
);
const anyOffset = fc.oneof(
  fc.integer({ min: -5, max: 300 }),
  fc.double(),
  fc.constant(Number.NaN),
  fc.string(),
  fc.constant(null),
);

describe("parsers never throw on arbitrary input", () => {
  it("htmlToText returns a string without any tag left", () => {
    fc.assert(
      fc.property(anyText, (html) => {
        const text = htmlToText(html);
        expect(typeof text).toBe("string");
        // Only a decoded entity can bring a "<" back; without entities no tag survives.
        if (!html.includes("&")) expect(text).not.toMatch(/<[^>]*>/);
      }),
      { numRuns: 2000 },
    );
  });

  it("sliceUtf8 returns a string or null, and the whole range gives the text back", () => {
    fc.assert(
      fc.property(anyText, anyOffset, anyOffset, (text, start, end) => {
        const slice = sliceUtf8(text, start, end);
        expect(slice === null || typeof slice === "string").toBe(true);
        const wellFormed = Buffer.from(text, "utf8").toString("utf8") === text;
        if (wellFormed) expect(sliceUtf8(text, 0, Buffer.byteLength(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("readFacets survives any JSON as facets", () => {
    fc.assert(
      fc.property(anyText, fc.jsonValue(), (text, facets) => {
        const refs = readFacets(text, facets);
        expect(Array.isArray(refs.hashtags) && Array.isArray(refs.mentions)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("parseTimestamp gives a valid Date or null", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
        (value) => {
          const date = parseTimestamp(value);
          expect(date === null || !Number.isNaN(date.getTime())).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("parseTimestamp reads back any ISO date it is given", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1970-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }),
        (date) => {
          expect(parseTimestamp(date.toISOString())?.getTime()).toBe(date.getTime());
        },
      ),
    );
  });
});
