import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Poll } from "../../src/domain/poll.js";
import {
  checkMinAnswers,
  checkPollLength,
  commentQuestion,
  isDue,
  legacyVoter,
  minAnswersFor,
  parseVoteButtonValue,
  pollDisclosure,
  pollQuestionsFor,
  publishableTallies,
  resultsShown,
  tallyInOrder,
  turnoutNames,
  voteButtonValue,
} from "../../src/domain/polls.js";
import { err, ok } from "../../src/result.js";

const questions = [
  { id: "q2", position: 2, key: "overall" as const, label: null },
  { id: "q1", position: 1, key: "pacing" as const, label: null },
];

describe("who is who in an anonymous poll's turnout", () => {
  it("GIVEN a person THEN their turnout names are their reference and the key a pre-ballot-box poll stored", () => {
    const legacy = legacyVoter("p1", "slack:T1:U2", "secret");
    expect(legacy).toMatch(/^legacy:[0-9a-f]{64}$/);
    expect(legacyVoter("p2", "slack:T1:U2", "secret")).not.toBe(legacy);
    expect(legacyVoter("p1", "slack:T1:U2", "other")).not.toBe(legacy);
    expect(turnoutNames("p1", "slack:T1:U2", "secret")).toEqual(["slack:T1:U2", legacy]);
  });
});

describe("from how many answers results are shown", () => {
  it("GIVEN a named poll THEN one answer is enough; GIVEN an anonymous one THEN the setting, never under 3", () => {
    expect(minAnswersFor(false, 7)).toBe(1);
    expect(minAnswersFor(true)).toBe(3);
    expect(minAnswersFor(true, 1)).toBe(3);
    expect(minAnswersFor(true, 2.5)).toBe(3);
    expect(minAnswersFor(true, 5)).toBe(5);
  });

  it("GIVEN a series that shows results before close THEN only its named polls do", () => {
    const settings = { showResultsBeforeClose: true, pollMinAnswers: 4 };
    expect(pollDisclosure(false, settings)).toEqual({ resultsVisible: true, minAnswers: 1 });
    expect(pollDisclosure(true, settings)).toEqual({ resultsVisible: false, minAnswers: 4 });
  });

  it("GIVEN a k asked for when opening THEN it wins over the setting for an anonymous poll, and a named poll keeps 1", () => {
    const settings = { showResultsBeforeClose: false, pollMinAnswers: 4 };
    expect(pollDisclosure(true, settings, 6)).toEqual({ resultsVisible: false, minAnswers: 6 });
    expect(pollDisclosure(true, settings, 3)).toEqual({ resultsVisible: false, minAnswers: 3 });
    expect(pollDisclosure(false, settings, 6)).toEqual({ resultsVisible: false, minAnswers: 1 });
  });

  it("GIVEN a k asked for THEN only an anonymous poll takes one, from 3 to 100", () => {
    expect(checkMinAnswers(true, 3)).toEqual(ok(3));
    expect(checkMinAnswers(true, 100)).toEqual(ok(100));
    expect(checkMinAnswers(false, 5)).toEqual(err("named"));
    expect(checkMinAnswers(true, 2)).toEqual(err("too_low"));
    expect(checkMinAnswers(true, 0)).toEqual(err("too_low"));
    expect(checkMinAnswers(true, 101)).toEqual(err("too_high"));
  });

  it("GIVEN tallies under and over k THEN figures and comments under k are withheld, the rest kept", () => {
    const shown = publishableTallies({ minAnswers: 3 }, [
      { questionId: "q1", counts: [0, 0, 0, 2, 0], votes: 2, average: 4, comments: ["a", "b"] },
      { questionId: "q2", counts: [1, 1, 1, 0, 0], votes: 3, average: 2, comments: ["a", "b", "c"] },
      { questionId: "q3", counts: [0, 0, 0, 0, 0], votes: 0, average: null, comments: [] },
    ]);
    expect(shown).toEqual([
      {
        questionId: "q1",
        counts: [0, 0, 0, 0, 0],
        votes: 0,
        average: null,
        comments: [],
        withheld: true,
        commentsWithheld: true,
      },
      { questionId: "q2", counts: [1, 1, 1, 0, 0], votes: 3, average: 2, comments: ["a", "b", "c"] },
      { questionId: "q3", counts: [0, 0, 0, 0, 0], votes: 0, average: null, comments: [] },
    ]);
  });
});

