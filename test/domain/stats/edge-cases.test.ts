import { describe, expect, it } from "vitest";
import { computeReport, createStatsAccumulator } from "../../../src/domain/stats/index.js";
import type { ReportContext } from "../../../src/domain/stats/report.js";
import { at, post, repost } from "./factory.js";

const CONTEXT: ReportContext = { hashtag: "#chat", hosts: ["host"] };

describe("GIVEN no posts", () => {
  it("THEN the report holds zeros, empty lists and nulls", () => {
    expect(computeReport([], CONTEXT)).toEqual({
      window: null,
      hashtag: "chat",
      hosts: ["host"],
      posts: { total: 0, original: 0, replies: 0, reposts: 0, quotes: 0 },
      contributors: {
        unique: 0,
        new: null,
        returning: null,
        topByPosts: [],
        topByEngagement: [],
        topByFollowers: [],
      },
      engagement: {
        likes: 0,
        reposts: 0,
        replies: 0,
        quotes: 0,
        total: 0,
        rate: null,
        bookmarks: null,
        shares: null,
        xEngagements: null,
        xRate: null,
      },
      reach: {
        potential: null,
        potentialImpressions: null,
        potentialImpressionsWithReplies: null,
        impressions: null,
      },
      topPosts: [],
      mentions: [],
      hashtags: [],
      timeline: { bucketMinutes: 1, buckets: [] },
      peak: null,
      questions: [],
      likelyHost: null,
      unanswered: [],
      participantQuestions: 0,
      topics: { terms: [], phrases: [] },
      afterParty: null,
      trend: null,
      approximate: [],
      ignoredPosts: 0,
      unmatchedHosts: ["host"],
      account: null,
      repliesKnown: true,
    });
  });

  it("AND a window, previous contributors and a previous headline THEN after-party and new are zero, trend falls", () => {
    const report = computeReport([], {
      ...CONTEXT,
      window: { startsAt: at(0), endsAt: at(60) },
      previousContributors: new Set(["x:alice"]),
      previous: {
        posts: 10,
        contributors: 0,
        engagement: 0,
        potentialReach: 0,
        impressions: null,
        questions: 0,
        answers: 0,
        unanswered: 0,
        newContributors: null,
      },
    });
    expect(report.afterParty).toEqual({ posts: 0, contributors: 0, since: "2026-01-15T19:00:00.000Z" });
    expect(report.contributors.new).toBe(0);
    expect(report.contributors.returning).toBe(0);
    expect(report.trend?.posts).toEqual({ current: 0, previous: 10, change: -10, changePct: -100 });
    expect(report.trend?.contributors).toEqual({ current: 0, previous: 0, change: 0, changePct: null });
    expect(report.trend?.newContributors).toEqual({
      current: 0,
      previous: null,
      change: null,
      changePct: null,
    });
  });
});

describe("GIVEN one post", () => {
  const report = computeReport(
    [
      post({
        externalId: "1",
        createdAt: at(5, 30),
        likes: 3,
        authorFollowers: 120,
        text: "Lovely #chat weather",
      }),
    ],
    CONTEXT,
  );

  it("THEN it is the whole timeline, the peak and the top post", () => {
    expect(report.posts.total).toBe(1);
    expect(report.window).toEqual({ first: "2026-01-15T18:05:30.000Z", last: "2026-01-15T18:05:30.000Z" });
    expect(report.timeline).toEqual({
      bucketMinutes: 1,
      buckets: [{ start: "2026-01-15T18:05:00.000Z", posts: 1 }],
    });
    expect(report.peak).toEqual({ start: "2026-01-15T18:05:00.000Z", posts: 1, bucketMinutes: 1 });
    expect(report.topPosts.map((top) => top.externalId)).toEqual(["1"]);
    expect(report.reach).toMatchObject({ potential: 120, potentialImpressions: 120, impressions: null });
    expect(report.topics.terms).toEqual([
      { term: "lovely", count: 1 },
      { term: "weather", count: 1 },
    ]);
    expect(report.topics.phrases).toEqual([]);
  });
});

describe("GIVEN only reposts", () => {
  const original = post({ externalId: "o", likes: 50, reposts: 9, text: "Big news #chat #launch" });
  const report = computeReport(
    [
      repost(original, { externalId: "r1", authorHandle: "bob", authorFollowers: 10 }),
      repost(original, { externalId: "r2", authorHandle: "carol", authorFollowers: 20 }),
    ],
    CONTEXT,
  );

  it("THEN reposters are contributors but the carried counts are not engagement", () => {
    expect(report.posts).toEqual({ total: 2, original: 0, replies: 0, reposts: 2, quotes: 0 });
    expect(report.contributors.unique).toBe(2);
    expect(report.engagement.total).toBe(0);
    expect(report.topPosts).toEqual([]);
    expect(report.contributors.topByEngagement).toEqual([]);
    expect(report.topics).toEqual({ terms: [], phrases: [] });
    // Reposts still spread the original's hashtags and mention its author: 2 posts each.
    expect(report.hashtags).toEqual([{ tag: "launch", count: 2 }]);
    expect(report.mentions).toEqual([{ handle: "alice", count: 2 }]);
    expect(report.reach).toMatchObject({ potential: 30, potentialImpressions: 30, impressions: null });
  });
});

