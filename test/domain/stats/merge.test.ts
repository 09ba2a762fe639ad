import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Post, postKey } from "../../../src/domain/post.js";
import { BoundedCounter } from "../../../src/domain/stats/counter.js";
import {
  computeReport,
  createStatsAccumulator,
  mergeInto,
  mergeStates,
  type StatsState,
} from "../../../src/domain/stats/index.js";
import type { ReportContext } from "../../../src/domain/stats/report.js";
import { TermCounter } from "../../../src/domain/stats/term-counter.js";
import { contextArbitrary, postArbitrary, postsArbitrary } from "./arbitraries.js";

/** Each part through its own accumulator, its state cloned as a worker thread's message would be. */
function statesOf(parts: Post[][], context: ReportContext): StatsState[] {
  return parts.map((part) => {
    const accumulator = createStatsAccumulator(context);
    for (const post of part) accumulator.add(post);
    return structuredClone(accumulator.state());
  });
}

/** The posts cut at the given points (sorted, within bounds): consecutive ranges, in order. */
function split(posts: Post[], cuts: number[]): Post[][] {
  const points = [...new Set(cuts.map((cut) => cut % (posts.length + 1)))].sort((a, b) => a - b);
  const parts: Post[][] = [];
  let from = 0;
  for (const point of [...points, posts.length]) {
    parts.push(posts.slice(from, point));
    from = point;
  }
  return parts;
}

/** Whether a post key appears in two different parts. */
function sharesAPost(parts: Post[][]): boolean {
  const owner = new Map<string, number>();
  return parts.some((part, index) =>
    part.some((post) => {
      const key = postKey(post);
      const first = owner.get(key) ?? index;
      owner.set(key, first);
      return first !== index;
    }),
  );
}

/** Posts with repeated ids (duplicates, refreshed counts), split at random points into up to 6 parts. */
const splitPosts = fc.tuple(
  fc.array(postArbitrary, { maxLength: 150, size: "medium" }),
  fc.array(fc.nat(), { maxLength: 5 }),
);

/**
 * Posts with distinct keys split into parts, then within parts later copies of some of the part's posts
 * (other counts, another spelling of the handle): duplicates that never cross a part.
 */
const partsWithinDuplicates = fc
  .tuple(
    postsArbitrary,
    fc.array(fc.nat(), { maxLength: 5 }),
    fc.array(fc.tuple(fc.nat(), fc.nat(50), fc.boolean()), { maxLength: 20 }),
  )
  .map(([posts, cuts, copies]) => {
    const parts = split(posts, cuts);
    for (const [pick, likes, upper] of copies) {
      const part = parts[pick % parts.length]!;
      const original = part[pick % Math.max(1, part.length)];
      if (!original) continue;
      const handle = upper ? original.authorHandle.toUpperCase() : original.authorHandle;
      part.push({ ...original, likes, authorHandle: handle });
    }
    return parts;
  });

describe("GIVEN posts read in consecutive parts, each by its own accumulator", () => {
  it("WHEN no post is in two parts THEN the merged report is the one-pass report", () => {
    fc.assert(
      fc.property(partsWithinDuplicates, contextArbitrary, (parts, context) => {
        expect(mergeStates(context, statesOf(parts, context))).toEqual(computeReport(parts.flat(), context));
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it("WHEN the first part's own accumulator takes the others' states THEN its report is the one-pass report", () => {
    fc.assert(
      fc.property(partsWithinDuplicates, contextArbitrary, (parts, context) => {
        const first = createStatsAccumulator(context);
        for (const post of parts[0]!) first.add(post);
        const rest = statesOf(parts.slice(1), context);
        expect(mergeInto(first, rest)).toEqual(computeReport(parts.flat(), context));
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it("WHEN a post is in two parts THEN the merge declines (the caller reads them in one pass)", () => {
    fc.assert(
      fc.property(splitPosts, contextArbitrary, ([posts, cuts], context) => {
        const parts = split(posts, cuts);
        fc.pre(sharesAPost(parts));
        expect(mergeStates(context, statesOf(parts, context))).toBeNull();
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it("WHEN there is one part THEN the merged report is its report", () => {
    fc.assert(
      fc.property(fc.array(postArbitrary, { maxLength: 80 }), contextArbitrary, (posts, context) => {
        expect(mergeStates(context, statesOf([posts], context))).toEqual(computeReport(posts, context));
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe("GIVEN bounded counters fed in parts", () => {
  it("WHEN together they pass the capacity THEN the merge declines, as one pass would have pruned", () => {
    const first = new BoundedCounter(4);
    const second = new BoundedCounter(4);
    for (const key of ["a", "b", "c"]) first.add(key);
    for (const key of ["c", "d"]) second.add(key);
    expect(first.absorb(second.state())).toBe(true);
    expect(first.top(5)).toEqual([
      { key: "c", count: 2 },
      { key: "a", count: 1 },
      { key: "b", count: 1 },
      { key: "d", count: 1 },
    ]);
    second.add("e");
    second.add("f");
    const third = new BoundedCounter(4);
    third.add("a");
    expect(third.absorb(second.state())).toBe(false);
  });

  it("WHEN words or phrases together pass their capacity THEN the merge declines", () => {
    const words = (counter: TermCounter, list: string[], post: number) => {
      let previous = -1;
      for (const word of list) {
        const term = counter.term(word, post);
        if (previous >= 0) counter.phrase(previous, term);
        previous = term;
      }
    };
    const first = new TermCounter(3, 2);
    words(first, ["coffee", "break"], 1);
    const second = new TermCounter(3, 2);
    words(second, ["coffee", "time"], 1);
    const merged = new TermCounter(3, 2);
    expect(merged.absorb(first.state())).toBe(true);
    expect(merged.absorb(second.state())).toBe(true);
    expect(merged.topTerms(3)).toEqual([
      { key: "coffee", count: 2 },
      { key: "break", count: 1 },
      { key: "time", count: 1 },
    ]);
    expect(merged.topPhrases(3)).toEqual([
      { key: "coffee break", count: 1 },
      { key: "coffee time", count: 1 },
    ]);
    const third = new TermCounter(3, 2);
    words(third, ["tea"], 1);
    expect(merged.absorb(third.state())).toBe(false);
  });
});
