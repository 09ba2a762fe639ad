import { describe, expect, it } from "vitest";
import type { Post } from "../../../src/domain/post.js";
import { createStatsAccumulator, type Report } from "../../../src/domain/stats/index.js";
import { at, post } from "./factory.js";

// The expected post count only sizes tables (see IdMap): with any hint the report must be the one without.
// 3,000 posts and 1,500 replied-to ids fill the tables' first 512 entries, where the hint takes effect.
function posts(): Post[] {
  const list: Post[] = [];
  for (let i = 0; i < 3_000; i += 1) {
    const id = String(1_500_000_000_000_000_000n + BigInt(i));
    const repliesTo = i % 2 === 1 ? String(1_500_000_000_000_000_000n + BigInt(i - 1)) : null;
    list.push(
      post({
        externalId: id,
        authorHandle: `user${i % 97}`,
        text: i % 2 === 0 ? `Question ${i}?` : `Answer ${i}`,
        createdAt: at(0, i % 60),
        kind: repliesTo === null ? "original" : "reply",
        replyToId: repliesTo,
        replyToHandle: repliesTo === null ? null : `user${(i - 1) % 97}`,
        likes: i % 5,
      }),
    );
  }
  // Later copies of the first posts, with new counts: found again in the table of ids seen.
  for (let i = 0; i < 600; i += 1) list.push({ ...list[i]!, likes: 10 });
  return list;
}

function report(expectedPosts: number | undefined): Report {
  const stats = createStatsAccumulator({ hashtag: null, hosts: [] }, { expectedPosts });
  for (const each of posts()) stats.add(each);
  return stats.finish();
}

describe("GIVEN an expected post count", () => {
  it("WHEN it is right, too low, too high or not a number THEN the report is the one without it", () => {
    const without = report(undefined);
    expect(without.posts.total).toBe(3_000);
    expect(without.unanswered.length).toBe(0);
    for (const expectedPosts of [3_600, 700, 40_000, Number.NaN, Number.POSITIVE_INFINITY, -5])
      expect(report(expectedPosts)).toEqual(without);
  });
});
