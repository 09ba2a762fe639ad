import { compareText, topBy } from "./rank.js";

/** Distinct keys a counter keeps before it drops its rarest ones. */
export const COUNTER_CAPACITY = 50_000;

/**
 * Counts keys exactly while they are fewer than `capacity`. Beyond, it keeps only the most frequent half, so
 * memory stays bounded on huge imports (mostly one-off words and word pairs). A dropped key that comes back
 * restarts from 1: its count is then a lower bound, and `approximate` says so. Each drop costs O(capacity) and
 * buys capacity/2 new keys: O(1) amortised per add. Counts are plain numbers in the map (no object per key):
 * on large imports, allocation and garbage collection were the engine's main cost.
 */
export class BoundedCounter {
  private counts = new Map<string, number>();
  private pruned = false;

  constructor(private readonly capacity = COUNTER_CAPACITY) {}

  add(key: string): void {
    const count = this.counts.get(key);
    if (count !== undefined) {
      this.counts.set(key, count + 1);
      return;
    }
    this.counts.set(key, 1);
    if (this.counts.size > this.capacity) {
      this.counts = keepFrequent(this.counts, this.capacity / 2);
      this.pruned = true;
    }
  }

  /** Counts each distinct normalised value of one post once, skipping empty values and `except`. */
  addEachOnce(values: readonly string[], normalise: (value: string) => string, except: string | null): void {
    if (values.length === 1) {
      // Most posts carry one tag or mention: no list of those counted.
      const value = normalise(values[0]!);
      if (value && value !== except) this.add(value);
      return;
    }
    const counted: string[] = [];
    for (const raw of values) {
      const value = normalise(raw);
      if (!value || value === except || counted.includes(value)) continue;
      counted.push(value);
      this.add(value);
    }
  }

  /** The counts as plain data (see absorb). */
  state(): CounterState {
    return { counts: this.counts, pruned: this.pruned };
  }

  /**
   * Adds the counts of a counter fed with other posts. False when one pass over all posts could have dropped
   * keys (a part did, or together they pass the capacity): the sum is then not what that pass would count.
   */
  absorb(other: CounterState): boolean {
    if (this.pruned || other.pruned) return false;
    for (const [key, count] of other.counts) this.counts.set(key, (this.counts.get(key) ?? 0) + count);
    return this.counts.size <= this.capacity;
  }

  /** True once a key was dropped: counts may be lower than the truth. */
  get approximate(): boolean {
    return this.pruned;
  }

  /** The `n` most frequent keys, ties by key. */
  top(n: number): Array<{ key: string; count: number }> {
    return topBy(entriesOf(this.counts), n, byCountThenKey);
  }
}

export interface CounterState {
  counts: ReadonlyMap<string, number>;
  pruned: boolean;
}

export function byCountThenKey(a: { key: string; count: number }, b: { key: string; count: number }): number {
  return b.count - a.count || compareText(a.key, b.key);
}

/**
 * A fresh map with at most `keep` of the most frequent keys (all keys sharing a count are kept or dropped
 * together, so ties never depend on adding order). A fresh map, not deletions: a Map keeps deleted slots until
 * it grows again, which slowed every later lookup.
 */
export function keepFrequent<K>(counts: Map<K, number>, keep: number): Map<K, number> {
  const floor = floorKeeping(counts.values(), keep);
  const kept = new Map<K, number>();
  for (const [key, count] of counts) if (count >= floor) kept.set(key, count);
  return kept;
}

/** The lowest count to keep so that at most `keep` counts are at or above it (Infinity: keep none). */
export function floorKeeping(counts: Iterable<number>, keep: number): number {
  const keysPerCount = new Map<number, number>();
  for (const count of counts) keysPerCount.set(count, (keysPerCount.get(count) ?? 0) + 1);
  const descending = [...keysPerCount.keys()].sort((a, b) => b - a);
  let kept = 0;
  let floor = Number.POSITIVE_INFINITY;
  for (const count of descending) {
    kept += keysPerCount.get(count)!;
    if (kept > keep) break;
    floor = count;
  }
  return floor;
}

function* entriesOf(counts: Map<string, number>): Iterable<{ key: string; count: number }> {
  for (const [key, count] of counts) yield { key, count };
}