describe("GIVEN the same post added twice", () => {
  it("THEN it counts once, with the later copy's counts", () => {
    const first = post({ externalId: "1", likes: 5, reposts: 1, impressions: 100, text: "A1: yes #chat" });
    const refreshed = { ...first, likes: 8, reposts: 0, impressions: 300 };
    const report = computeReport([first, refreshed], CONTEXT);
    expect(report.posts.total).toBe(1);
    expect(report.contributors.topByPosts[0]?.posts).toBe(1);
    expect(report.engagement).toEqual({
      likes: 8,
      reposts: 0,
      replies: 0,
      quotes: 0,
      total: 8,
      rate: 8 / 300,
      bookmarks: null,
      shares: null,
      xEngagements: null,
      xRate: null,
    });
    expect(report.reach.impressions).toBe(300);
    expect(report.topPosts.map((top) => [top.externalId, top.engagement, top.likes])).toEqual([["1", 8, 8]]);
    expect(report.contributors.topByEngagement[0]?.engagement).toBe(8);
    expect(report.questions).toMatchObject([{ number: 1, answers: 1, answerers: 1, engagement: 8 }]);
    expect(report.topics.terms).toEqual([]);
    expect(report.timeline.buckets).toEqual([{ start: "2026-01-15T18:00:00.000Z", posts: 1 }]);
  });

  it("AND the later copy has lower counts THEN they replace the earlier ones", () => {
    const first = post({ externalId: "1", likes: 9 });
    const report = computeReport([first, { ...first, likes: 2 }], CONTEXT);
    expect(report.engagement.total).toBe(2);
    expect(report.topPosts[0]?.engagement).toBe(2);
  });

  it("AND a later copy drops to zero engagement THEN it leaves the top posts", () => {
    const first = post({ externalId: "1", likes: 9 });
    const report = computeReport([first, { ...first, likes: 0 }], CONTEXT);
    expect(report.topPosts).toEqual([]);
  });

  it("AND the copy spells the handle differently THEN it is still one author with one post", () => {
    const first = post({ externalId: "1", authorHandle: "Alice", likes: 2 });
    const report = computeReport([first, { ...first, authorHandle: "alice", likes: 3 }], CONTEXT);
    expect(report.contributors.unique).toBe(1);
    expect(report.contributors.topByPosts).toMatchObject([{ posts: 1, engagement: 3 }]);
  });

  it("AND the same id comes from two networks THEN they are two posts", () => {
    const report = computeReport(
      [post({ externalId: "1" }), post({ externalId: "1", network: "mastodon" })],
      CONTEXT,
    );
    expect(report.posts.total).toBe(2);
    expect(report.contributors.unique).toBe(2);
  });
});

describe("GIVEN authors whose followers are unknown", () => {
  it("THEN potential figures count them as zero and they leave the followers ranking", () => {
    const report = computeReport(
      [
        post({ externalId: "1", authorHandle: "nofollow" }),
        post({ externalId: "2", authorHandle: "known", authorFollowers: 40 }),
      ],
      CONTEXT,
    );
    expect(report.reach.potential).toBe(40);
    expect(report.contributors.topByFollowers.map((entry) => entry.handle)).toEqual(["known"]);
    expect(report.contributors.topByPosts.find((entry) => entry.handle === "nofollow")?.followers).toBeNull();
  });

  it("AND one post of an author says and another does not THEN the known figure is used for both posts", () => {
    const report = computeReport(
      [post({ externalId: "1", authorFollowers: 70 }), post({ externalId: "2", authorFollowers: null })],
      CONTEXT,
    );
    expect(report.reach).toMatchObject({ potential: 70, potentialImpressions: 140, impressions: null });
  });
});

describe("GIVEN impressions on some posts only", () => {
  it("THEN impressions sum the known ones and the rate uses the same posts", () => {
    // p1: engagement 10 over 200 impressions; p2: engagement 30, impressions unknown; p3: 0 over 50.
    const report = computeReport(
      [
        post({ externalId: "1", likes: 10, impressions: 200 }),
        post({ externalId: "2", likes: 30 }),
        post({ externalId: "3", impressions: 50 }),
      ],
      CONTEXT,
    );
    expect(report.reach.impressions).toBe(250);
    expect(report.engagement.total).toBe(40);
    expect(report.engagement.rate).toBe(10 / 250);
  });

  it("AND they are all zero THEN the rate is null rather than a division by zero", () => {
    const report = computeReport([post({ externalId: "1", likes: 3, impressions: 0 })], CONTEXT);
    expect(report.reach.impressions).toBe(0);
    expect(report.engagement.rate).toBeNull();
  });
});

