import { wordHash } from "../text.js";
import { byCountThenKey, floorKeeping } from "./counter.js";
import { PairTable } from "./pair-table.js";
import { topBy } from "./rank.js";

export interface TermsState {
  words: string[];
  counts: number[];
  phrases: Int32Array;
  pruned: boolean;
}

/** What `term` answers for an ignored word (a stop word, the chat's own tag). */
export const IGNORED = -1;

/** Ignored words remembered as such (a table lookup instead of the stop-word tests); beyond, tested each time. */
const IGNORED_KEPT = 20_000;

const INITIAL_IDS = 1024;

/**
 * Words in a table of their own, two-word phrases in a PairTable keyed by the words' ids (no string or object
 * per phrase). A word is found from its characters in the post's text (termIn): a word met before costs a
 * hash over its characters and one probe, and no string; only a new word is copied out. Ignored words (the
 * `ignore` test, run once per distinct word) are kept too, flagged, so a stop word costs the same one probe.
 *
 * Bounded like BoundedCounter: beyond `termCapacity` words the rarest half is dropped, with the phrases that
 * contain them (no more frequent than their words); counts of entries that come back are lower bounds, and
 * `approximate` says so. Ids stay fixed while a post is read; the dropped ones are reclaimed at the next post.
 */
export class TermCounter {
  /** By id: the word (undefined once dropped), its count, the last post that counted it, its hash, ignored. */
  private words: Array<string | undefined> = [];
  private counts = new Int32Array(INITIAL_IDS);
  private lastPost = new Int32Array(INITIAL_IDS);
  private hashes = new Int32Array(INITIAL_IDS);
  private ignored = new Uint8Array(INITIAL_IDS);
  private nextId = 0;
  /** Open addressing: id + 1 by slot, 0 for a free slot. */
  private slots = new Int32Array(2 * INITIAL_IDS);
  /** Words counted (not ignored, not dropped), and ignored words kept. */
  private termCount = 0;
  private ignoredCount = 0;
  /** Ids were dropped: renumber before the next post's words. */
  private holes = false;
  private currentPost = -1;
  private readonly phrases: PairTable;
  private prunedTerms = false;

  constructor(
    private readonly termCapacity: number,
    phraseCapacity: number,
    private readonly ignore: (word: string) => boolean = () => false,
  ) {
    this.phrases = new PairTable(phraseCapacity);
  }

