import { scanTopicTokens, type TopicTokenSink } from "../text.js";
import type { Topics } from "./report.js";
import { isStopToken } from "./stopwords.js";
import { IGNORED, TermCounter, type TermsState } from "./term-counter.js";

/**
 * Distinct words kept before the rarest are dropped. A language's vocabulary is bounded (a 200,000-post import
 * of varied text has about 100,000 distinct words), so this rarely bites; at most ~20 MB.
 */
export const TERM_CAPACITY = 200_000;

/** Distinct word pairs kept: pairs are not bounded like words, so they get dropped first (~10 MB). */
export const PHRASE_CAPACITY = 100_000;

/**
 * Recurring sub-topics: words and two-word phrases, each counted once per post. A phrase is two adjacent
 * kept words: a stop word, number, URL, hashtag, mention or punctuation between them breaks it.
 */
export class TopicsCollector implements TopicTokenSink {
  private readonly counter: TermCounter;
  private posts = 0;
  /**
   * Phrases already counted for the current post, as word ids, flattened: first, second, first, second...
   * The first `postPhraseIds` entries are the current post's: the array is reused, never emptied (setting an
   * array's length to 0 frees its storage, and each post allocated it again).
   */
  private readonly postPhrases: number[] = [];
  private postPhraseIds = 0;
  /** The id of the word before the current one while no break came between them, else IGNORED. */
  private previous = IGNORED;

  /** `hashtag` is the chat's own tag (lower-case), dropped even when written as a plain word. */
  constructor(hashtag: string | null, termCapacity = TERM_CAPACITY, phraseCapacity = PHRASE_CAPACITY) {
    this.counter = new TermCounter(
      termCapacity,
      phraseCapacity,
      (word) => word === hashtag || isStopToken(word),
    );
  }

  /** Counts the words and phrases of one post, each once. */
  add(text: string): void {
    this.posts += 1;
    this.postPhraseIds = 0;
    this.previous = IGNORED;
    scanTopicTokens(text, this);
  }

  /** TopicTokenSink: this collector is the sink of every post (no closure or object per post). */
  word(lowered: string, start: number, end: number, hash: number): void {
    this.take(this.counter.termIn(lowered, start, end, hash, this.posts));
  }

  wordText(word: string): void {
    this.take(this.counter.term(word, this.posts));
  }

  pause(): void {
    this.previous = IGNORED;
  }

  private take(id: number): void {
    const previous = this.previous;
    if (
      id !== IGNORED &&
      previous !== IGNORED &&
      !hasPhrase(this.postPhrases, this.postPhraseIds, previous, id)
    ) {
      this.postPhrases[this.postPhraseIds] = previous;
      this.postPhrases[this.postPhraseIds + 1] = id;
      this.postPhraseIds += 2;
      this.counter.phrase(previous, id);
    }
    this.previous = id;
  }

  state(): TermsState {
    return this.counter.state();
  }

  /** Adds the words and phrases of other posts; false when one pass could have counted otherwise. */
  absorb(other: TermsState): boolean {
    return this.counter.absorb(other);
  }

  /** True once a counter dropped rare entries to bound memory. */
  get approximate(): boolean {
    return this.counter.approximate;
  }

  finish(n: number): Topics {
    return {
      terms: this.counter.topTerms(n).map(({ key, count }) => ({ term: key, count })),
      phrases: this.counter.topPhrases(n).map(({ key, count }) => ({ term: key, count })),
    };
  }
}

/** A post has a few dozen words: a linear scan beats a Set and allocates nothing. */
function hasPhrase(phrases: readonly number[], length: number, first: number, second: number): boolean {
  for (let index = 0; index < length; index += 2) {
    if (phrases[index] === first && phrases[index + 1] === second) return true;
  }
  return false;
}

/**
 * The topics worth showing: words and phrases found in two posts at least. The top list is padded with
 * words seen once when a chat is small; those recur in nothing and read as noise.
 */
export function recurringTopics(topics: Topics): Topics {
  return {
    terms: topics.terms.filter((topic) => topic.count >= 2),
    phrases: topics.phrases.filter((topic) => topic.count >= 2),
  };
}
