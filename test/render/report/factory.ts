/** Reports built by hand: the renderers' input, without running the stats engine. */
import type {
  ContributorEntry,
  Headline,
  QuestionStat,
  Report,
  Trend,
  TrendFigure,
  UnansweredPost,
} from "../../../src/domain/stats/report.js";

export function contributor(handle: string, posts: number, more: Partial<ContributorEntry> = {}) {
  return {
    network: "x",
    handle,
    name: null,
    followers: 1000,
    posts,
    engagement: posts * 3,
    ...more,
  } as const;
}

export function question(number: number, more: Partial<QuestionStat> = {}): QuestionStat {
  return {
    number,
    text: `Q${number}: what did you learn this week?`,
    postedAt: `2025-03-04T17:0${number % 10}:00.000Z`,
    network: "x",
    externalId: `10${number}`,
    url: `https://x.com/host/status/10${number}`,
    answers: 10 * number,
    answerers: 5 * number,
    engagement: 40 * number,
    ...more,
  };
}

export function unanswered(index: number, more: Partial<UnansweredPost> = {}): UnansweredPost {
  return {
    network: "x",
    externalId: String(9_000_000_000_000_000_000n + BigInt(index)),
    authorHandle: `asker_${index}`,
    text: `Does anyone know how to follow up on point ${index}?`,
    createdAt: new Date(Date.UTC(2025, 2, 4, 17, 10) + index * 1000).toISOString(),
    url: `https://x.com/asker_${index}/status/${index}`,
    ...more,
  };
}

function figure(current: number | null, previous: number | null): TrendFigure {
  const change = current === null || previous === null ? null : current - previous;
  const changePct = change === null || !previous ? null : (100 * change) / previous;
  return { current, previous, change, changePct };
}

/** The trend of `current` against `previous`, as the engine computes it. */
export function trendBetween(current: Headline, previous: Headline): Trend {
  const out = {} as Record<keyof Headline, TrendFigure>;
  for (const key of Object.keys(current) as Array<keyof Headline>)
    out[key] = figure(current[key], previous[key]);
  return out;
}

/** A one-hour chat on X, 18:00-19:04 in Paris (17:00-18:04 UTC), 1,234 posts, no previous edition. */
export function aReport(overrides: Partial<Report> = {}): Report {
  const buckets = Array.from({ length: 65 }, (_, minute) => ({
    start: new Date(Date.UTC(2025, 2, 4, 17, minute)).toISOString(),
    posts: minute === 20 ? 45 : 15 + (minute % 7),
  }));
  return {
    window: { first: "2025-03-04T17:00:00.000Z", last: "2025-03-04T18:04:00.000Z" },
    hashtag: "mychat",
    hosts: ["host"],
    posts: { total: 1234, original: 600, replies: 400, reposts: 200, quotes: 34 },
    contributors: {
      unique: 120,
      new: 30,
      returning: 90,
      topByPosts: [contributor("alice", 80, { name: "Alice A." }), contributor("bob_b", 60)],
      topByEngagement: [contributor("bob_b", 60, { engagement: 900 })],
      topByFollowers: [contributor("carol", 5, { followers: 250_000 })],
    },
    engagement: {
      likes: 2000,
      reposts: 300,
      replies: 400,
      quotes: 34,
      total: 2734,
      rate: 0.042,
      bookmarks: null,
      shares: null,
      xEngagements: null,
      xRate: null,
    },
    reach: {
      potential: 123_456,
      potentialImpressions: 2_345_678,
      potentialImpressionsWithReplies: 2_500_000,
      impressions: 65_095,
    },
    topPosts: [
      {
        network: "x",
        externalId: "555",
        authorHandle: "alice",
        text: "A1: ship small, ship often",
        createdAt: "2025-03-04T17:06:00.000Z",
        engagement: 120,
        likes: 100,
        reposts: 10,
        replies: 8,
        quotes: 2,
        impressions: 5000,
        url: "https://x.com/alice/status/555",
      },
    ],
    mentions: [{ handle: "bob_b", count: 12 }],
    hashtags: [{ tag: "devrel", count: 7 }],
    timeline: { bucketMinutes: 1, buckets },
    peak: { start: "2025-03-04T17:20:00.000Z", posts: 45, bucketMinutes: 1 },
    questions: [question(1), question(2), question(3)],
    likelyHost: null,
    unanswered: [unanswered(1), unanswered(2)],
    participantQuestions: 5,
    topics: { terms: [{ term: "feedback", count: 40 }], phrases: [{ term: "ship often", count: 9 }] },
    afterParty: { posts: 23, contributors: 9, since: "2025-03-04T18:00:00.000Z" },
    trend: null,
    approximate: [],
    ignoredPosts: 0,
    unmatchedHosts: [],
    account: null,
    repliesKnown: true,
    ...overrides,
  };
}

/** The headline of `aReport()` (what the trend compares). */
export const HEADLINE: Headline = {
  posts: 1234,
  contributors: 120,
  engagement: 2734,
  potentialReach: 123_456,
  impressions: 65_095,
  questions: 3,
  answers: 60,
  unanswered: 2,
  newContributors: 30,
};

/** No posts at all: what an edition looks like before anything was imported. */
export function emptyReport(): Report {
  return aReport({
    window: null,
    hosts: [],
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
    reach: { potential: 0, potentialImpressions: 0, potentialImpressionsWithReplies: 0, impressions: null },
    topPosts: [],
    mentions: [],
    hashtags: [],
    timeline: { bucketMinutes: 1, buckets: [] },
    peak: null,
    questions: [],
    unanswered: [],
    participantQuestions: 0,
    topics: { terms: [], phrases: [] },
    afterParty: null,
  });
}

const LONG = "word ".repeat(60).trim();

/** A stress case: 500 questions left hanging, 200 topics, 99 questions, long texts everywhere. */
export function hugeReport(): Report {
  const many = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  return aReport({
    contributors: {
      ...aReport().contributors,
      topByPosts: many(10).map((i) =>
        contributor(`contributor_with_a_long_handle_${i}`, 100 - i, { name: LONG }),
      ),
    },
    topPosts: many(10).map((i) => ({
      ...aReport().topPosts[0]!,
      externalId: String(i),
      text: `${LONG} ${i}`,
    })),
    questions: many(99).map((i) => question(i, { text: `Q${i}: ${LONG}` })),
    unanswered: many(500).map((i) => unanswered(i, { text: `${LONG}? ${i}` })),
    participantQuestions: 600,
    topics: {
      terms: many(200).map((i) => ({ term: `term-number-${i}`, count: 300 - i })),
      phrases: many(200).map((i) => ({ term: `a recurring phrase ${i}`, count: 300 - i })),
    },
    mentions: many(100).map((i) => ({ handle: `mentioned_${i}`, count: i })),
  });
}
