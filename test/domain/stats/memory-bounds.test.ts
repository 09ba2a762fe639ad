import { describe, expect, it } from "vitest";
import { BoundedCounter } from "../../../src/domain/stats/counter.js";
import { countsOf } from "../../../src/domain/stats/engagement.js";
import { PairTable } from "../../../src/domain/stats/pair-table.js";
import { TopPostPool } from "../../../src/domain/stats/post-pool.js";
import { TopicsCollector } from "../../../src/domain/stats/topics.js";
import { post } from "./factory.js";

describe("GIVEN a counter with fewer distinct keys than its capacity", () => {
  it("THEN counts are exact and ties are ordered by key", () => {
    const counter = new BoundedCounter(10);
    for (const key of ["b", "a", "c", "a", "b", "a"]) counter.add(key);
    expect(counter.top(5)).toEqual([
      { key: "a", count: 3 },
      { key: "b", count: 2 },
      { key: "c", count: 1 },
    ]);
    expect(counter.approximate).toBe(false);
  });
});

describe("GIVEN a pair table under its capacity", () => {
  it("THEN every pair is counted exactly, however the ids collide", () => {
    const table = new PairTable(1_000);
    for (let first = 0; first < 30; first += 1) {
      for (let second = 0; second < 30; second += 1)
        for (let times = 0; times <= (first + second) % 3; times += 1) table.add(first, second);
    }
    const entries = [...table.entries()];
    expect(entries).toHaveLength(900);
    for (const { first, second, count } of entries) expect(count).toBe(((first + second) % 3) + 1);
    expect(table.pruned).toBe(false);
  });
});

describe("GIVEN topics flooded with one-off words and pairs", () => {
  it("THEN the frequent word and phrase keep exact counts and topics say they are approximate", () => {
    const topics = new TopicsCollector(null, 100, 100);
    for (let index = 0; index < 5_000; index += 1) {
      topics.add(index % 10 === 0 ? `coffee break w${index}x y${index}z` : `w${index}x y${index}z`);
    }
    const { terms, phrases } = topics.finish(2);
    expect(terms).toEqual([
      { term: "break", count: 500 },
      { term: "coffee", count: 500 },
    ]);
    expect(phrases[0]).toEqual({ term: "coffee break", count: 500 });
    expect(topics.approximate).toBe(true);
  });
});

describe("GIVEN a counter flooded with one-off keys", () => {
  it("THEN it stays within capacity, keeps the frequent keys exactly and says it is approximate", () => {
    const counter = new BoundedCounter(100);
    for (let index = 0; index < 5_000; index += 1) {
      counter.add(`rare-${index}`);
      if (index % 10 === 0) counter.add("frequent");
    }
    expect(counter.top(1)).toEqual([{ key: "frequent", count: 500 }]);
    expect(counter.approximate).toBe(true);
  });
});

function offer(pool: TopPostPool, id: string, likes: number) {
  const candidate = post({ externalId: id, likes });
  pool.offer(candidate, countsOf(candidate), likes, false);
}

describe("GIVEN many more candidate posts than the pool keeps", () => {
  it("THEN the top posts are exact, ties by id", () => {
    const pool = new TopPostPool(3);
    for (let index = 0; index < 1_000; index += 1)
      offer(pool, `p${String(index).padStart(4, "0")}`, index % 97);
    // 96 is the highest engagement, reached by indexes 96, 193, 290, ... (ids p0096, p0193, p0290 first).
    expect(pool.top().map((top) => [top.externalId, top.engagement])).toEqual([
      ["p0096", 96],
      ["p0193", 96],
      ["p0290", 96],
    ]);
    expect(pool.approximate).toBe(false);
  });

  it("AND duplicates later lower every kept post below a dropped one THEN the pool says it is approximate", () => {
    const pool = new TopPostPool(1);
    const id = (index: number) => `p${String(index).padStart(3, "0")}`;
    for (let index = 1; index <= 200; index += 1) offer(pool, id(index), index);
    // The pool (capacity 40) kept the best posts and dropped p100 long ago; refreshed copies of p101..p200
    // now have engagement 1, so the true top post is p100, which the pool can no longer show.
    for (let index = 101; index <= 200; index += 1) offer(pool, id(index), 1);
    expect(pool.top()[0]?.externalId).not.toBe("p100");
    expect(pool.approximate).toBe(true);
  });
});
