import type { Post } from "../post.js";
import { answerNumbers } from "./answers.js";
import { compareText } from "./rank.js";
import type { QuestionStat } from "./report.js";

/**
 * What may come before `Q1` in a host's question: spaces, emoji, punctuation, @mentions, #hashtags.
 * A mention has no inner `@` here (`@user@host` reads as two mentions): an inner `@` would let the regex split
 * a run of `@` in exponentially many ways.
 */
const LEAD = String.raw`(?:[^\p{L}\p{N}@#]|@[\p{L}\p{N}_]+(?:[.\-][\p{L}\p{N}_]+)*|#[\p{L}\p{N}_]+)*`;

/** After the number: `:`, `.`, `)`, `/`, a dash, whitespace or the end ("Q1:", "Q1 -", "Q1.", "Q1 "). */
const AFTER_NUMBER = String.raw`(?=$|[\s:.)/\-–—])`;

/** A separator a spaced form must reach ("Q 1:"), so "Q 1 text" is no question. */
const SPACED_SEPARATOR = String.raw`(?=\s*[:.)/\-–—])`;

/** `Q1`..`Q99` (also `Q0`, used for introductions) at the start of a host's post, any case. */
const QUESTION_RE = new RegExp(
  String.raw`^${LEAD}q(?:(\d{1,2})${AFTER_NUMBER}|\s(\d{1,2})${SPACED_SEPARATOR})`,
  "iu",
);

/** The question number a host post opens with, or null. */
export function questionNumber(text: string): number | null {
  const match = QUESTION_RE.exec(text);
  if (match === null) return null;
  return Number(match[1] ?? match[2]);
}

const NONE: readonly number[] = Object.freeze([]);

/** Answer numbers have at most two digits: 0-99. */
const NUMBERS = 100;
/** Words of answered bits per author: 100 bits. */
const WORDS = 4;

export interface QuestionsState {
  asked: ReadonlyMap<number, Asked>;
  /** Answer posts, and the engagement they received, by number (0-99). */
  answerPosts: Float64Array;
  answerEngagement: Float64Array;
  /** Per author index of the part (as its Authors numbers them), WORDS words: the numbers they answered. */
  marks: Uint32Array;
  openers: ReadonlyMap<string, ReadonlySet<number>>;
}

interface Asked {
  text: string;
  at: number;
  network: Post["network"];
  externalId: string;
  url: string | null;
}

/** Host questions (first post per number) and the answers each number received. */
export class QuestionsCollector {
  private readonly asked = new Map<number, Asked>();
  /** By number: answer posts (0: never answered), distinct answerers, engagement received. */
  private readonly answerPosts = new Float64Array(NUMBERS);
  private readonly answerers = new Float64Array(NUMBERS);
  private readonly answerEngagement = new Float64Array(NUMBERS);
  /**
   * The numbers each author answered, as bits, WORDS words per author index, in one array: distinct answerers
   * are counted when a bit is first set (no Set of authors per number), and no author holds an array of its own.
   */
  private marks = new Uint32Array(WORDS * 1024);
  /** Per author who is not a host: the question numbers their posts open with (a host left unnamed). */
  private readonly openers = new Map<string, Set<number>>();

  /**
   * Reads one new non-repost post by the author of that index. A host post opening with `Qn` is a question
   * (never an answer, even when it says "answer with A1"); any other post answers the numbers it carries.
   * Returns those numbers.
   */
  add(post: Post, byHost: boolean, author: number): readonly number[] {
    const number = questionNumber(post.text);
    if (number !== null && byHost) {
      this.askPost(number, post);
      return NONE;
    }
    if (number !== null) this.opened(post.authorHandle, number);
    const numbers = answerNumbers(post.text);
    if (numbers.length === 0) return numbers;
    if (WORDS * author >= this.marks.length) this.growMarks(author);
    const marks = this.marks;
    // Indexes, not for...of: the lists are frozen, and for...of over a frozen array allocated an iterator
    // and a result object per step (22 MB per 200,000 posts with addEngagement's loop).
    for (let index = 0; index < numbers.length; index += 1) {
      const answered = numbers[index]!;
      this.answerPosts[answered] = this.answerPosts[answered]! + 1;
      const word = WORDS * author + (answered >>> 5);
      const bit = 1 << (answered & 31);
      if ((marks[word]! & bit) === 0) {
        marks[word] = marks[word]! | bit;
        this.answerers[answered] = this.answerers[answered]! + 1;
      }
    }
    return numbers;
  }

  /** Adds (or, with a negative delta, withdraws) engagement received by answers to these numbers. */
  addEngagement(numbers: readonly number[], delta: number): void {
    const engagement = this.answerEngagement;
    for (let index = 0; index < numbers.length; index += 1) {
      const number = numbers[index]!;
      engagement[number] = engagement[number]! + delta;
    }
  }

