import { compareText, topBy } from "./rank.js";

/** Distinct keys a counter keeps before it drops its rarest ones. */
export const COUNTER_CAPACITY = 100_000;

/** A key's count, and the last post that counted it (so a post counts a key once without a Set per post). */
export interface Tally {
  count: number;
  post: number;
}

/**
 * Counts keys, each at most once per post, exactly while they are fewer than `capacity`. Beyond, it drops the
 * rarest keys until at most half the capacity is left, so memory stays bounded on huge imports (mostly one-off
 * word pairs). A dropped key that comes back restarts from 1: its count is then a lower bound, and
 * `approximate` says so. Each drop costs O(capacity) and buys capacity/2 new keys: O(1) amortised per add.
 */
export class BoundedCounter {
  private readonly tallies = new Map<string, Tally>();
  private pruned = false;

  constructor(private readonly capacity = COUNTER_CAPACITY) {}

  /** Counts `key` for post number `post`, unless that post already counted it. */
  add(key: string, post: number): void {
    const tally = this.tallies.get(key);
    if (tally === undefined) {
      this.tallies.set(key, { count: 1, post });
      if (this.tallies.size > this.capacity) this.dropRarest();
    } else if (tally.post !== post) {
      tally.count += 1;
      tally.post = post;
    }
  }

  /** True once a key was dropped: counts may be lower than the truth. */
  get approximate(): boolean {
    return this.pruned;
  }

  /** The `n` most frequent keys, ties by key. */
  top(n: number): Array<{ key: string; count: number }> {
    return topBy(entriesOf(this.tallies), n, (a, b) => b.count - a.count || compareText(a.key, b.key));
  }

  private dropRarest(): void {
    const floor = floorKeeping(this.tallies.values(), this.capacity / 2);
    for (const [key, tally] of this.tallies) if (tally.count < floor) this.tallies.delete(key);
    this.pruned = true;
  }
}

/**
 * The lowest count to keep so that at most `keep` tallies survive (those with a count >= the floor).
 * Infinity when even the highest count is shared by more than `keep` tallies (then nothing survives).
 */
export function floorKeeping(tallies: Iterable<Tally>, keep: number): number {
  const keysPerCount = new Map<number, number>();
  for (const { count } of tallies) keysPerCount.set(count, (keysPerCount.get(count) ?? 0) + 1);
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

function* entriesOf(tallies: Map<string, Tally>): Iterable<{ key: string; count: number }> {
  for (const [key, tally] of tallies) yield { key, count: tally.count };
}
