/**
 * Which question numbers a post answers: `A1` (answer) or `R1` (réponse) tokens, counted only where chat
 * answers put them. On a year of real X exports the old rule ("any `A1`/`a 1-` token anywhere") read 30 of
 * 34 "answers" out of phrases: "a 4-day workshop", "a 1- or 2-tailed test", "a 0–100 scale", "the R6
 * chapter", numbered lists across line breaks. The measured precision and recall of this rule are in
 * docs/metrics.md (labelled set: test/domain/stats/answer-corpus.ts).
 */

/**
 * A candidate token: `A`/`R`, then the number glued (`A1`) or after one space or tab (`A 1`; a line break is
 * never that space), not followed by a letter, digit or `_` ("A1C" is not one).
 */
const TOKEN_RE = /([ar])(?:(\d{1,2})|[ \t\u00a0](\d{1,2}))(?![\p{L}\p{N}_])/giu;

/** What may not touch a token on its left: a word, a handle, a URL or a hashtag ("BR1", "@a1", "/a1", "#A1"). */
const GLUED_LEFT = /[\p{L}\p{N}_@/.=?&#%+\-'’]/u;

/** A glued token must not continue as a compound or a number: "R2-D2", "A1.5", "A4-size", "a1/b2". */
const COMPOUND_RIGHT = /^[-–—/.,][\p{L}\p{N}]/u;

/**
 * After the number, a separator that says "this is answer n": `:`, ` :` (French), a dash then a space, `)`.
 * The spaced form ("A 1:", "R 2 -") needs one too, so "a 1 hour call" and "a 4-day course" are not answers.
 */
const SEPARATOR_RIGHT = /^[ \t\u00a0]?(?::(?=\s|$)|[-–—](?=\s|$)|\))/u;

/** Between two answer tokens of one post: "A1 A2", "A1 & A2", "A1/A2", "A1, A2 and A3", "R1 et R2". */
const CHAIN = /^[ \t\u00a0]*(?:(?:[&/+,]|&amp;|and|et)[ \t\u00a0]*)?$/iu;

/** A mention or hashtag body, walked backwards from a token to see what opens its segment. */
const HANDLE_CHAR = /[\p{L}\p{N}_.-]/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const SENTENCE_END = /[.!?…;]/u;

/*
 * The regexes below are named here, not written where they are tested: a regex literal makes a new RegExp
 * object each time it is evaluated (each evaluation is a fresh object), and the first one ran on every post.
 */
/** A token may be there: `A`/`R`, an optional space, a digit (most posts have none: no regex walk). */
const MAY_HOLD_TOKEN = /[ar][ \t\u00a0]?\d/iu;
/** What may glue a chained token to the one before: "A1/A2", "A1&A2", "A1+A2", "A1,A2". */
const CHAIN_LEFT = /[/&+,]/u;
/** A compound that is a chain after all: "A1/R2". */
const SLASH_TOKEN = /^\/[ar]\d/iu;
const SPACE = /\s/u;

/** No answer: one shared frozen list. */
export const NONE: readonly number[] = Object.freeze([]);

/**
 * One shared frozen array per number (answers go up to 99): the accumulator keeps each post's answers until
 * the end, and one fresh one-element array per answering post was that many more objects to promote.
 */
const SINGLE: ReadonlyArray<readonly number[]> = Array.from({ length: 100 }, (_, number) =>
  Object.freeze([number]),
);

/** The shared list holding only `number` (0-99). */
export function singleAnswer(number: number): readonly number[] {
  return SINGLE[number]!;
}

/**
 * Distinct answer numbers a post carries, ascending. A token counts when it opens the post, a line or a
 * sentence (after spaces, emoji, punctuation, @mentions and #hashtags: "@host A2 …", "🔥 A1 …", "(A4)"),
 * when a separator follows it ("… so, A3: …", "R1 - …"), when it follows an opening bracket, or when it
 * follows another answer token ("A1 & A2").
 */
export function answerNumbers(text: string): readonly number[] {
  if (!MAY_HOLD_TOKEN.test(text)) return NONE;
  // test() on the one global regex, not exec() or matchAll(): matchAll clones the regex on every call, exec()
  // builds a match array per token (22 MB per 200,000 posts). The token is read back from where it ends.
  TOKEN_RE.lastIndex = 0;
  let first: number | null = null;
  let found: Set<number> | null = null;
  let lastEnd = -1;
  while (TOKEN_RE.test(text)) {
    const end = TOKEN_RE.lastIndex;
    // One or two digits end the token, after `A`/`R` or after one space that follows it.
    const digits = isDigit(text.charCodeAt(end - 2)) ? end - 2 : end - 1;
    const glued = !isTokenSpace(text.charCodeAt(digits - 1));
    const start = glued ? digits - 1 : digits - 2;
    const chained = lastEnd >= 0 && CHAIN.test(text.slice(lastEnd, start));
    if (!isAnswer(text, start, end, glued, chained)) continue;
    lastEnd = end;
    const number =
      digits === end - 1
        ? text.charCodeAt(digits) - 48
        : 10 * (text.charCodeAt(digits) - 48) + text.charCodeAt(digits + 1) - 48;
    if (first === null) first = number;
    else if (number !== first) {
      found ??= new Set([first]);
      found.add(number);
    }
  }
  if (first === null) return NONE;
  return found === null ? SINGLE[first]! : [...found].sort((a, b) => a - b);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isTokenSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** Whether this token is an answer; `chained` when only a space, "&", "/", ",", "and" or "et" separate it from the last one. */
function isAnswer(text: string, start: number, end: number, glued: boolean, chained: boolean): boolean {
  const left = start > 0 ? text[start - 1]! : "";
  const after = text.slice(end, end + 4);
  if (left !== "" && GLUED_LEFT.test(left) && !(chained && CHAIN_LEFT.test(left))) return false;
  if (!glued) return SEPARATOR_RIGHT.test(after) && opensSegment(text, start);
  if (COMPOUND_RIGHT.test(after) && !SLASH_TOKEN.test(after)) return false;
  return opensSegment(text, start) || SEPARATOR_RIGHT.test(after) || left === "(" || left === "[" || chained;
}

/**
 * True when only spaces, emoji, punctuation, @mentions and #hashtags stand between the token and the start
 * of the text, of a line, or of a sentence (". ", "! ", "? ").
 */
function opensSegment(text: string, start: number): boolean {
  let index = start;
  while (index > 0) {
    const char = text[index - 1]!;
    if (char === "\n" || char === "\r") return true;
    if (SENTENCE_END.test(char) && index < start && SPACE.test(text[index]!)) return true;
    if (WORD_CHAR.test(char)) {
      let head = index - 1;
      while (head > 0 && HANDLE_CHAR.test(text[head - 1]!)) head -= 1;
      const sigil = head > 0 ? text[head - 1] : "";
      if (sigil !== "@" && sigil !== "#") return false;
      index = head - 1;
      continue;
    }
    index -= 1;
  }
  return true;
}
