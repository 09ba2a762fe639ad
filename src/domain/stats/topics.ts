import { topicTokens } from "../text.js";
import { BoundedCounter } from "./counter.js";
import type { Topics } from "./report.js";
import { isStopToken } from "./stopwords.js";

/**
 * Recurring sub-topics: words and two-word phrases, each counted once per post. A phrase is two adjacent
 * kept words: a stop word, number, URL, hashtag, mention or punctuation between them breaks it.
 */
export class TopicsCollector {
  private readonly terms = new BoundedCounter();
  private readonly phrases = new BoundedCounter();

  /** `hashtag` is the chat's own tag (lower-case), dropped even when written as a plain word. */
  constructor(private readonly hashtag: string | null) {}

  add(text: string): void {
    const terms = new Set<string>();
    const phrases = new Set<string>();
    let previous: string | null = null;
    for (const token of topicTokens(text)) {
      if (token === null || token === this.hashtag || isStopToken(token)) {
        previous = null;
        continue;
      }
      terms.add(token);
      if (previous !== null) phrases.add(`${previous} ${token}`);
      previous = token;
    }
    for (const term of terms) this.terms.add(term);
    for (const phrase of phrases) this.phrases.add(phrase);
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
