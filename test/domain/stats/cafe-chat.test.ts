import { describe, expect, it } from "vitest";
import { computeReport } from "../../../src/domain/stats/index.js";
import { CAFE_CHAT, CAFE_CONTEXT } from "./cafe-chat.js";

/*
 * Hand derivations for the #CafeChat edition of cafe-chat.ts (22 posts, p01..p22).
 *
 * Kinds: originals p01 p02 p06 p09 p11 p13 p14 p15 p17 p19 p20 p22 = 12; replies p03 p04 p07 p10 p12 p16
 * p21 = 7; reposts p05 p18 = 2; quotes p08 = 1; total 22.
 *
 * Engagement per non-repost post (likes+reposts+replies+quotes): p01 2, p02 5+2+3=10, p03 4+1=5, p04 1,
 * p06 3+1+1+1=6, p07 2, p08 3, p09 1, p11 2, p13 2, p14 6+3+1=10, p16 2+1=3, p17 1, p20 1, others 0.
 * likes 2+5+4+1+3+2+3+1+2+2+6+2+1+1 = 35; reposts 2+1+1+3+1 = 8; replies 3+1+1 = 5; quotes 1; total 49.
 * The reposts p05 (carrying p02's 5/2/3) and p18 (carrying p16's 2/1) add nothing.
 * Impressions only on p02 (1000) and p03 (400): 1400; engagement over those two 10+5 = 15; rate 15/1400.
 *
 * Authors (posts / followers / engagement): Host p01 p02 p06 p14 p15 = 5 / 1000 / 2+10+6+10+0 = 28;
 * alice p03 p08 p10 p18 p22 = 5 / 200 / 5+3+0+0 = 8 (p18 is a repost); bob p04 p09 p16 p20 = 4 / 50 /
 * 1+1+3+1 = 6; dan p05 p11 p12 = 3 / max(300, 350) = 350 / 2; chloe p07 p13 = 2 / null / 4; eve p17 p19
 * p21 = 3 / 80 / 1. Unique 6; previous {alice, host, zoe}: returning 2 (alice, host), new 4.
 * Potential reach 1000+200+50+350+0+80 = 1680; potential impressions 5*1000 + 5*200 + 4*50 + 3*350 + 2*0
 * + 3*80 = 7490.
 *
 * Questions: Q1 = p02, answered by p03 (A1), p04 (@host A1), p22 (A1 (bis)): 3 answers, 2 answerers
 * (alice, bob), engagement 5+1+0 = 6. Q2 = p06, answered by p07 (R2 -), p08 (A2): 2, 2, 2+3 = 5. Q3 = p14
 * (p15 is the host's later reminder), answered by p16 (A3:), p17 (A3 -): 2, 2, 3+1 = 4; the repost p18 does
 * not count. A4 (p19) has no question: text null, 1 answer, 1 answerer, 0 engagement.
 *
 * Unanswered (non-host, non-repost, "?" outside URLs, no reply from someone else): p08's "?" is in a URL;
 * p09 was answered by alice (p10); p11 only by dan himself (p12): kept; p13 ("sacré ?"): kept; p17, an
 * answer that also asks "Who tried?": kept. Sorted by time: p11 18:18, p13 18:20, p17 18:31.
 *
 * Mentions (every post, reposts included, once per post): host in p04 and p05 (RT @Host) = 2; bob in p10,
 * p18 (RT @bob) and p21 = 3. Co-hashtags (cafechat excluded): tools p09 p16 p18 = 3, café p13 = 1,
 * remotework p03 = 1 (ties in code-unit order: "café" < "remotework").
 *
 * Timeline: 18:00 to 19:20 spans 80 min (<= 3 h): 1-minute buckets, 81 of them. p03 p04 p05 fall in 18:04:
 * the peak, 3 posts. After-party (after 19:00): p20 (bob) and p21 (eve): 2 posts, 2 contributors.
 *
 * Top posts (engagement desc, ties by id): p02 10, p14 10, p06 6, p03 5, p08 3, p16 3, p01 2, p07 2, p11 2,
 * p13 2 (p04 p09 p17 p20 with 1 are 11th-14th).
 *
 * Topics (reposts excluded; once per post): "coffee" in p02 p03 p04 p08 p09 p10 p14 p16 p17 p22 = 10;
 * "remote" p02 p03 p04 p14 = 4; "break" p14 p16 p17 = 3; "breaks" p02 p03 p04 = 3; "work" p02 p03 p04 = 3;
 * "café" p07 p13 = 2 (the #café hashtag in p13 is not a word); "roulette" p09 p10 = 2; "tip" p14 p15 = 2.
 * Phrases: "coffee break" p14 p16 p17 = 3; "coffee breaks" p02 p03 p04 = 3; "remote work" p02 p03 p04 = 3;
 * "coffee roulette" p09 p10 = 2 ("coffee roulette tool" also gives "roulette tool", 1).
 *
 * Headline: posts 22, contributors 6, engagement 49, potential reach 1680, impressions 1400, questions 3,
 * answers 3+2+2+1 = 8, unanswered 3, new contributors 4. Previous: 20, 4, 50, 1000, null, 2, 5, 0, 2.
 */
