/**
 * A map from post ids to int32 values (a record's index, a marker), for the lookup every post pays (has this
 * post been counted?). Values are numbers in a typed array, not references: 200,000 entries pointing at
 * objects kept every one of those objects alive and rescanned by the garbage collector.
 *
 * X, Mastodon and analytics ids are decimal numbers of up to 19 digits. Such an id is kept as two numbers
 * (the digits before the last nine, and the last nine), side by side in one typed array of an
 * open-addressing table: no string is hashed or kept, and a lookup reads one slot instead of following a
 * Map's chain to key strings scattered over the heap. On a 200,000-post import the Map holding them was the
 * stats engine's most expensive lookup, for its cache misses rather than its instructions. Any other id (a
 * Bluesky URI, a leading zero, more digits) goes to a plain Map, so every string keeps its own entry.
 */
export class IdMap {
  /** high, low, high, low... by slot; EMPTY marks a free slot. */
  private keys: Float64Array;
  private values: Int32Array;
  private mask: number;
  private used = 0;
  private readonly others = new Map<string, number>();
  /** The last id looked up, its parts and the slot it has or would take: set() after get() redoes nothing. */
  private lastId: string | null = null;
  private lastSlot = 0;
  /** The parts of the id read by the last readId(). */
  private high = 0;
  private low = 0;

  constructor() {
    this.mask = INITIAL_SLOTS - 1;
    this.keys = new Float64Array(2 * INITIAL_SLOTS).fill(EMPTY);
    this.values = new Int32Array(INITIAL_SLOTS);
  }

  get size(): number {
    return this.used + this.others.size;
  }

  get(id: string): number | undefined {
    if (!this.readId(id)) return this.others.get(id);
    const slot = this.find(this.high, this.low);
    this.lastId = id;
    this.lastSlot = slot;
    return slot < 0 ? undefined : this.values[slot];
  }

  /** `value` an int32. */
  set(id: string, value: number): void {
    let slot: number;
    if (id === this.lastId) slot = this.lastSlot;
    else if (this.readId(id)) slot = this.find(this.high, this.low);
    else {
      this.others.set(id, value);
      return;
    }
    this.lastId = null;
    const { high, low } = this;
    if (slot >= 0) {
      this.values[slot] = value;
      return;
    }
    this.put(-1 - slot, high, low, value);
    this.used += 1;
    if (this.used * 2 > this.mask) this.grow();
  }

  /** The ids held, without their values, as plain data a worker thread can send (see absorbIds). */
  ids(): IdList {
    const numeric = new Float64Array(2 * this.used);
    let at = 0;
    for (let slot = 0; slot <= this.mask; slot += 1) {
      const high = this.keys[2 * slot]!;
      if (high === EMPTY) continue;
      numeric[at++] = high;
      numeric[at++] = this.keys[2 * slot + 1]!;
    }
    return { numeric, others: [...this.others.keys()] };
  }

  /**
   * Adds the ids of `list` with `value`; false as soon as one of them is already held (the merge of several
   * parts then needs the parts' posts, not their sums).
   */
  absorbIds(list: IdList, value: number): boolean {
    for (let at = 0; at < list.numeric.length; at += 2) {
      const high = list.numeric[at]!;
      const low = list.numeric[at + 1]!;
      const slot = this.find(high, low);
      if (slot >= 0) return false;
      this.put(-1 - slot, high, low, value);
      this.used += 1;
      if (this.used * 2 > this.mask) this.grow();
    }
    for (const id of list.others) {
      if (this.others.has(id)) return false;
      this.others.set(id, value);
    }
    this.lastId = null;
    return true;
  }

  /** Every entry: numeric ids first (in no particular order), then the others in insertion order. */
  *entries(): IterableIterator<[string, number]> {
    for (let slot = 0; slot <= this.mask; slot += 1) {
      const high = this.keys[2 * slot]!;
      if (high !== EMPTY) yield [idOf(high, this.keys[2 * slot + 1]!), this.values[slot]!];
    }
    yield* this.others;
  }

  /**
   * Reads a plain decimal id, 1 to 19 ASCII digits without a leading zero ("0" itself is fine), into
   * `high` and `low`: one id, one pair. False for any other id.
   */
  private readId(id: string): boolean {
    const length = id.length;
    if (length === 0 || length > 19 || (length > 1 && id.charCodeAt(0) === 48)) return false;
    const split = length - LOW_DIGITS;
    let high = 0;
    let low = 0;
    for (let index = 0; index < length; index += 1) {
      const digit = id.charCodeAt(index) - 48;
      if (digit < 0 || digit > 9) return false;
      if (index < split) high = high * 10 + digit;
      else low = low * 10 + digit;
    }
    this.high = high;
    this.low = low;
    return true;
  }

  /** The slot holding (high, low), or -1 - the free slot where it would go. */
  private find(high: number, low: number): number {
    const keys = this.keys;
    let slot = slotOf(high, low) & this.mask;
    for (;;) {
      const found = keys[2 * slot]!;
      if (found === EMPTY) return -1 - slot;
      if (found === high && keys[2 * slot + 1] === low) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private put(slot: number, high: number, low: number, value: number): void {
    this.keys[2 * slot] = high;
    this.keys[2 * slot + 1] = low;
    this.values[slot] = value;
  }

  /** Twice the slots, so the table stays at most half full and probes stay short. */
  private grow(): void {
    const { keys, values } = this;
    const slots = 2 * (this.mask + 1);
    this.mask = slots - 1;
    this.keys = new Float64Array(2 * slots).fill(EMPTY);
    this.values = new Int32Array(slots);
    for (let slot = 0; slot < values.length; slot += 1) {
      const high = keys[2 * slot]!;
      if (high === EMPTY) continue;
      const low = keys[2 * slot + 1]!;
      this.put(-1 - this.find(high, low), high, low, values[slot]!);
    }
    this.lastId = null;
  }
}

/** Ids of an IdMap: decimal ones as (high, low) pairs, the others as strings. */
export interface IdList {
  numeric: Float64Array;
  others: string[];
}

const INITIAL_SLOTS = 1024;
const EMPTY = -1;
/** Digits in the low part: below 10^9, an int32. The high part (up to 10 digits) is exact in a double. */
const LOW_DIGITS = 9;

function idOf(high: number, low: number): string {
  return high === 0 ? String(low) : `${high}${String(low).padStart(LOW_DIGITS, "0")}`;
}

/** Mixes the two parts into a slot number (multiplicative hashing, 32-bit with Math.imul). */
function slotOf(high: number, low: number): number {
  const mixed =
    Math.imul(low, 0x9e3779b1) ^
    Math.imul(high | 0, 0x85ebca6b) ^
    Math.imul((high / 0x100000000) | 0, 0xc2b2ae35);
  return (mixed ^ (mixed >>> 15)) >>> 0;
}
