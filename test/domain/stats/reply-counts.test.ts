import { describe, expect, it } from "vitest";
import { computeReport } from "../../../src/domain/stats/index.js";
import { asksQuestion } from "../../../src/domain/text.js";
import { post } from "./factory.js";

const context = { hashtag: null, hosts: ["host"] };

describe("GIVEN questions whose replies are not in the data", () => {
  it("THEN a post whose source reply count is above 0 is not left hanging; one at 0 is", () => {
    const report = computeReport(
      [
        post({ externalId: "1", text: "Anyone tried Quarto?", replies: 3 }),
        post({ externalId: "2", text: "What about Typst?", replies: 0 }),
      ],
      context,
    );
    expect(report.unanswered.map((left) => left.externalId)).toEqual(["2"]);
    expect(report.repliesKnown).toBe(true);
  });

  it("THEN the latest copy's reply count decides, both ways", () => {
    const first = post({ externalId: "1", text: "Anyone tried Quarto?", replies: 0 });
    const later = { ...first, replies: 2 };
    expect(computeReport([first, later], context).unanswered).toEqual([]);
    expect(computeReport([later, first], context).unanswered.map((left) => left.externalId)).toEqual(["1"]);
  });

  it("THEN a context saying the data cannot know replies is echoed for the renderers", () => {
    expect(computeReport([], { ...context, repliesKnown: false }).repliesKnown).toBe(false);
  });
});

describe("asksQuestion and links without a scheme", () => {
  it.each([
    "Watch this youtube.com/watch?v=dQw4w9WgXcQ",
    "Slides at example.com/search?q=quarto&lang=en",
    "Bluesky shortens links: bsky.app/profile/alice.bsky.social/post/3k…?ref=x",
    "see https://x.y/?a=1",
  ])("GIVEN %j THEN the `?` is part of a link, not a question", (text) => {
    expect(asksQuestion(text)).toBe(false);
  });

  it.each(["Why does this happen? example.com/docs", "Vous avez lu example.com/guide ?", "What now?"])(
    "GIVEN %j THEN it asks something",
    (text) => {
      expect(asksQuestion(text)).toBe(true);
    },
  );
});