describe("GIVEN a post whose date is invalid", () => {
  it("THEN it is not counted and the report says how many were ignored", () => {
    const report = computeReport(
      [post({ externalId: "1", createdAt: new Date(Number.NaN) }), post({ externalId: "2" })],
      CONTEXT,
    );
    expect(report.posts.total).toBe(1);
    expect(report.ignoredPosts).toBe(1);
  });
});

describe("GIVEN bad counts from a source", () => {
  it("THEN negative and non-finite counts read as zero", () => {
    const report = computeReport(
      [post({ externalId: "1", likes: -4, reposts: Number.NaN, replies: 2 })],
      CONTEXT,
    );
    expect(report.engagement).toMatchObject({ likes: 0, reposts: 0, replies: 2, total: 2 });
  });
});

describe("GIVEN an accumulator", () => {
  it("WHEN finish is called midway THEN later adds still count", () => {
    const accumulator = createStatsAccumulator(CONTEXT);
    accumulator.add(post({ externalId: "1" }));
    expect(accumulator.finish().posts.total).toBe(1);
    accumulator.add(post({ externalId: "2" }));
    expect(accumulator.finish().posts.total).toBe(2);
  });

  it("WHEN topN is 2 THEN every top list has at most 2 entries", () => {
    const posts = ["a", "b", "c"].map((handle, index) =>
      post({
        externalId: `${index}`,
        authorHandle: handle,
        authorFollowers: 10,
        likes: 1,
        text: `#t${index} @m${index} word${index}`,
      }),
    );
    const report = computeReport(posts, { ...CONTEXT, topN: 2 });
    for (const list of [
      report.topPosts,
      report.mentions,
      report.hashtags,
      report.topics.terms,
      report.contributors.topByPosts,
      report.contributors.topByEngagement,
      report.contributors.topByFollowers,
    ]) {
      expect(list).toHaveLength(2);
    }
  });

  it("WHEN previous contributor keys are typed in mixed case THEN they still match", () => {
    const report = computeReport([post({ externalId: "1", authorHandle: "Alice" })], {
      ...CONTEXT,
      previousContributors: new Set(["x:ALICE"]),
    });
    expect(report.contributors.returning).toBe(1);
  });
});

describe("GIVEN one post repeating words, phrases, mentions and hashtags", () => {
  it("THEN each counts once for that post", () => {
    const report = computeReport(
      [
        post({
          externalId: "1",
          text: "coffee break, coffee break! coffee #tools #Tools @bob @Bob",
          hashtags: ["tools", "Tools"],
          mentions: ["bob", "Bob"],
        }),
      ],
      CONTEXT,
    );
    expect(report.topics.terms).toEqual([
      { term: "break", count: 1 },
      { term: "coffee", count: 1 },
    ]);
    expect(report.topics.phrases).toEqual([{ term: "coffee break", count: 1 }]);
    expect(report.hashtags).toEqual([{ tag: "tools", count: 1 }]);
    expect(report.mentions).toEqual([{ handle: "bob", count: 1 }]);
  });
});

describe("GIVEN a loosely typed context", () => {
  it("THEN hosts are trimmed, lower-cased, deduplicated and sorted, a bare # is no hashtag, a negative topN is 0", () => {
    const report = computeReport([post({ externalId: "1", likes: 1, text: "coffee #tea" })], {
      hashtag: "#",
      hosts: [" @Zed ", "host", "@HOST", ""],
      topN: -3,
    });
    expect(report.hosts).toEqual(["host", "zed"]);
    expect(report.hashtag).toBeNull();
    expect(report.topPosts).toEqual([]);
    expect(report.hashtags).toEqual([]);
    expect(report.topics.terms).toEqual([]);
  });
});

describe("GIVEN a post at the exact end of the window", () => {
  it("THEN it is not after-party; one a millisecond later is", () => {
    const endsAt = at(60);
    const report = computeReport(
      [
        post({ externalId: "1", createdAt: endsAt }),
        post({ externalId: "2", authorHandle: "bob", createdAt: new Date(endsAt.getTime() + 1) }),
      ],
      { ...CONTEXT, window: { startsAt: at(0), endsAt } },
    );
    expect(report.afterParty).toEqual({ posts: 1, contributors: 1, since: "2026-01-15T19:00:00.000Z" });
  });
});

describe("GIVEN posts from a source without follower counts (analytics export, tweets.js)", () => {
  const report = computeReport(
    [
      post({ externalId: "a1", authorHandle: "host" }),
      post({ externalId: "a2", authorHandle: "host", impressions: 900 }),
    ],
    CONTEXT,
  );

  it("THEN potential reach is unknown (null), never a misleading 0, while measured impressions stay", () => {
    expect(report.reach).toMatchObject({ potential: null, potentialImpressions: null, impressions: 900 });
  });
});
