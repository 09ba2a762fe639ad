import { describe, expect, it } from "vitest";
import { computeReport } from "../../../src/domain/stats/index.js";
import { post, reply, repost } from "./factory.js";

const context = { hashtag: null, hosts: [] };

describe("GIVEN posts from an X analytics export with X's Engagements column", () => {
  const posts = [
    post({ externalId: "1", likes: 3, replies: 1, impressions: 1000, engagements: 40 }),
    post({ externalId: "2", likes: 1, impressions: 500, engagements: 20 }),
    // No impressions: left out of X's rate on both sides, as of ours.
    post({ externalId: "3", likes: 2, impressions: null, engagements: 9 }),
  ];

  it("THEN X's rate is Engagements / Impressions over the posts that have both, beside our interaction rate", () => {
    const { engagement } = computeReport(posts, context);
    expect(engagement.xEngagements).toBe(60);
    expect(engagement.xRate).toBeCloseTo(60 / 1500, 10);
    expect(engagement.rate).toBeCloseTo(5 / 1500, 10);
    expect(engagement.total).toBe(7);
  });

  it("AND a refreshed copy replaces the counts, a repost adds nothing", () => {
    const refreshed = post({ externalId: "2", likes: 1, impressions: 600, engagements: 30 });
    const { engagement } = computeReport(
      [...posts, refreshed, repost(posts[0]!, { externalId: "9" })],
      context,
    );
    expect(engagement.xEngagements).toBe(70);
    expect(engagement.xRate).toBeCloseTo(70 / 1600, 10);
  });

  it("AND a source without the column says nothing of X's rate (null, never 0)", () => {
    const { engagement } = computeReport([post({ externalId: "1", likes: 3, impressions: 100 })], context);
    expect(engagement.xEngagements).toBeNull();
    expect(engagement.xRate).toBeNull();
  });
});

describe("GIVEN replies between authors with known followers", () => {
  it("THEN reply-aware potential impressions add the replied-to author's followers for each reply by someone else", () => {
    const root = post({ externalId: "1", authorHandle: "alice", authorFollowers: 100 });
    const posts = [
      root,
      post({ externalId: "2", authorHandle: "alice", authorFollowers: 100 }),
      reply(root, { externalId: "3", authorHandle: "bob", authorFollowers: 10 }),
      reply(root, { externalId: "4", authorHandle: "Bob", authorFollowers: 10 }),
      // A self-reply reaches no new audience.
      reply(root, { externalId: "5", authorHandle: "alice", authorFollowers: 100 }),
      // A reply to someone outside the data: their followers are unknown, counted as 0.
      post({ externalId: "6", authorHandle: "bob", kind: "reply", replyToId: "77", replyToHandle: "zed" }),
    ];
    const { reach } = computeReport(posts, context);
    expect(reach.potentialImpressions).toBe(3 * 100 + 3 * 10);
    expect(reach.potentialImpressionsWithReplies).toBe(3 * 100 + 3 * 10 + 2 * 100);
  });
});
