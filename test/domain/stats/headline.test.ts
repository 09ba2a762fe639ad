import { describe, expect, it } from "vitest";
import { computeReport, headlineOf } from "../../../src/domain/stats/index.js";
import { parseHeadline } from "../../../src/domain/stats/stored-headline.js";
import { CAFE_CHAT, CAFE_CONTEXT } from "./cafe-chat.js";

describe("GIVEN the #CafeChat report", () => {
  const headline = headlineOf(computeReport(CAFE_CHAT, CAFE_CONTEXT));

  it("THEN its headline holds the figures the next edition compares against", () => {
    expect(headline).toEqual({
      posts: 22,
      contributors: 6,
      engagement: 49,
      potentialReach: 1680,
      impressions: 1400,
      questions: 3,
      answers: 8,
      unanswered: 3,
      newContributors: 4,
    });
  });

  it("WHEN stored as JSON and read back THEN it is the same headline", () => {
    expect(parseHeadline(JSON.parse(JSON.stringify(headline)))).toEqual(headline);
  });

  it("WHEN it feeds the next edition THEN the trend shows no change", () => {
    const next = computeReport(CAFE_CHAT, { ...CAFE_CONTEXT, previous: headline });
    expect(next.trend?.posts).toEqual({ current: 22, previous: 22, change: 0, changePct: 0 });
  });
});

describe("GIVEN a stored headline", () => {
  it("WHEN it predates the nullable figures THEN they read as null", () => {
    const old = {
      posts: 1,
      contributors: 1,
      engagement: 0,
      potentialReach: 0,
      questions: 0,
      answers: 0,
      unanswered: 0,
    };
    expect(parseHeadline(old)).toEqual({ ...old, impressions: null, newContributors: null });
  });

  it.each([null, "text", { posts: -1 }, { posts: "3" }])("WHEN it is %j THEN it is refused", (value) => {
    expect(parseHeadline(value)).toBeNull();
  });
});
