import { COUNTER_CAPACITY, floorKeeping, type Tally } from "./counter.js";
import { compareText, topBy } from "./rank.js";

/**
 * BoundedCounter for two-word phrases, keyed by the first word then the second: counting a pair then needs no
 * "first second" string per occurrence (an allocation, a copy and a fresh hash each time, a fifth of the
 * engine's time on large imports). Same rules: once per post, bounded, `approximate` after a drop.
 */
export class PairCounter {
  private readonly byFirst = new Map<string, Map<string, Tally>>();
  private size = 0;
  private pruned = false;

  constructor(private readonly capacity = COUNTER_CAPACITY) {}

  add(first: string, second: string, post: number): void {
    let seconds = this.byFirst.get(first);
    if (seconds === undefined) {
      seconds = new Map();
      this.byFirst.set(first, seconds);
    }
    const tally = seconds.get(second);
    if (tally === undefined) {
      seconds.set(second, { count: 1, post });
      this.size += 1;
      if (this.size > this.capacity) this.dropRarest();
    } else if (tally.post !== post) {
      tally.count += 1;
      tally.post = post;
    }
  }

  get approximate(): boolean {
    return this.pruned;
  }

  /** The `n` most frequent phrases ("first second"), ties by phrase. */
  top(n: number): Array<{ key: string; count: number }> {
    const best = topBy(
      this.pairs(),
      n,
      (a, b) => b.tally.count - a.tally.count || compareText(a.phrase, b.phrase),
    );
    return best.map(({ phrase, tally }) => ({ key: phrase, count: tally.count }));
  }

  private *pairs(): Iterable<{ phrase: string; tally: Tally }> {
    for (const [first, seconds] of this.byFirst) {
      for (const [second, tally] of seconds) yield { phrase: `${first} ${second}`, tally };
    }
  }

  private *tallies(): Iterable<Tally> {
    for (const seconds of this.byFirst.values()) yield* seconds.values();
  }

  private dropRarest(): void {
    const floor = floorKeeping(this.tallies(), this.capacity / 2);
    for (const [first, seconds] of this.byFirst) {
      for (const [second, tally] of seconds) {
        if (tally.count < floor) {
          seconds.delete(second);
          this.size -= 1;
        }
      }
      if (seconds.size === 0) this.byFirst.delete(first);
    }
    this.pruned = true;
  }
}