describe("GIVEN the #CafeChat edition WHEN its report is computed", () => {
  const report = computeReport(CAFE_CHAT, CAFE_CONTEXT);

  it("THEN posts are counted by kind", () => {
    expect(report.posts).toEqual({ total: 22, original: 12, replies: 7, reposts: 2, quotes: 1 });
  });

  it("THEN engagement sums non-repost posts only, and the rate uses the posts with impressions", () => {
    expect(report.engagement).toEqual({
      likes: 35,
      reposts: 8,
      replies: 5,
      quotes: 1,
      total: 49,
      rate: 15 / 1400,
      bookmarks: null,
      shares: null,
      xEngagements: null,
      xRate: null,
    });
  });

  it("THEN reach gives potential figures from the highest known followers, and real impressions", () => {
    expect(report.reach).toMatchObject({ potential: 1680, potentialImpressions: 7490, impressions: 1400 });
  });

  it("THEN contributors are split into new and returning against previous editions", () => {
    expect(report.contributors.unique).toBe(6);
    expect(report.contributors.new).toBe(4);
    expect(report.contributors.returning).toBe(2);
  });

  it("THEN top contributors are ranked, ties broken by handle, unknown followers left out", () => {
    const handles = (list: { handle: string }[]) => list.map((entry) => entry.handle);
    expect(handles(report.contributors.topByPosts)).toEqual(["alice", "Host", "bob", "dan", "eve", "chloe"]);
    expect(handles(report.contributors.topByEngagement)).toEqual([
      "Host",
      "alice",
      "bob",
      "chloe",
      "dan",
      "eve",
    ]);
    expect(handles(report.contributors.topByFollowers)).toEqual(["Host", "dan", "alice", "eve", "bob"]);
    expect(report.contributors.topByPosts[0]).toEqual({
      network: "x",
      handle: "alice",
      name: "Alice",
      followers: 200,
      posts: 5,
      engagement: 8,
    });
    expect(report.contributors.topByEngagement[3]).toMatchObject({
      handle: "chloe",
      name: "Chloé",
      followers: null,
    });
  });

  it("THEN the top posts are ranked by engagement, reposts excluded", () => {
    expect(report.topPosts.map((top) => [top.externalId, top.engagement])).toEqual([
      ["p02", 10],
      ["p14", 10],
      ["p06", 6],
      ["p03", 5],
      ["p08", 3],
      ["p16", 3],
      ["p01", 2],
      ["p07", 2],
      ["p11", 2],
      ["p13", 2],
    ]);
    expect(report.topPosts[0]).toEqual({
      network: "x",
      externalId: "p02",
      authorHandle: "Host",
      text: "Q1: What does remote work change for coffee breaks? #CafeChat",
      createdAt: "2026-01-15T18:02:00.000Z",
      engagement: 10,
      likes: 5,
      reposts: 2,
      replies: 3,
      quotes: 0,
      impressions: 1000,
      url: "https://x.com/Host/status/p02",
    });
  });

  it("THEN each host question lists its answers, and an answer without a question keeps its number", () => {
    expect(
      report.questions.map(({ number, externalId, answers, answerers, engagement }) => ({
        number,
        externalId,
        answers,
        answerers,
        engagement,
      })),
    ).toEqual([
      { number: 1, externalId: "p02", answers: 3, answerers: 2, engagement: 6 },
      { number: 2, externalId: "p06", answers: 2, answerers: 2, engagement: 5 },
      { number: 3, externalId: "p14", answers: 2, answerers: 2, engagement: 4 },
      { number: 4, externalId: null, answers: 1, answerers: 1, engagement: 0 },
    ]);
    expect(report.questions[2]).toMatchObject({
      text: "Q3. Your best tip for a remote coffee break? #CafeChat",
      postedAt: "2026-01-15T18:25:00.000Z",
      network: "x",
    });
    expect(report.questions[3]).toMatchObject({ text: null, postedAt: null, url: null, network: null });
  });

  it("THEN questions nobody else replied to are left hanging, oldest first", () => {
    expect(report.unanswered.map((left) => left.externalId)).toEqual(["p11", "p13", "p17"]);
    expect(report.unanswered[1]).toEqual({
      network: "x",
      externalId: "p13",
      authorHandle: "chloe",
      text: "Pourquoi le café du matin est-il sacré ? #CafeChat #café",
      createdAt: "2026-01-15T18:20:00.000Z",
      url: null,
    });
  });

  it("THEN mentions and co-hashtags are counted once per post, the chat's own hashtag excluded", () => {
    expect(report.mentions).toEqual([
      { handle: "bob", count: 3 },
      { handle: "host", count: 2 },
    ]);
    expect(report.hashtags).toEqual([
      { tag: "tools", count: 3 },
      { tag: "café", count: 1 },
      { tag: "remotework", count: 1 },
    ]);
  });

  it("THEN the timeline has one-minute buckets from the first to the last post, and a peak", () => {
    expect(report.timeline.bucketMinutes).toBe(1);
    expect(report.timeline.buckets).toHaveLength(81);
    expect(report.timeline.buckets[0]).toEqual({ start: "2026-01-15T18:00:00.000Z", posts: 1 });
    expect(report.timeline.buckets[1]).toEqual({ start: "2026-01-15T18:01:00.000Z", posts: 0 });
    expect(report.timeline.buckets.reduce((sum, bucket) => sum + bucket.posts, 0)).toBe(22);
    expect(report.peak).toEqual({ start: "2026-01-15T18:04:00.000Z", posts: 3, bucketMinutes: 1 });
    expect(report.window).toEqual({ first: "2026-01-15T18:00:00.000Z", last: "2026-01-15T19:20:00.000Z" });
  });

  it("THEN posts after the official end count for the after-party", () => {
    expect(report.afterParty).toEqual({ posts: 2, contributors: 2, since: "2026-01-15T19:00:00.000Z" });
  });

  it("THEN recurring words and phrases come out, stop words, markers, hashtags and URLs left out", () => {
    expect(report.topics.terms.slice(0, 8)).toEqual([
      { term: "coffee", count: 10 },
      { term: "remote", count: 4 },
      { term: "break", count: 3 },
      { term: "breaks", count: 3 },
      { term: "work", count: 3 },
      { term: "café", count: 2 },
      { term: "roulette", count: 2 },
      { term: "tip", count: 2 },
    ]);
    expect(report.topics.phrases.slice(0, 4)).toEqual([
      { term: "coffee break", count: 3 },
      { term: "coffee breaks", count: 3 },
      { term: "remote work", count: 3 },
      { term: "coffee roulette", count: 2 },
    ]);
    const words = report.topics.terms.map((entry) => entry.term);
    for (const left of ["cafechat", "a1", "q1", "the", "est-il", "chat", "https", "tools"]) {
      expect(words).not.toContain(left);
    }
  });

  it("THEN the trend compares each headline figure with the previous edition", () => {
    expect(report.trend).toEqual({
      posts: { current: 22, previous: 20, change: 2, changePct: 10 },
      contributors: { current: 6, previous: 4, change: 2, changePct: 50 },
      engagement: { current: 49, previous: 50, change: -1, changePct: -2 },
      potentialReach: { current: 1680, previous: 1000, change: 680, changePct: 68 },
      impressions: { current: 1400, previous: null, change: null, changePct: null },
      questions: { current: 3, previous: 2, change: 1, changePct: 50 },
      answers: { current: 8, previous: 5, change: 3, changePct: 60 },
      unanswered: { current: 3, previous: 0, change: 3, changePct: null },
      newContributors: { current: 4, previous: 2, change: 2, changePct: 100 },
    });
  });

  it("THEN the context is echoed normalised and nothing is approximate", () => {
    expect(report.hashtag).toBe("cafechat");
    expect(report.hosts).toEqual(["host"]);
    expect(report.approximate).toEqual([]);
    expect(report.ignoredPosts).toBe(0);
  });
});
