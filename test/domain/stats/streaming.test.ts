import { describe, expect, it } from "vitest";
import type { Post, PostKind } from "../../../src/domain/post.js";
import { createStatsAccumulator } from "../../../src/domain/stats/index.js";

const T0 = Date.UTC(2026, 0, 15, 18, 0);
const COUNT = 200_000;
const AUTHORS = 5_000;
const KINDS: PostKind[] = [
  "repost",
  "reply",
  "reply",
  "reply",
  "quote",
  "original",
  "original",
  "original",
  "original",
  "original",
];

/**
 * Posts made one at a time and dropped after `add`: nothing holds them but the engine (no timing here; speed
 * and memory are measured by the benchmarks). Post i: author user(i mod 5000), kind KINDS[i mod 10], likes
 * i mod 7, reposts i mod 3, one post every 18 ms (200,000 posts = one hour), answering A((i mod 5) + 1).
 */
function* generatedPosts(): Generator<Post> {
  for (let index = 0; index < COUNT; index += 1) {
    yield {
      network: "x",
      externalId: String(index),
      authorHandle: `user${index % AUTHORS}`,
      authorName: null,
      authorFollowers: 100,
      text: `A${(index % 5) + 1}: coffee break idea number ${index % 100} #chat`,
      createdAt: new Date(T0 + index * 18),
      kind: KINDS[index % 10]!,
      replyToId: null,
      replyToHandle: null,
      referencedId: null,
      conversationId: null,
      likes: index % 7,
      reposts: index % 3,
      replies: 0,
      quotes: 0,
      impressions: null,
      url: null,
      hashtags: ["chat"],
      mentions: [],
    };
  }
}

describe("GIVEN 200,000 generated posts streamed one by one", () => {
  it("THEN every count comes out right", () => {
    const accumulator = createStatsAccumulator({ hashtag: "chat", hosts: [] });
    for (const post of generatedPosts()) accumulator.add(post);
    const report = accumulator.finish();

    // Expected engagement: a plain loop over the same formula, non-reposts (i mod 10 != 0) only.
    let engagement = 0;
    for (let index = 0; index < COUNT; index += 1)
      if (index % 10 !== 0) engagement += (index % 7) + (index % 3);

    expect(report.posts).toEqual({
      total: 200_000,
      original: 100_000,
      replies: 60_000,
      reposts: 20_000,
      quotes: 20_000,
    });
    expect(report.contributors.unique).toBe(AUTHORS);
    expect(report.engagement.total).toBe(engagement);
    expect(report.reach).toMatchObject({
      potential: 500_000,
      potentialImpressions: 20_000_000,
      impressions: null,
    });
    // Post i answers A((i mod 5) + 1): 40,000 per number, but the 20,000 reposts (i mod 10 = 0, hence
    // i mod 5 = 0) all carry "A1" and are no answers: A1 has 20,000, A2..A5 40,000 each.
    expect(report.questions.map((question) => question.answers)).toEqual([
      20_000, 40_000, 40_000, 40_000, 40_000,
    ]);
    expect(report.topics.terms.slice(0, 3)).toEqual([
      { term: "break", count: 180_000 },
      { term: "coffee", count: 180_000 },
      { term: "idea", count: 180_000 },
    ]);
    expect(report.timeline.bucketMinutes).toBe(1);
    expect(report.timeline.buckets).toHaveLength(60);
    expect(report.approximate).toEqual([]);
  });
});
