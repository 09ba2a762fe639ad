import { byCountThenKey, floorKeeping } from "./counter.js";
import { PairTable } from "./pair-table.js";
import { topBy } from "./rank.js";

/** One distinct word: an id for phrase counting, its count, and the last post that counted it. */
export interface Term {
  id: number;
  count: number;
  post: number;
}

export interface TermsState {
  words: string[];
  counts: number[];
  phrases: Int32Array;
  pruned: boolean;
}

/**
 * Words in a Map, two-word phrases in a PairTable keyed by the words' ids (no string or object per phrase).
 * Bounded like BoundedCounter: beyond `termCapacity` words the rarest half is dropped, with the phrases that
 * contain them (no more frequent than their words); counts of entries that come back are lower bounds, and
 * `approximate` says so.
 */
export class TermCounter {
  private terms = new Map<string, Term>();
  private words = new Map<number, string>();
  private readonly phrases: PairTable;
  private nextId = 0;
  private prunedTerms = false;

  constructor(
    private readonly termCapacity: number,
    phraseCapacity: number,
  ) {
    this.phrases = new PairTable(phraseCapacity);
  }

  /** The word's record, counted for post number `post` unless that post already counted it. */
  term(word: string, post: number): Term {
    let term = this.terms.get(word);
    if (term === undefined) {
      term = { id: this.nextId, count: 1, post };
      this.nextId += 1;
      this.terms.set(word, term);
      this.words.set(term.id, word);
      if (this.terms.size > this.termCapacity) this.dropRareTerms();
    } else if (term.post !== post) {
      term.count += 1;
      term.post = post;
    }
    return term;
  }

  /** Counts the phrase "first second" (the caller counts each phrase once per post). */
  phrase(first: Term, second: Term): void {
    this.phrases.add(first.id, second.id);
  }

  /** Words, their counts and the phrases as triples of word indexes (first, second, count): plain data. */
  state(): TermsState {
    const words: string[] = [];
    const counts: number[] = [];
    const indexOf = new Map<number, number>();
    for (const [word, term] of this.terms) {
      indexOf.set(term.id, words.length);
      words.push(word);
      counts.push(term.count);
    }
    const phrases: number[] = [];
    for (const { first, second, count } of this.phrases.entries())
      phrases.push(indexOf.get(first)!, indexOf.get(second)!, count);
    return { words, counts, phrases: Int32Array.from(phrases), pruned: this.approximate };
  }

  /**
   * Adds the words and phrases counted over other posts. False when one pass over all posts could have
   * dropped some (a part did, or together they pass a capacity): the sums are then not what it would count.
   */
  absorb(other: TermsState): boolean {
    if (this.approximate || other.pruned) return false;
    const ids = other.words.map((word, index) => {
      let term = this.terms.get(word);
      if (term === undefined) {
        term = { id: this.nextId, count: 0, post: -1 };
        this.nextId += 1;
        this.terms.set(word, term);
        this.words.set(term.id, word);
      }
      term.count += other.counts[index]!;
      return term.id;
    });
    const { phrases } = other;
    for (let at = 0; at < phrases.length; at += 3)
      this.phrases.addCount(ids[phrases[at]!]!, ids[phrases[at + 1]!]!, phrases[at + 2]!);
    return this.terms.size <= this.termCapacity && !this.phrases.pruned;
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
    for (const [key, term] of this.terms) yield { key, count: term.count };
  }

  private *phraseCounts(): Iterable<{ key: string; count: number }> {
    for (const { first, second, count } of this.phrases.entries()) {
      yield { key: `${this.words.get(first)} ${this.words.get(second)}`, count };
    }
  }

  /** Fresh maps (deleted slots slow a Map until it grows again) with the most frequent half of the words. */
  private dropRareTerms(): void {
    const floor = floorKeeping(countsOf(this.terms.values()), this.termCapacity / 2);
    const terms = new Map<string, Term>();
    const words = new Map<number, string>();
    for (const [word, term] of this.terms) {
      if (term.count < floor) continue;
      terms.set(word, term);
      words.set(term.id, word);
    }
    this.terms = terms;
    this.words = words;
    this.phrases.keep(1, (id) => words.has(id));
    this.prunedTerms = true;
  }
}

function* countsOf(terms: Iterable<Term>): Iterable<number> {
  for (const term of terms) yield term.count;
}
