import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeReport } from "../../../src/domain/stats/index.js";
import { post } from "./factory.js";

// Answerers are counted with per-author marks instead of a Set of keys per question; the count must stay
// the number of distinct authors (handles compared without case, as author keys are) who answered it.
const handles = fc.constantFrom("ann", "Ann", "bob", "cyd", "dee", "eve");
const answers = fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 4 });

describe("answerers per question", () => {
  it("GIVEN authors answering any question numbers THEN each question counts its distinct authors", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(handles, answers), { maxLength: 40 }), (entries) => {
        const posts = entries.map(([handle, numbers], index) =>
          post({
            externalId: String(index + 1),
            authorHandle: handle,
            text: numbers.map((n) => `A${n}`).join(" "),
          }),
        );
        const expected = new Map<number, Set<string>>();
        for (const [handle, numbers] of entries) {
          for (const number of numbers)
            expected.set(number, (expected.get(number) ?? new Set()).add(handle.toLowerCase()));
        }
        const report = computeReport(posts, { hashtag: null, hosts: [] });
        expect(new Map(report.questions.map((q) => [q.number, q.answerers]))).toEqual(
          new Map([...expected].map(([number, authors]) => [number, authors.size])),
        );
      }),
      { numRuns: 500 },
    );
  });
});
