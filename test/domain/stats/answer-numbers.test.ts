import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerNumbers } from "../../../src/domain/stats/index.js";

const pieces = fc.constantFrom(
  "A1",
  "a2",
  "R3",
  "A12",
  "A 4:",
  "r 5 -",
  "A1C",
  "BR1",
  "@a1",
  "/a1",
  " ",
  ", ",
  " & ",
  "\n",
  ". ",
  "x",
  "é",
  "😀",
  "?",
  ":",
  "-",
);

/** Every number written after an `a`/`r` in the text (a superset of what the rule may return). */
function written(text: string): Set<number> {
  return new Set([...text.matchAll(/[ar]\s?(\d{1,2})/giu)].map((match) => Number(match[1])));
}

describe("answerNumbers", () => {
  it("GIVEN any mix of answer tokens and other text THEN the numbers are distinct, ascending, and written in it", () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }), (parts) => {
        const text = parts.join("");
        const numbers = [...answerNumbers(text)];
        expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
        for (const number of numbers) expect(written(text).has(number)).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });

  it("GIVEN a post opening with `An: ` after any lead (spaces, emoji, mentions, hashtags) THEN it answers n", () => {
    const lead = fc.array(fc.constantFrom(" ", "🔥 ", "@host ", "#chat ", "(", '"', "\n"), { maxLength: 4 });
    fc.assert(
      fc.property(
        lead,
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom("A", "a", "R", "r"),
        (parts, n, letter) => {
          expect(answerNumbers(`${parts.join("")}${letter}${n}: some words`)).toContain(n);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("GIVEN the same text twice in a row THEN the answer is the same (no state left between calls)", () => {
    expect(answerNumbers("A3 and A1")).toEqual([1, 3]);
    expect(answerNumbers("A3 and A1")).toEqual([1, 3]);
    expect(answerNumbers("A2")).toEqual([2]);
  });

  it.each([
    ["A123: three digits", []],
    ["A12x: glued to a letter", []],
    ["A1_ no", []],
    ["A1٣: an Arabic-Indic digit after", []],
    ["A1𝒳 a letter outside the BMP after", []],
    ["A1🎉 an emoji after", [1]],
    ["A\u00a07: a no-break space", [7]],
    ["A\t8: a tab", [8]],
    ["A\n9: a line break is no space", []],
    ["A99", [99]],
  ])("GIVEN %j THEN the token rule reads %j", (text, expected) => {
    expect(answerNumbers(text)).toEqual(expected);
  });
});
