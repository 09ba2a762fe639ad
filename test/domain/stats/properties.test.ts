import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NETWORKS, POST_KINDS, type Post } from "../../../src/domain/post.js";
import { computeReport } from "../../../src/domain/stats/index.js";
import type { ReportContext } from "../../../src/domain/stats/report.js";
import { MAX_BUCKETS } from "../../../src/domain/stats/timeline.js";
import { extractHashtags, extractMentions } from "../../../src/domain/text.js";

const T0 = Date.UTC(2026, 0, 15, 18, 0);
const HOUR = 3_600_000;

const WORDS = [
  "coffee",
  "break",
  "remote",
  "work",
  "café",
  "équipe",
  "the",
  "and",
  "why?",
  "pourquoi ?",
  "Q1:",
  "Q2 -",
  "A1",
  "A2:",
  "R2 -",
  "A1C",
  "https://x.y/?a=1",
  "#chat",
  "#Tools",
  "#café",
  "@bob",
  "@Host",
  ".",
  "!",
  "🎉",
];

const postArbitrary: fc.Arbitrary<Post> = fc
  .record({
    network: fc.constantFrom(...NETWORKS),
    externalId: fc.integer({ min: 1, max: 300 }).map(String),
    authorHandle: fc.constantFrom("alice", "Alice", "bob", "host", "Host", "zoé"),
    authorName: fc.option(fc.constantFrom("A", "B", "Zoé"), { nil: null }),
    authorFollowers: fc.option(fc.nat(10_000), { nil: null }),
    words: fc.array(fc.constantFrom(...WORDS), { maxLength: 10 }),
    // Whole minutes within an hour (so equal times, and the tie rules, are common), sometimes whole hours
    // over three days, to cross the bucket thresholds.
    offset: fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: 60 }).map((minutes) => minutes * 60_000), weight: 9 },
      { arbitrary: fc.integer({ min: 0, max: 72 }).map((hours) => hours * HOUR), weight: 1 },
    ),
    kind: fc.constantFrom(...POST_KINDS),
    replyToId: fc.option(fc.integer({ min: 1, max: 300 }).map(String), { nil: null }),
    likes: fc.nat(50),
    reposts: fc.nat(20),
    replies: fc.nat(20),
    quotes: fc.nat(5),
    impressions: fc.option(fc.nat(5_000), { nil: null }),
  })
  .map(({ words, offset, ...fields }) => {
    const text = words.join(" ");
    return {
      ...fields,
      text,
      createdAt: new Date(T0 + offset),
      replyToHandle: null,
      referencedId: null,
      conversationId: null,
      url: null,
      hashtags: extractHashtags(text),
      mentions: extractMentions(text),
    };
  });

/** Posts with distinct network+id keys (so "the later copy wins" never comes into play). */
const postsArbitrary = fc.uniqueArray(postArbitrary, {
  selector: (post) => `${post.network}:${post.externalId}`,
  maxLength: 150,
  size: "medium",
});

const contextArbitrary: fc.Arbitrary<ReportContext> = fc.record({
  hashtag: fc.constantFrom("#chat", null),
  hosts: fc.constant(["@host"]),
  window: fc.constant({ startsAt: new Date(T0), endsAt: new Date(T0 + HOUR / 2) }),
  previousContributors: fc.option(fc.constant(new Set(["x:alice", "bluesky:bob"])), { nil: null }),
  previous: fc.constant(null),
  topN: fc.integer({ min: 0, max: 6 }),
});

describe("GIVEN arbitrary posts", () => {
  it("THEN kinds add up to the total, contributors never exceed posts, engagement adds up, buckets hold every post", () => {
    fc.assert(
      fc.property(postsArbitrary, contextArbitrary, (posts, context) => {
        const report = computeReport(posts, context);
        const { total, original, replies, reposts, quotes } = report.posts;
        expect(total).toBe(posts.length);
        expect(original + replies + reposts + quotes).toBe(total);
        expect(report.contributors.unique).toBeLessThanOrEqual(total);
        const engagement = report.engagement;
        expect(engagement.total).toBe(
          engagement.likes + engagement.reposts + engagement.replies + engagement.quotes,
        );
        expect(report.timeline.buckets.reduce((sum, bucket) => sum + bucket.posts, 0)).toBe(total);
        expect(report.timeline.buckets.length).toBeLessThanOrEqual(MAX_BUCKETS);
        expect(report.topPosts.length).toBeLessThanOrEqual(context.topN ?? 10);
        const sorted = [...report.topPosts].sort((a, b) => b.engagement - a.engagement);
        expect(report.topPosts.map((top) => top.engagement)).toEqual(sorted.map((top) => top.engagement));
      }),
      { numRuns: 300 },
    );
  });

  it("WHEN added in any order THEN the report is the same", () => {
    const shuffled = postsArbitrary.chain((posts) =>
      fc.tuple(
        fc.constant(posts),
        fc.shuffledSubarray(posts, { minLength: posts.length, maxLength: posts.length }),
      ),
    );
    fc.assert(
      fc.property(shuffled, contextArbitrary, ([posts, reordered], context) => {
        expect(computeReport(reordered, context)).toEqual(computeReport(posts, context));
      }),
      { numRuns: 300 },
    );
  });

  it("WHEN every post is added twice THEN the report is the same as adding each once", () => {
    fc.assert(
      fc.property(postsArbitrary, contextArbitrary, (posts, context) => {
        expect(computeReport([...posts, ...posts], context)).toEqual(computeReport(posts, context));
      }),
      { numRuns: 200 },
    );
  });
});
