import { forEachTopicToken } from "../text.js";
import { BoundedCounter } from "./counter.js";
import { PairCounter } from "./pair-counter.js";
import type { Topics } from "./report.js";
import { isStopToken } from "./stopwords.js";

/**
 * Recurring sub-topics: words and two-word phrases, each counted once per post. A phrase is two adjacent
 * kept words: a stop word, number, URL, hashtag, mention or punctuation between them breaks it.
 */
export class TopicsCollector {
  private readonly terms = new BoundedCounter();
  private readonly phrases = new PairCounter();

  /** `hashtag` is the chat's own tag (lower-case), dropped even when written as a plain word. */
  constructor(private readonly hashtag: string | null) {}

  /** Counts the words and phrases of one post; `post` numbers posts so each counts a term once. */
  add(text: string, post: number): void {
    let previous: string | null = null;
    forEachTopicToken(text, (token) => {
      if (token === null || token === this.hashtag || isStopToken(token)) {
        previous = null;
        return;
      }
      this.terms.add(token, post);
      if (previous !== null) this.phrases.add(previous, token, post);
      previous = token;
    });
  }

  /** True once a counter dropped rare entries to bound memory (see BoundedCounter). */
  get approximate(): boolean {
    return this.terms.approximate || this.phrases.approximate;
  }

  finish(n: number): Topics {
    return {
      terms: this.terms.top(n).map(({ key, count }) => ({ term: key, count })),
      phrases: this.phrases.top(n).map(({ key, count }) => ({ term: key, count })),
    };
  }
}
