import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AnonymousAnswer,
  addAnswer,
  ballotBoxTallies,
  emptyBallotBox,
  sealBallotBox,
} from "../../src/domain/ballot-box.js";

const questions = [
  { id: "q2", position: 2, key: "overall" as const, label: null },
  { id: "q1", position: 1, key: "pacing" as const, label: null },
];

const answer: fc.Arbitrary<AnonymousAnswer> = fc.oneof(
  fc.record({ questionId: fc.constantFrom("q1", "q2"), value: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ comment: fc.string({ minLength: 1, maxLength: 12 }) }),
);

describe("the ballot box", () => {
  it("GIVEN any answers WHEN added in any order THEN the box, down to its JSON text, is the same: it keeps no order", () => {
    const answersAndShuffle = fc
      .array(answer, { maxLength: 30 })
      .chain((list) =>
        fc.tuple(
          fc.constant(list),
          fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
        ),
      );
    fc.assert(
      fc.property(answersAndShuffle, ([answers, shuffled]) => {
        const fill = (list: AnonymousAnswer[]) =>
          list.reduce((box, a) => addAnswer(box, a, false), emptyBallotBox(["q2", "q1"]));
        expect(JSON.stringify(fill(shuffled))).toBe(JSON.stringify(fill(answers)));
      }),
    );
  });

  it("GIVEN answers THEN tallies come in question order with counts, average and the comments on the comment question", () => {
    let box = emptyBallotBox(["q1", "q2"]);
    box = addAnswer(box, { questionId: "q1", value: 5 }, true);
    box = addAnswer(box, { questionId: "q1", value: 2 }, true);
    box = addAnswer(box, { comment: "b" }, false);
    box = addAnswer(box, { comment: "a" }, true);
    expect(box.respondents).toBe(3);
    expect(ballotBoxTallies({ questions }, box)).toEqual([
      { questionId: "q1", counts: [0, 1, 0, 0, 1], votes: 2, average: 3.5, comments: [] },
      { questionId: "q2", counts: [0, 0, 0, 0, 0], votes: 0, average: null, comments: ["a", "b"] },
    ]);
  });

  it("GIVEN k = 3 WHEN sealed THEN a question with 1 or 2 answers and 1 or 2 comments are erased, 0 or 3+ kept", () => {
    let box = emptyBallotBox(["q1", "q2"]);
    for (const value of [1, 2, 3]) box = addAnswer(box, { questionId: "q1", value }, true);
    box = addAnswer(box, { questionId: "q2", value: 4 }, false);
    box = addAnswer(box, { comment: "mine" }, false);
    const sealed = sealBallotBox(box, 3);
    expect(sealed).toEqual({ counts: { q1: [1, 1, 1, 0, 0], q2: null }, comments: null, respondents: 3 });
    expect(JSON.stringify(sealed)).not.toContain("mine");
    const [, q2] = ballotBoxTallies({ questions }, sealed);
    expect(q2).toMatchObject({ votes: 0, withheld: true, commentsWithheld: true, comments: [] });
    expect(sealBallotBox(emptyBallotBox(["q1"]), 3)).toEqual(emptyBallotBox(["q1"]));
  });
});
