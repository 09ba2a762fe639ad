/**
 * A map from post ids to int32 values (a record's index, a marker), for the lookup every post pays (has this
 * post been counted?). Values are numbers in a typed array, not references: 200,000 entries pointing at
 * objects kept every one of those objects alive and rescanned by the garbage collector.
 *
 * X, Mastodon and analytics ids are decimal numbers of up to 19 digits. Such an id is kept as two numbers
 * (the digits before the last nine, and the last nine), side by side with its value in one Int32Array of an
 * open-addressing table: no string is hashed or kept, and a lookup reads one slot (12 bytes) instead of
 * following a Map's chain to key strings scattered over the heap. On a 200,000-post import the Map holding
 * them was the stats engine's most expensive lookup, for its cache misses rather than its instructions. Any
 * other id (a Bluesky URI, a leading zero, more digits, a first part of 2^32 - 1 or more, i.e. past 4.29e18)
 * goes to a plain Map, so every string keeps its own entry.
 */
export class IdMap {
  /** high + 1, low, value by slot (int32s; high + 1 read as unsigned); EMPTY marks a free slot. */
  private table: Int32Array;
  private mask: number;
  private used = 0;
  private readonly others = new Map<string, number>();
  /** The last id looked up, its parts and the slot it has or would take: set() after get() redoes nothing. */
  private lastId: string | null = null;
  private lastSlot = 0;
  /** The parts of the id read by the last readId(). */
  private high = 0;
  private low = 0;

  /**
   * `expected`: how many ids the caller expects (0: no idea). The first time the table fills it grows at once
   * to hold them, instead of doubling again and again: each doubling rewrote every entry into fresh memory
   * (~70 ms of 200,000 posts). A map that never fills its first table (a network barely present) stays small.
   */
  constructor(private readonly expected = 0) {
    this.mask = INITIAL_SLOTS - 1;
    this.table = new Int32Array(STRIDE * INITIAL_SLOTS);
  }

  get size(): number {
    return this.used + this.others.size;
  }