  /** The counts as plain data, marks for the first `authors` author indexes. */
  state(authors: number): QuestionsState {
    const marks = new Uint32Array(WORDS * authors);
    marks.set(this.marks.subarray(0, Math.min(marks.length, this.marks.length)));
    return {
      asked: this.asked,
      answerPosts: this.answerPosts,
      answerEngagement: this.answerEngagement,
      marks,
      openers: this.openers,
    };
  }

  /**
   * Adds the questions and answers of other posts: the earliest question per number, answer posts and
   * engagement summed, the marks of the part's author `i` joined to those of author `indexHere[i]`. Answerers
   * are counted again by recountAnswerers() once every part is in.
   */
  absorb(other: QuestionsState, indexHere: Int32Array): void {
    for (const [number, asked] of other.asked) this.ask(number, asked);
    for (const [handle, numbers] of other.openers) {
      for (const number of numbers) this.opened(handle, number);
    }
    for (let number = 0; number < NUMBERS; number += 1) {
      this.answerPosts[number] = this.answerPosts[number]! + other.answerPosts[number]!;
      this.answerEngagement[number] = this.answerEngagement[number]! + other.answerEngagement[number]!;
    }
    for (let author = 0; author < indexHere.length; author += 1) {
      const here = indexHere[author]!;
      if (WORDS * here >= this.marks.length) this.growMarks(here);
      for (let word = 0; word < WORDS; word += 1)
        this.marks[WORDS * here + word] =
          this.marks[WORDS * here + word]! | other.marks[WORDS * author + word]!;
    }
  }

  /** Each number's distinct answerers, from the marks of the first `authors` author indexes. */
  recountAnswerers(authors: number): void {
    this.answerers.fill(0);
    const end = Math.min(WORDS * authors, this.marks.length);
    for (let at = 0; at < end; at += 1) {
      let bits = this.marks[at]!;
      const first = 32 * (at % WORDS);
      while (bits !== 0) {
        const low = 31 - Math.clz32(bits & -bits);
        this.answerers[first + low] = this.answerers[first + low]! + 1;
        bits &= bits - 1;
      }
    }
  }

  finish(): QuestionStat[] {
    const numbers = new Set(this.asked.keys());
    for (let number = 0; number < NUMBERS; number += 1)
      if (this.answerPosts[number]! > 0) numbers.add(number);
    return [...numbers]
      .sort((a, b) => a - b)
      .map((number) => {
        const asked = this.asked.get(number);
        return {
          number,
          text: asked ? asked.text.trim() : null,
          postedAt: asked ? new Date(asked.at).toISOString() : null,
          network: asked ? asked.network : null,
          externalId: asked ? asked.externalId : null,
          url: asked ? asked.url : null,
          answers: this.answerPosts[number]!,
          answerers: this.answerers[number]!,
          engagement: this.answerEngagement[number]!,
        };
      });
  }

  /**
   * Who is likely the host when no host question was found: the author whose posts open with the most
   * different question numbers (two at least: one "Q1" can be a participant's reply), ties by handle.
   */
  likelyHost(): string | null {
    if (this.asked.size > 0) return null;
    let best: { handle: string; numbers: number } | null = null;
    for (const [handle, numbers] of this.openers) {
      if (numbers.size < 2) continue;
      if (
        best === null ||
        numbers.size > best.numbers ||
        (numbers.size === best.numbers && handle < best.handle)
      )
        best = { handle, numbers: numbers.size };
    }
    return best?.handle ?? null;
  }

  /** Room for the marks of author index `author`. */
  private growMarks(author: number): void {
    let length = this.marks.length;
    while (WORDS * author >= length) length *= 2;
    const marks = new Uint32Array(length);
    marks.set(this.marks);
    this.marks = marks;
  }

  private opened(authorHandle: string, number: number): void {
    const handle = authorHandle.replace(/^@/, "");
    let numbers = this.openers.get(handle);
    if (numbers === undefined) {
      numbers = new Set();
      this.openers.set(handle, numbers);
    }
    numbers.add(number);
  }

  /** The earliest host post for a number is the question; later ones (reminders) are ignored. */
  private askPost(number: number, post: Post): void {
    this.ask(number, {
      text: post.text,
      at: post.createdAt.getTime(),
      network: post.network,
      externalId: post.externalId,
      url: post.url,
    });
  }

  private ask(number: number, asked: Asked): void {
    const current = this.asked.get(number);
    if (current !== undefined) {
      const order =
        asked.at - current.at ||
        compareText(asked.network, current.network) ||
        compareText(asked.externalId, current.externalId);
      if (order >= 0) return;
    }
    this.asked.set(number, asked);
  }
}
