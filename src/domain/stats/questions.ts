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

export interface QuestionsState {
  asked: ReadonlyMap<number, Asked>;
  answered: ReadonlyMap<number, Answered>;
  openers: ReadonlyMap<string, ReadonlySet<number>>;
}

interface Asked {
  text: string;
  at: number;
  network: Post["network"];
  externalId: string;
  url: string | null;
}

interface Answered {
  posts: number;
  /** Distinct authors, counted through their Answerer marks. */
  answerers: number;
  engagement: number;
}

/**
 * One object per author, kept by the caller (the engine's AuthorStats): the question numbers the author
 * answered, as bits (answer numbers have at most two digits, 0-99). Counting distinct answerers this way
 * costs no lookup: a Set of author keys per question was a hash insert per answer.
 */
export interface Answerer {
  answered: Uint32Array | null;
}

/** Host questions (first post per number) and the answers each number received. */
export class QuestionsCollector {
  private readonly asked = new Map<number, Asked>();
  private readonly answered = new Map<number, Answered>();
  /** Per author who is not a host: the question numbers their posts open with (a host left unnamed). */
  private readonly openers = new Map<string, Set<number>>();

  /**
   * Reads one new non-repost post. A host post opening with `Qn` is a question (never an answer, even when it
   * says "answer with A1"); any other post answers the numbers it carries. Returns those numbers.
   */
  add(post: Post, byHost: boolean, answerer: Answerer): readonly number[] {
    const number = questionNumber(post.text);
    if (number !== null && byHost) {
      this.askPost(number, post);
      return NONE;
    }
    if (number !== null) this.opened(post.authorHandle, number);
    const numbers = answerNumbers(post.text);
    // Indexes, not for...of: the lists are frozen, and for...of over a frozen array allocated an iterator
    // and a result object per step (22 MB per 200,000 posts with addEngagement's loop).
    for (let index = 0; index < numbers.length; index += 1) {
      const answered = numbers[index]!;
      let entry = this.answered.get(answered);
      if (entry === undefined) {
        entry = { posts: 0, answerers: 0, engagement: 0 };
        this.answered.set(answered, entry);
      }
      entry.posts += 1;
      answerer.answered ??= new Uint32Array(4);
      const word = answered >>> 5;
      const bit = 1 << (answered & 31);
      if ((answerer.answered[word]! & bit) === 0) {
        answerer.answered[word]! |= bit;
        entry.answerers += 1;
      }
    }
    return numbers;
  }

  /** Adds (or, with a negative delta, withdraws) engagement received by answers to these numbers. */
  addEngagement(numbers: readonly number[], delta: number): void {
    for (let index = 0; index < numbers.length; index += 1) {
      const entry = this.answered.get(numbers[index]!);
      if (entry !== undefined) entry.engagement += delta;
    }
  }

  state(): QuestionsState {
    return { asked: this.asked, answered: this.answered, openers: this.openers };
  }

  /**
   * Adds the questions and answers of other posts: the earliest question per number, answer posts and
   * engagement summed. Answerers are counted again by recountAnswerers() once the authors are merged.
   */
  absorb(other: QuestionsState): void {
    for (const [number, asked] of other.asked) this.ask(number, asked);
    for (const [handle, numbers] of other.openers) {
      for (const number of numbers) this.opened(handle, number);
    }
    for (const [number, answered] of other.answered) {
      const entry = this.answered.get(number);
      if (entry === undefined) this.answered.set(number, { ...answered });
      else {
        entry.posts += answered.posts;
        entry.engagement += answered.engagement;
      }
    }
  }

  /** Each number's distinct answerers, from the authors' marks. */
  recountAnswerers(authors: Iterable<Answerer>): void {
    for (const entry of this.answered.values()) entry.answerers = 0;
    for (const { answered } of authors) {
      if (answered === null) continue;
      for (const [number, entry] of this.answered) {
        if ((answered[number >>> 5]! & (1 << (number & 31))) !== 0) entry.answerers += 1;
      }
    }
  }

  finish(): QuestionStat[] {
    const numbers = new Set([...this.asked.keys(), ...this.answered.keys()]);
    return [...numbers]
      .sort((a, b) => a - b)
      .map((number) => {
        const asked = this.asked.get(number);
        const answered = this.answered.get(number);
        return {
          number,
          text: asked ? asked.text.trim() : null,
          postedAt: asked ? new Date(asked.at).toISOString() : null,
          network: asked ? asked.network : null,
          externalId: asked ? asked.externalId : null,
          url: asked ? asked.url : null,
          answers: answered ? answered.posts : 0,
          answerers: answered ? answered.answerers : 0,
          engagement: answered ? answered.engagement : 0,
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
