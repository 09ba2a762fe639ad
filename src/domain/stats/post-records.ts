import { NONE, singleAnswer } from "./answers.js";
import type { Counts } from "./engagement.js";

/** Columns per record in `counts`, in Counts' order; NaN stands for null (clean counts are never NaN). */
const FIELDS = 8;
const NO_ANSWER = -1;

/**
 * What the engine keeps per counted post, to withdraw a duplicate's counts: in columns (typed arrays indexed
 * by record number) instead of one object per post. 200,000 objects alive to the end of an import were
 * promoted, rescanned and moved by the garbage collector; typed arrays hold no reference it must follow.
 */
export class PostRecords {
  private counts = new Float64Array(FIELDS * INITIAL_RECORDS);
  private authors = new Int32Array(INITIAL_RECORDS);
  /** A number 0-99 when the post answers that one, NO_ANSWER, or -2 - an index into `answerLists`. */
  private answers = new Int32Array(INITIAL_RECORDS);
  private readonly answerLists: Array<readonly number[]> = [];
  private size = 0;

  /** A new record; returns its number. */
  add(counts: Counts, author: number, answers: readonly number[]): number {
    const record = this.size;
    if (record === this.authors.length) this.grow();
    this.size += 1;
    this.write(record, counts);
    this.authors[record] = author;
    if (answers.length === 0) this.answers[record] = NO_ANSWER;
    else if (answers.length === 1) this.answers[record] = answers[0]!;
    else {
      this.answers[record] = -2 - this.answerLists.length;
      this.answerLists.push(answers);
    }
    return record;
  }

  /** Replaces the record's counts (a later copy of the post). */
  write(record: number, counts: Counts): void {
    const at = FIELDS * record;
    const columns = this.counts;
    columns[at] = counts.likes;
    columns[at + 1] = counts.reposts;
    columns[at + 2] = counts.replies;
    columns[at + 3] = counts.quotes;
    columns[at + 4] = counts.impressions ?? Number.NaN;
    columns[at + 5] = counts.bookmarks ?? Number.NaN;
    columns[at + 6] = counts.shares ?? Number.NaN;
    columns[at + 7] = counts.engagements ?? Number.NaN;
  }

  /** Copies the record's counts into `into` (a caller's reusable object: no allocation per post). */
  read(record: number, into: Counts): void {
    const at = FIELDS * record;
    const columns = this.counts;
    into.likes = columns[at]!;
    into.reposts = columns[at + 1]!;
    into.replies = columns[at + 2]!;
    into.quotes = columns[at + 3]!;
    into.impressions = orNull(columns[at + 4]!);
    into.bookmarks = orNull(columns[at + 5]!);
    into.shares = orNull(columns[at + 6]!);
    into.engagements = orNull(columns[at + 7]!);
  }

  author(record: number): number {
    return this.authors[record]!;
  }

  /** The question numbers the post answers (shared lists: never change them). */
  answersOf(record: number): readonly number[] {
    const code = this.answers[record]!;
    if (code === NO_ANSWER) return NONE;
    return code >= 0 ? singleAnswer(code) : this.answerLists[-2 - code]!;
  }

  private grow(): void {
    const records = 2 * this.authors.length;
    const counts = new Float64Array(FIELDS * records);
    counts.set(this.counts);
    this.counts = counts;
    const authors = new Int32Array(records);
    authors.set(this.authors);
    this.authors = authors;
    const answers = new Int32Array(records);
    answers.set(this.answers);
    this.answers = answers;
  }
}

const INITIAL_RECORDS = 1024;

function orNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
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
