import { compareText, topBy } from "./rank.js";

/** Distinct keys a counter keeps before it drops its rarest ones. */
export const COUNTER_CAPACITY = 100_000;

/**
 * Counts keys exactly while they are fewer than `capacity`. Beyond, it drops the rarest keys until at most
 * half the capacity is left, so memory stays bounded on huge imports (mostly one-off word pairs). A dropped
 * key that comes back restarts from 1: its count is then a lower bound, and `approximate` says so. Each
 * drop costs O(capacity) and buys capacity/2 new keys, so adding stays O(1) amortised.
 */
export class BoundedCounter {
  private readonly counts = new Map<string, number>();
  private pruned = false;

  constructor(private readonly capacity = COUNTER_CAPACITY) {}

  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (this.counts.size > this.capacity) this.dropRarest();
  }

  /** True once a key was dropped: counts may be lower than the truth. */
  get approximate(): boolean {
    return this.pruned;
  }

  /** The `n` most frequent keys, ties by key. */
  top(n: number): Array<{ key: string; count: number }> {
    return topBy(entriesOf(this.counts), n, (a, b) => b.count - a.count || compareText(a.key, b.key));
  }

  private dropRarest(): void {
    const keysPerCount = new Map<number, number>();
    for (const count of this.counts.values()) keysPerCount.set(count, (keysPerCount.get(count) ?? 0) + 1);
    const descending = [...keysPerCount.keys()].sort((a, b) => b - a);
    let kept = 0;
    let floor = Number.POSITIVE_INFINITY;
    for (const count of descending) {
      kept += keysPerCount.get(count)!;
      if (kept > this.capacity / 2) break;
      floor = count;
    }
    for (const [key, count] of this.counts) if (count < floor) this.counts.delete(key);
    this.pruned = true;
  }
}

function* entriesOf(counts: Map<string, number>): Iterable<{ key: string; count: number }> {
  for (const [key, count] of counts) yield { key, count };
}
