import { floorKeeping } from "./counter.js";

const EMPTY = -1;

/**
 * Counts pairs of non-negative integer ids (two-word phrases as word ids) in an open-addressing hash table on
 * typed arrays: no object, string or Map per pair. On varied text a 200,000-post import meets over a million
 * distinct pairs; with one Map per word they cost more than everything else in the engine together.
 *
 * Bounded: past `capacity` pairs it keeps the most frequent half (see floorKeeping), so a returning pair's
 * count is a lower bound and `pruned` turns true. The table is twice the capacity (rounded up to a power of
 * two), so it is at most half full and linear probing stays short.
 */
export class PairTable {
  private firsts: Int32Array;
  private seconds: Int32Array;
  private counts: Int32Array;
  private mask: number;
  private used = 0;
  /** True once a pair was dropped: counts may be lower than the truth. */
  pruned = false;

  constructor(private readonly capacity: number) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.mask = slots - 1;
    this.firsts = new Int32Array(slots).fill(EMPTY);
    this.seconds = new Int32Array(slots);
    this.counts = new Int32Array(slots);
  }

  add(first: number, second: number): void {
    let slot = slotOf(first, second) & this.mask;
    for (;;) {
      const found = this.firsts[slot]!;
      if (found === EMPTY) {
        this.firsts[slot] = first;
        this.seconds[slot] = second;
        this.counts[slot] = 1;
        this.used += 1;
        if (this.used > this.capacity) this.keep(floorKeeping(this.liveCounts(), this.capacity / 2));
        return;
      }
      if (found === first && this.seconds[slot] === second) {
        this.counts[slot] = this.counts[slot]! + 1;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** Distinct pairs held. */
  get size(): number {
    return this.used;
  }

  /**
   * Adds `count` to a pair, never dropping any (merging parts: the caller checks `size` against the capacity
   * afterwards, as one pass would have pruned there).
   */
  addCount(first: number, second: number, count: number): void {
    let slot = slotOf(first, second) & this.mask;
    for (;;) {
      const found = this.firsts[slot]!;
      if (found === EMPTY) break;
      if (found === first && this.seconds[slot] === second) {
        this.counts[slot] = this.counts[slot]! + count;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    // Twice the capacity in slots: past it, keep probing short by refusing (the merge then falls back).
    if (this.used >= this.capacity) {
      this.pruned = true;
      return;
    }
    this.insert(first, second, count);
  }

  /** Keeps only pairs counted at least `floor` times whose two ids pass `alive`, in a fresh table. */
  keep(floor: number, alive: (id: number) => boolean = () => true): void {
    this.refill((first, second, count) =>
      count >= floor && alive(first) && alive(second) ? [first, second] : null,
    );
  }

  /** Every pair's ids replaced by `newId[id]`; pairs holding an id mapped to -1 are dropped. */
  renumber(newId: Int32Array): void {
    this.refill((first, second) => {
      const renamed = [newId[first]!, newId[second]!] as const;
      return renamed[0] >= 0 && renamed[1] >= 0 ? renamed : null;
    });
  }

  /**
   * The table rebuilt from its pairs, each under the ids `map` gives it (same count), or dropped when `map`
   * says null (the table is then pruned).
   */
  private refill(
    map: (first: number, second: number, count: number) => readonly [number, number] | null,
  ): void {
    const { firsts, seconds, counts } = this;
    this.firsts = new Int32Array(firsts.length).fill(EMPTY);
    this.seconds = new Int32Array(firsts.length);
    this.counts = new Int32Array(firsts.length);
    this.used = 0;
    for (let slot = 0; slot < firsts.length; slot += 1) {
      if (firsts[slot] === EMPTY) continue;
      const count = counts[slot]!;
      const ids = map(firsts[slot]!, seconds[slot]!, count);
      if (ids === null) this.pruned = true;
      else this.insert(ids[0], ids[1], count);
    }
  }

  private *liveCounts(): Iterable<number> {
    for (let slot = 0; slot < this.firsts.length; slot += 1)
      if (this.firsts[slot] !== EMPTY) yield this.counts[slot]!;
  }

  *entries(): Iterable<{ first: number; second: number; count: number }> {
    for (let slot = 0; slot < this.firsts.length; slot += 1) {
      const first = this.firsts[slot]!;
      if (first !== EMPTY) yield { first, second: this.seconds[slot]!, count: this.counts[slot]! };
    }
  }

  private insert(first: number, second: number, count: number): void {
    let slot = slotOf(first, second) & this.mask;
    while (this.firsts[slot] !== EMPTY) slot = (slot + 1) & this.mask;
    this.firsts[slot] = first;
    this.seconds[slot] = second;
    this.counts[slot] = count;
    this.used += 1;
  }
}

/** Mixes two ids into a slot number (multiplicative hashing; Math.imul keeps it in 32-bit integers). */
function slotOf(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> 0;
}