describe("vote buttons", () => {
  it("GIVEN any choice WHEN written to a button and read back THEN it is the same choice", () => {
    const id = fc.stringMatching(/^c[0-9a-z]{24}$/);
    fc.assert(
      fc.property(id, id, fc.integer({ min: 1, max: 5 }), (pollId, questionId, value) => {
        const text = voteButtonValue({ pollId, questionId, value });
        expect(text.length).toBeLessThanOrEqual(80);
        expect(parseVoteButtonValue(text)).toEqual({ pollId, questionId, value });
      }),
    );
  });

  it.each(["", "p:q", "p:q:0", "p:q:6", "p:q:2.5", "p:q:x", ":q:3", "p::3", "p:q:3:extra"])(
    "GIVEN the forged value %j THEN it is not a vote",
    (value) => {
      expect(parseVoteButtonValue(value)).toBeNull();
    },
  );
});

describe("poll rules", () => {
  it("GIVEN no custom questions THEN the five default keys; GIVEN custom ones THEN their wordings, blanks dropped", () => {
    expect(pollQuestionsFor(null).map((q) => q.key)).toEqual([
      "pacing",
      "questions",
      "engagement",
      "tooling",
      "overall",
    ]);
    expect(pollQuestionsFor([" Guest? ", "", "Time?"])).toEqual([
      { key: null, label: "Guest?" },
      { key: null, label: "Time?" },
    ]);
    expect(pollQuestionsFor(["  "]).map((q) => q.key)).toHaveLength(5);
  });

  it("GIVEN lengths THEN 5 minutes to 30 days are accepted", () => {
    expect(checkPollLength(4 * 60_000)).toEqual({ ok: false, error: "too_short" });
    expect(checkPollLength(5 * 60_000)).toEqual({ ok: true, value: 5 * 60_000 });
    expect(checkPollLength(31 * 86_400_000)).toEqual({ ok: false, error: "too_long" });
  });

  it("GIVEN a poll with overall THEN comments go there; without it THEN to the last question", () => {
    expect(commentQuestion({ questions })?.id).toBe("q2");
    expect(
      commentQuestion({
        questions: [
          { id: "a", position: 2, key: null, label: "B" },
          { id: "b", position: 1, key: null, label: "A" },
        ],
      })?.id,
    ).toBe("a");
  });

  it("GIVEN deadlines THEN an open poll is due at or after its deadline, a closed one never", () => {
    const at = new Date("2026-03-05T20:00:00Z");
    expect(isDue({ status: "open", closesAt: at }, new Date("2026-03-05T19:59:59Z"))).toBe(false);
    expect(isDue({ status: "open", closesAt: at }, at)).toBe(true);
    expect(isDue({ status: "closed", closesAt: at }, new Date("2027-01-01"))).toBe(false);
    expect(isDue({ status: "open", closesAt: null }, new Date("2027-01-01"))).toBe(false);
  });

  it("GIVEN visibility settings THEN results show when closed or when a named poll shows them early", () => {
    expect(resultsShown({ status: "open", resultsVisible: false, anonymous: false })).toBe(false);
    expect(resultsShown({ status: "open", resultsVisible: true, anonymous: false })).toBe(true);
    expect(resultsShown({ status: "closed", resultsVisible: false, anonymous: false })).toBe(true);
    // A poll stored with early results before anonymous polls refused them still hides them.
    expect(resultsShown({ status: "open", resultsVisible: true, anonymous: true })).toBe(false);
    expect(resultsShown({ status: "closed", resultsVisible: false, anonymous: true })).toBe(true);
  });

  it("GIVEN tallies for some questions THEN every question gets one, in position order", () => {
    const poll = { questions } as Pick<Poll, "questions">;
    const tallies = tallyInOrder(poll, [
      { questionId: "q2", counts: [0, 0, 0, 1, 0], votes: 1, average: 4, comments: [] },
    ]);
    expect(tallies.map((t) => [t.questionId, t.votes])).toEqual([
      ["q1", 0],
      ["q2", 1],
    ]);
  });
});
