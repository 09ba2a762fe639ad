import { NONE, singleAnswer } from "./answers.js";
import type { Counts } from "./engagement.js";

/** Int32 columns per record: the eight counts in Counts' order, the author's index, the answers. */
const STRIDE = 10;
const AUTHOR = 8;
const ANSWERS = 9;
/** Records per chunk (a power of two): chunks are added, never copied, as records come. */
const CHUNK_BITS = 12;
const CHUNK_RECORDS = 1 << CHUNK_BITS;
/** A null count. */
const NULL = -1;
/** A count that is not an int32 (a fraction, or 2^31 and above): kept exactly in `wide`. */
const WIDE = -2;
const NO_ANSWER = -1;

/**
 * What the engine keeps per counted post, to withdraw a duplicate's counts: in columns (int32 arrays in
 * chunks of 4,096 records) instead of one object per post. 200,000 objects alive to the end of an import were
 * promoted, rescanned and moved by the garbage collector; typed arrays hold no reference it must follow.
 * 40 bytes a record: counts are whole numbers well within int32 (the odd one outside is kept in a Map), and
 * chunks are never copied, so the memory touched is the memory kept.
 */
export class PostRecords {
  private readonly chunks: Int32Array[] = [];
  /** Counts that are not int32s, by record * STRIDE + field. */
  private readonly wide = new Map<number, number>();
  /** Answer lists of posts that answer several numbers: ANSWERS holds -2 - their index here. */
  private readonly answerLists: Array<readonly number[]> = [];
  private size = 0;

  /** A new record; returns its number. */
  add(counts: Counts, author: number, answers: readonly number[]): number {
    const record = this.size;
    if ((record & (CHUNK_RECORDS - 1)) === 0) this.chunks.push(new Int32Array(STRIDE * CHUNK_RECORDS));
    this.size += 1;
    this.write(record, counts);
    const chunk = this.chunks[record >>> CHUNK_BITS]!;
    const at = STRIDE * (record & (CHUNK_RECORDS - 1));
    chunk[at + AUTHOR] = author;
    if (answers.length === 0) chunk[at + ANSWERS] = NO_ANSWER;
    else if (answers.length === 1) chunk[at + ANSWERS] = answers[0]!;
    else {
      chunk[at + ANSWERS] = -2 - this.answerLists.length;
      this.answerLists.push(answers);
    }
    return record;
  }

  /** Replaces the record's counts (a later copy of the post). */
  write(record: number, counts: Counts): void {
    const chunk = this.chunks[record >>> CHUNK_BITS]!;
    const at = STRIDE * (record & (CHUNK_RECORDS - 1));
    const key = STRIDE * record;
    chunk[at] = this.encode(key, counts.likes);
    chunk[at + 1] = this.encode(key + 1, counts.reposts);
    chunk[at + 2] = this.encode(key + 2, counts.replies);
    chunk[at + 3] = this.encode(key + 3, counts.quotes);
    chunk[at + 4] = this.encode(key + 4, counts.impressions);
    chunk[at + 5] = this.encode(key + 5, counts.bookmarks);
    chunk[at + 6] = this.encode(key + 6, counts.shares);
    chunk[at + 7] = this.encode(key + 7, counts.engagements);
  }

  /** Copies the record's counts into `into` (a caller's reusable object: no allocation per post). */
  read(record: number, into: Counts): void {
    const chunk = this.chunks[record >>> CHUNK_BITS]!;
    const at = STRIDE * (record & (CHUNK_RECORDS - 1));
    const key = STRIDE * record;
    into.likes = this.decode(key, chunk[at]!) ?? 0;
    into.reposts = this.decode(key + 1, chunk[at + 1]!) ?? 0;
    into.replies = this.decode(key + 2, chunk[at + 2]!) ?? 0;
    into.quotes = this.decode(key + 3, chunk[at + 3]!) ?? 0;
    into.impressions = this.decode(key + 4, chunk[at + 4]!);
    into.bookmarks = this.decode(key + 5, chunk[at + 5]!);
    into.shares = this.decode(key + 6, chunk[at + 6]!);
    into.engagements = this.decode(key + 7, chunk[at + 7]!);
  }

  author(record: number): number {
    return this.chunks[record >>> CHUNK_BITS]![STRIDE * (record & (CHUNK_RECORDS - 1)) + AUTHOR]!;
  }

  /** The question numbers the post answers (shared lists: never change them). */
  answersOf(record: number): readonly number[] {
    const code = this.chunks[record >>> CHUNK_BITS]![STRIDE * (record & (CHUNK_RECORDS - 1)) + ANSWERS]!;
    if (code === NO_ANSWER) return NONE;
    return code >= 0 ? singleAnswer(code) : this.answerLists[-2 - code]!;
  }

  /** A clean count (null, or finite and at least 0) as an int32 column value. */
  private encode(key: number, value: number | null): number {
    if (value === null) return NULL;
    if ((value | 0) === value) return value;
    this.wide.set(key, value);
    return WIDE;
  }

  private decode(key: number, code: number): number | null {
    if (code >= 0) return code;
    return code === NULL ? null : this.wide.get(key)!;
  }
}

/** A Counts to fill and reuse. */
export function blankCounts(): Counts {
  return {
    likes: 0,
    reposts: 0,
    replies: 0,
    quotes: 0,
    impressions: null,
    bookmarks: null,
    shares: null,
    engagements: null,
  };
}