  /**
   * The id of `lowered` from `start` to `end`, whose wordHash() is `hash` (the word scan computes it as it
   * reads), counted for post number `post` unless it already was; or IGNORED.
   */
  termIn(lowered: string, start: number, end: number, hash: number, post: number): number {
    if (post !== this.currentPost) this.startPost(post);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) break;
      const id = entry - 1;
      if (this.hashes[id] === hash && sameText(this.words[id]!, lowered, start, end))
        return this.count(id, post);
      slot = (slot + 1) & mask;
    }
    return this.insert(lowered.slice(start, end), hash, slot, post);
  }

  /** termIn() for a word given as a string. */
  term(word: string, post: number): number {
    if (post !== this.currentPost) this.startPost(post);
    const hash = wordHash(word, 0, word.length);
    const slot = this.find(word, hash);
    if (slot < 0) return this.count(this.slots[-1 - slot]! - 1, post);
    return this.insert(word, hash, slot, post);
  }

  /** Counts the phrase "first second" (two ids from term: the caller counts each phrase once per post). */
  phrase(first: number, second: number): void {
    this.phrases.add(first, second);
  }

  /** Words, their counts and the phrases as triples of word indexes (first, second, count): plain data. */
  state(): TermsState {
    const words: string[] = [];
    const counts: number[] = [];
    const indexOf = new Int32Array(this.nextId).fill(-1);
    for (let id = 0; id < this.nextId; id += 1) {
      const word = this.words[id];
      if (word === undefined || this.ignored[id] === 1) continue;
      indexOf[id] = words.length;
      words.push(word);
      counts.push(this.counts[id]!);
    }
    const phrases: number[] = [];
    for (const { first, second, count } of this.phrases.entries()) {
      const a = indexOf[first]!;
      const b = indexOf[second]!;
      // A phrase of a word dropped while its post was read: one pass drops it at the next post.
      if (a >= 0 && b >= 0) phrases.push(a, b, count);
    }
    return { words, counts, phrases: Int32Array.from(phrases), pruned: this.approximate };
  }

  /**
   * Adds the words and phrases counted over other posts. False when one pass over all posts could have
   * dropped some (a part did, or together they pass a capacity): the sums are then not what it would count.
   */
  absorb(other: TermsState): boolean {
    if (this.approximate || other.pruned) return false;
    this.currentPost = -1;
    const ids = other.words.map((word, index) => {
      const hash = wordHash(word, 0, word.length);
      const slot = this.find(word, hash);
      let id: number;
      if (slot < 0) {
        id = this.slots[-1 - slot]! - 1;
        if (this.ignored[id] === 1) {
          // Ignored here, counted there: the same test says otherwise only for a caller's mistake.
          this.ignored[id] = 0;
          this.ignoredCount -= 1;
          this.termCount += 1;
        }
      } else {
        id = this.add(word, hash, slot, 0);
        this.lastPost[id] = -1;
        this.termCount += 1;
      }
      this.counts[id] = this.counts[id]! + other.counts[index]!;
      return id;
    });
    const { phrases } = other;
    for (let at = 0; at < phrases.length; at += 3)
      this.phrases.addCount(ids[phrases[at]!]!, ids[phrases[at + 1]!]!, phrases[at + 2]!);
    return this.termCount <= this.termCapacity && !this.phrases.pruned;
  }

  get approximate(): boolean {
    return this.prunedTerms || this.phrases.pruned;
  }

  topTerms(n: number): Array<{ key: string; count: number }> {
    return topBy(this.termCounts(), n, byCountThenKey);
  }

  topPhrases(n: number): Array<{ key: string; count: number }> {
    return topBy(this.phraseCounts(), n, byCountThenKey);
  }

  private *termCounts(): Iterable<{ key: string; count: number }> {
    for (let id = 0; id < this.nextId; id += 1) {
      const word = this.words[id];
      if (word !== undefined && this.ignored[id] === 0) yield { key: word, count: this.counts[id]! };
    }
  }

  private *phraseCounts(): Iterable<{ key: string; count: number }> {
    for (const { first, second, count } of this.phrases.entries()) {
      const a = this.words[first];
      const b = this.words[second];
      if (a !== undefined && b !== undefined) yield { key: `${a} ${b}`, count };
    }
  }

  /** Counts a known word for `post` (once per post); IGNORED for an ignored one. */
  private count(id: number, post: number): number {
    if (this.ignored[id] === 1) return IGNORED;
    if (this.lastPost[id] !== post) {
      this.counts[id] = this.counts[id]! + 1;
      this.lastPost[id] = post;
    }
    return id;
  }

  /** A word met for the first time, to go in free `slot`. */
  private insert(word: string, hash: number, slot: number, post: number): number {
    if (this.ignore(word)) {
      if (this.ignoredCount < IGNORED_KEPT) {
        const id = this.add(word, hash, slot, 1);
        this.ignoredCount += 1;
        this.lastPost[id] = -1;
      }
      return IGNORED;
    }
    const id = this.add(word, hash, slot, 0);
    this.counts[id] = 1;
    this.lastPost[id] = post;
    this.termCount += 1;
    if (this.termCount > this.termCapacity) this.dropRareTerms();
    return id;
  }

  /** The slot holding `word` as -1 - slot, or the free slot where it would go. */
  private find(word: string, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) return slot;
      const id = entry - 1;
      if (this.hashes[id] === hash && this.words[id] === word) return -1 - slot;
      slot = (slot + 1) & mask;
    }
  }

  /** A new id for `word` in free `slot`, its count 0. */
  private add(word: string, hash: number, slot: number, ignored: 0 | 1): number {
    const id = this.nextId;
    if (id === this.counts.length) this.growIds();
    this.nextId += 1;
    this.words.push(word);
    this.counts[id] = 0;
    this.hashes[id] = hash;
    this.ignored[id] = ignored;
    this.slots[slot] = id + 1;
    if (2 * this.nextId > this.slots.length) this.reindex(2 * this.slots.length);
    return id;
  }

  private growIds(): void {
    const size = 2 * this.counts.length;
    this.counts = grown(this.counts, new Int32Array(size));
    this.lastPost = grown(this.lastPost, new Int32Array(size));
    this.hashes = grown(this.hashes, new Int32Array(size));
    this.ignored = grown(this.ignored, new Uint8Array(size));
  }

  /** A fresh slot table of `size` slots (a power of two) holding every live id. */
  private reindex(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let id = 0; id < this.nextId; id += 1) {
      if (this.words[id] === undefined) continue;
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }

  /** Drops the rarer half of the counted words, and the phrases holding them; their ids are renumbered later. */
  private dropRareTerms(): void {
    const floor = floorKeeping(this.liveCounts(), this.termCapacity / 2);
    for (let id = 0; id < this.nextId; id += 1) {
      if (this.words[id] === undefined || this.ignored[id] === 1 || this.counts[id]! >= floor) continue;
      this.words[id] = undefined;
      this.termCount -= 1;
    }
    this.reindex(this.slots.length);
    this.phrases.keep(1, (id) => this.words[id] !== undefined);
    this.prunedTerms = true;
    this.holes = true;
  }

  private *liveCounts(): Iterable<number> {
    for (let id = 0; id < this.nextId; id += 1)
      if (this.words[id] !== undefined && this.ignored[id] === 0) yield this.counts[id]!;
  }

  /** A new post: ids dropped during the last one are reclaimed (no word of the new post holds one yet). */
  private startPost(post: number): void {
    this.currentPost = post;
    if (this.holes) this.renumber();
  }

  /** Live ids made consecutive again, in the same order, phrases following. */
  private renumber(): void {
    const newId = new Int32Array(this.nextId).fill(-1);
    let next = 0;
    for (let id = 0; id < this.nextId; id += 1) {
      const word = this.words[id];
      if (word === undefined) continue;
      newId[id] = next;
      this.words[next] = word;
      this.counts[next] = this.counts[id]!;
      this.lastPost[next] = this.lastPost[id]!;
      this.hashes[next] = this.hashes[id]!;
      this.ignored[next] = this.ignored[id]!;
      next += 1;
    }
    this.words.length = next;
    this.nextId = next;
    this.reindex(this.slots.length);
    this.phrases.renumber(newId);
    this.holes = false;
  }
}

function grown<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let index = 0; index < word.length; index += 1)
    if (word.charCodeAt(index) !== text.charCodeAt(start + index)) return false;
  return true;
}
