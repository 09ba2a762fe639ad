import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeReport } from "../../../src/domain/stats/index.js";
import { MAX_BUCKETS } from "../../../src/domain/stats/timeline.js";
import { contextArbitrary, postsArbitrary } from "./arbitraries.js";

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
