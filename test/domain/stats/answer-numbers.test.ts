import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerNumbers } from "../../../src/domain/stats/index.js";

// answerNumbers walks the answer regex with exec() and skips the Set for a single answer; what it returns
// must be the plain definition: every match's number, distinct, ascending.
const ANSWER_RE =
  /(?<![\p{L}\p{N}_@/.=?&#%+-])[ar](?:(\d{1,2})(?![\p{L}\p{N}_])|\s(\d{1,2})(?=\s*[:.)/\-–—]))/giu;

function byDefinition(text: string): number[] {
  const found = new Set<number>();
  for (const match of text.matchAll(ANSWER_RE)) found.add(Number(match[1] ?? match[2]));
  return [...found].sort((a, b) => a - b);
}

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
  "x",
  "é",
  "😀",
  "?",
  ":",
);

describe("answerNumbers", () => {
  it("GIVEN any mix of answer tokens and other text THEN the numbers are the distinct matches, ascending", () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }), (parts) => {
        const text = parts.join("");
        expect([...answerNumbers(text)]).toEqual(byDefinition(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it("GIVEN the same text twice in a row THEN the answer is the same (no state left between calls)", () => {
    expect(answerNumbers("A3 and A1")).toEqual([1, 3]);
    expect(answerNumbers("A3 and A1")).toEqual([1, 3]);
    expect(answerNumbers("A2")).toEqual([2]);
  });
});