  get(id: string): number | undefined {
    if (!this.readId(id)) return this.others.get(id);
    const slot = this.find(this.high, this.low);
    this.lastId = id;
    this.lastSlot = slot;
    return slot < 0 ? undefined : this.table[STRIDE * slot + 2];
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
      this.table[STRIDE * slot + 2] = value;
      return;
    }
    this.insert(-1 - slot, high, low, value);
  }

  /** The ids held, without their values, as plain data a worker thread can send (see absorbIds). */
  ids(): IdList {
    const numeric = new Float64Array(2 * this.used);
    let at = 0;
    for (let slot = 0; slot <= this.mask; slot += 1) {
      const stored = this.table[STRIDE * slot]!;
      if (stored === EMPTY) continue;
      numeric[at++] = highOf(stored);
      numeric[at++] = this.table[STRIDE * slot + 1]!;
    }
    return { numeric, others: [...this.others.keys()] };
  }

  /**
   * Adds the ids of `list` with `value`; false as soon as one of them is already held (the merge of several
   * parts then needs the parts' posts, not their sums).
   */
  absorbIds(list: IdList, value: number): boolean {
    this.reserve(list.numeric.length / 2);
    for (let at = 0; at < list.numeric.length; at += 2) {
      const high = toStored(list.numeric[at]!);
      const low = list.numeric[at + 1]!;
      const slot = this.find(high, low);
      if (slot >= 0) return false;
      this.insert(-1 - slot, high, low, value);
    }
    for (const id of list.others) {
      if (this.others.has(id)) return false;
      this.others.set(id, value);
    }
    this.lastId = null;
    return true;
  }

  /** True when no id of `list` is held (a lookup each, nothing added). */
  holdsNoneOf(list: IdList): boolean {
    for (let at = 0; at < list.numeric.length; at += 2) {
      if (this.find(toStored(list.numeric[at]!), list.numeric[at + 1]!) >= 0) return false;
    }
    return list.others.every((id) => !this.others.has(id));
  }

  /** The entries as plain data a worker thread can send (see mergeEntries): ids as in ids(), with values. */
  entryList(): IdEntries {
    const numeric = new Float64Array(2 * this.used);
    const values = new Int32Array(this.used);
    let at = 0;
    for (let slot = 0; slot <= this.mask; slot += 1) {
      const stored = this.table[STRIDE * slot]!;
      if (stored === EMPTY) continue;
      numeric[2 * at] = highOf(stored);
      numeric[2 * at + 1] = this.table[STRIDE * slot + 1]!;
      values[at++] = this.table[STRIDE * slot + 2]!;
    }
    return {
      numeric,
      values,
      others: [...this.others.keys()],
      otherValues: Int32Array.from(this.others.values()),
    };
  }

  /**
   * Adds the entries of `list`: each id takes `merge(its value here or undefined, its value there)`. No id
   * string is made or read (a worker's 60,000 replied-to ids went through strings both ways).
   */
  mergeEntries(list: IdEntries, merge: (here: number | undefined, there: number) => number): void {
    this.reserve(list.values.length);
    for (let index = 0; index < list.values.length; index += 1) {
      const high = toStored(list.numeric[2 * index]!);
      const low = list.numeric[2 * index + 1]!;
      const slot = this.find(high, low);
      if (slot >= 0) {
        this.table[STRIDE * slot + 2] = merge(this.table[STRIDE * slot + 2]!, list.values[index]!);
        continue;
      }
      this.insert(-1 - slot, high, low, merge(undefined, list.values[index]!));
    }
    list.others.forEach((id, index) => {
      this.others.set(id, merge(this.others.get(id), list.otherValues[index]!));
    });
    this.lastId = null;
  }

  /** Grows once to hold `more` entries beyond those held, instead of doubling again and again. */
  private reserve(more: number): void {
    const slots = this.slotsFor(this.used + more);
    if (slots > this.mask + 1) this.grow(slots);
  }

  /** The slots that keep `entries` at most half of the table (a power of two, never fewer than today's). */
  private slotsFor(entries: number): number {
    let slots = this.mask + 1;
    while (entries * 2 > slots - 1) slots *= 2;
    return slots;
  }

  /** Every entry: numeric ids first (in no particular order), then the others in insertion order. */
  *entries(): IterableIterator<[string, number]> {
    for (let slot = 0; slot <= this.mask; slot += 1) {
      const stored = this.table[STRIDE * slot]!;
      if (stored !== EMPTY)
        yield [idOf(highOf(stored), this.table[STRIDE * slot + 1]!), this.table[STRIDE * slot + 2]!];
    }
    yield* this.others;
  }

  /**
   * Reads a plain decimal id, 1 to 19 ASCII digits without a leading zero ("0" itself is fine), into
   * `high` (stored form: the first digits + 1, as an int32) and `low`: one id, one pair. False for any other
   * id, and for a first part that does not fit (2^32 - 1 or more).
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
    if (high > MAX_HIGH) return false;
    this.high = toStored(high);
    this.low = low;
    return true;
  }

  /** The slot holding (high, low) (high in stored form), or -1 - the free slot where it would go. */
  private find(high: number, low: number): number {
    const table = this.table;
    let slot = slotOf(high, low) & this.mask;
    for (;;) {
      const found = table[STRIDE * slot]!;
      if (found === EMPTY) return -1 - slot;
      if (found === high && table[STRIDE * slot + 1] === low) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * A new entry in the free `slot` (from find), growing the table once it is half full: to twice its slots,
   * or at once to the room for the expected ids when they are more.
   */
  private insert(slot: number, high: number, low: number, value: number): void {
    this.put(slot, high, low, value);
    this.used += 1;
    if (this.used * 2 > this.mask) this.grow(this.slotsFor(Math.max(this.used, this.expected)));
  }

  private put(slot: number, high: number, low: number, value: number): void {
    const at = STRIDE * slot;
    this.table[at] = high;
    this.table[at + 1] = low;
    this.table[at + 2] = value;
  }

  /** A table of `slots` slots (more than today's) holding the same entries. */
  private grow(slots: number): void {
    const old = this.table;
    this.mask = slots - 1;
    this.table = new Int32Array(STRIDE * slots);
    for (let at = 0; at < old.length; at += STRIDE) {
      const high = old[at]!;
      if (high === EMPTY) continue;
      const low = old[at + 1]!;
      this.put(-1 - this.find(high, low), high, low, old[at + 2]!);
    }
    this.lastId = null;
  }
}

/** Ids of an IdMap: decimal ones as (high, low) pairs, the others as strings. */
export interface IdList {
  numeric: Float64Array;
  others: string[];
}

/** Entries of an IdMap: its ids as IdList, `values` by pair, `otherValues` by other id. */
export interface IdEntries extends IdList {
  values: Int32Array;
  otherValues: Int32Array;
}

const INITIAL_SLOTS = 1024;
/** Int32s per slot: high + 1, low, value. */
const STRIDE = 3;
/** A free slot: no stored high is 0 (it is the first part + 1), so a fresh table is all free. */
const EMPTY = 0;
/** The largest first part kept in the table: its stored form, + 1, still fits 32 bits and is not EMPTY. */
const MAX_HIGH = 0xfffffffe;
/** Digits in the low part: below 10^9, an int32. The high part (up to 10 digits) is exact in a double. */
const LOW_DIGITS = 9;

/** The stored form of a first part: + 1, as an int32 (the bits of an unsigned 32-bit number). */
function toStored(high: number): number {
  return (high + 1) | 0;
}

function highOf(stored: number): number {
  return (stored >>> 0) - 1;
}

function idOf(high: number, low: number): string {
  return high === 0 ? String(low) : `${high}${String(low).padStart(LOW_DIGITS, "0")}`;
}

/** Mixes the two parts into a slot number (multiplicative hashing, 32-bit with Math.imul). */
function slotOf(high: number, low: number): number {
  const mixed = Math.imul(low, 0x9e3779b1) ^ Math.imul(high, 0x85ebca6b);
  return (mixed ^ (mixed >>> 15)) >>> 0;
}
