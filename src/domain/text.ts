/**
 * Plain-text helpers for posts: hashtags, mentions, URLs, question marks and word tokens.
 * Sources that carry entities (X API v2 `entities`, Bluesky facets, Mastodon `tags`/`mentions`) should use
 * them; these helpers serve the sources that only have text (analytics CSV, some archives) and the stats.
 * All functions are Unicode-aware: letters of any script, accents kept.
 */
import type { Network } from "./post.js";

/**
 * `https://…`, `http://…` and `www.…` up to the next whitespace. No `\b` before them: under the `u` and `i`
 * flags it stops V8 from scanning ahead for the first letter, which made this regex the slowest of the stats.
 */
const URL_RE = /(?:https?:\/\/|www\.)\S+/giu;

/**
 * `#tag`: letters, digits (any script) and `_`, with at least one letter (X does not link `#2024`).
 * Not after a letter, digit, `&` (HTML entities like `&#39;`) or `/` (URL fragments).
 * @see https://developer.x.com/en/docs/x-api/data-dictionary/object-model/tweet (entities.hashtags)
 */
const HASHTAG_RE = /(?<![\p{L}\p{N}\p{M}_&/#])#([\p{L}\p{N}\p{M}_]*\p{L}[\p{L}\p{N}\p{M}_]*)/gu;
/** A whole tag without its `#`, by the same rule. */
const HASHTAG_BODY_RE = /^[\p{L}\p{N}\p{M}_]*\p{L}[\p{L}\p{N}\p{M}_]*$/u;
/** Longest tag accepted from a user (Discord's option limit; X allows 139 characters after `#`). */
const HASHTAG_MAX_LENGTH = 100;

/** Not a mention when glued to a word (e-mail addresses), a URL path or another `@`. ".@user" is one (X idiom). */
const MENTION_LEAD = String.raw`(?<![\p{L}\p{N}_/@])@`;

/**
 * Handle shapes per network.
 * X: 1-15 letters, digits or `_` (a longer run is not a mention).
 * Bluesky: a domain name, last label starting with a letter.
 * Mastodon: `user` or `user@instance.tld`; dots and hyphens only inside the user name.
 * Unknown network: the union (dots and hyphens inside, an optional `@instance`), trailing punctuation left out.
 * @see https://help.x.com/en/managing-your-account/x-username-rules
 * @see https://atproto.com/specs/handle#handle-identifier-syntax
 * @see https://docs.joinmastodon.org/spec/webfinger/
 */
const MENTION_RES: Record<Network | "any", RegExp> = {
  x: new RegExp(`${MENTION_LEAD}([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_])`, "gu"),
  bluesky: new RegExp(
    `${MENTION_LEAD}((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`,
    "gu",
  ),
  mastodon: new RegExp(
    `${MENTION_LEAD}([A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*(?:@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)?)`,
    "gu",
  ),
  any: new RegExp(
    `${MENTION_LEAD}([A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*(?:@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)?)`,
    "gu",
  ),
};

/** Question marks: ASCII, full-width (CJK). French typography puts a space before it, which changes nothing. */
const QUESTION_MARK_RE = /[?？]/u;

/** French elisions glued to the next word: l'école -> école, qu'il -> il, jusqu'à -> à. */
export const ELISION_RE = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=.)/u;

/** Plain code-unit order, the same in JavaScript, SQLite (BINARY) and PostgreSQL (C collation). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lower case, as the stats compare everything (hashtags, handles, words). */
export function lower(value: string): string {
  // toLowerCase() copies even a string with nothing to change, and the stats lower every handle and tag of
  // every post (mostly lower-case already): scan for a character it could change first.
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if ((code >= 65 && code <= 90) || code >= 128) return value.toLowerCase();
  }
  return value;
}

/** A handle as typed by a user or a source: `@Alice` -> `alice`. */
export function normaliseHandle(handle: string): string {
  return lower(withoutLead(handle.trim(), 64 /* @ */));
}

/** A hashtag as typed by a user or a source: `#AfterChat` -> `afterchat`. */
export function normaliseHashtag(tag: string): string {
  return lower(withoutLead(tag.trim(), 35 /* # */));
}

/** The text without one leading `code` character (a char test: the stats normalise every tag and handle). */
function withoutLead(text: string, code: number): string {
  return text.charCodeAt(0) === code ? text.slice(1) : text;
}

/**
 * Whether a normalised tag (normaliseHashtag) is one a chat can have: what HASHTAG_RE reads after
 * a `#` (letters of any script with their marks, digits, `_`, at least one letter), at most 100
 * characters. Anything else is refused rather than escaped: a tag goes into search queries (X,
 * Bluesky) and URL paths (Mastodon).
 */
export function isHashtag(tag: string): boolean {
  return HASHTAG_BODY_RE.test(tag) && [...tag].length <= HASHTAG_MAX_LENGTH;
}

/** The text with every URL replaced by a space (so `?` and `#` inside URLs are ignored). */
export function stripUrls(text: string): string {
  if (!mayHoldUrl(text)) return text;
  return text.replace(URL_RE, " ");
}

/** A cheap test that spares most posts the URL regex. */
function mayHoldUrl(text: string): boolean {
  return text.includes("://") || text.includes("www.") || text.includes("WWW.");
}

function distinctMatches(text: string, re: RegExp): string[] {
  const found = new Set<string>();
  for (const match of stripUrls(text).matchAll(re)) found.add(lower(match[1]!));
  return [...found];
}

/** Distinct hashtags in order of first appearance, lower-case, without `#`. */
export function extractHashtags(text: string): string[] {
  return distinctMatches(text, HASHTAG_RE);
}

/**
 * Distinct mentioned handles in order of first appearance, lower-case, without the leading `@`. Give the
 * network when known: X handles stop at 15 characters and have no dots, Bluesky handles are domain names.
 */
export function extractMentions(text: string, network?: Network): string[] {
  return distinctMatches(text, MENTION_RES[network ?? "any"]);
}

/** Whether the text asks something: a question mark outside URLs ("pourquoi ?" included). */
export function asksQuestion(text: string): boolean {
  // includes() before any regex: most posts ask nothing, and this runs for each of them.
  if (!text.includes("?") && !text.includes("？")) return false;
  const rest = stripUrls(text);
  if (!QUESTION_MARK_RE.test(rest)) return false;
  return !rest.includes("/") || QUESTION_MARK_RE.test(rest.replace(BARE_LINK_RE, " "));
}

/**
 * A link written without its scheme: Bluesky shows a link facet as shortened text ("youtube.com/watch?v=…",
 * "example.com/search?q=a…"), the full URI living only in the facet; X and Mastodon users type them too.
 * A domain (labels, a dot, a top-level name of letters) followed by a path, up to the next whitespace.
 */
const BARE_LINK_RE = /(?<![\p{L}\p{N}@._-])(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/\S*/gu;

/**
 * Words for topic counting, in order, lower-case, accents kept, French elisions removed, a trailing
 * possessive `'s` removed, typographic apostrophes made straight. `null` marks a break (punctuation, emoji,
 * URL, hashtag, mention) that a two-word phrase must not cross. Stop words are the caller's business.
 */
export function topicTokens(text: string): Array<string | null> {
  const tokens: Array<string | null> = [];
  forEachTopicToken(text, (token) => {
    if (token !== null || (tokens.length > 0 && tokens[tokens.length - 1] !== null)) tokens.push(token);
  });
  return tokens;
}

/**
 * topicTokens() without building the array; consecutive breaks may repeat. A token is: a URL (`http://`,
 * `https://`, `www.` up to whitespace), a hashtag (`#` and word characters), a mention (`@` and handle
 * characters), all three breaks; a word (letters, digits, marks, with single inner `'` or `-`); any other
 * visible character, a break. `#` or `@` glued to a word ("c#", "me@ex.com") only drops what follows them: no
 * topic either.
 */
export function forEachTopicToken(text: string, visit: (token: string | null) => void): void {
  scanTopicTokens(text, {
    word: (lowered, start, end) => visit(lowered.slice(start, end)),
    wordText: visit,
    pause: () => visit(null),
  });
}

/**
 * Where scanTopicTokens reports tokens. Most words are reported as a range of the lower-cased text, so a
 * caller that has met the word before can find it without a new string: the stats scan every word of every
 * post, and a string per word was most of what they allocated.
 */
export interface TopicTokenSink {
  /** A word: `lowered` (the text, lower-case) from `start` to `end`; `hash` is its wordHash(). */
  word(lowered: string, start: number, end: number, hash: number): void;
  /** A word as a string, when removing an elision or a possessive changed it. */
  wordText(word: string): void;
  /** A break. */
  pause(): void;
}

/** forEachTopicToken() with words as ranges (see TopicTokenSink). */
export function scanTopicTokens(text: string, sink: TopicTokenSink): void {
  // No search for apostrophes beforehand (indexOf over every text was a tenth of the topics' time): the
  // word scan meets them, and ’ acts as ' everywhere (a break outside a word, a joiner inside one).
  const lowered = lower(text);
  const length = lowered.length;
  let index = 0;
  while (index < length) {
    const code = lowered.charCodeAt(index);
    if (isWordUnit(lowered, index, code)) {
      if (isUrlStart(lowered, index, code)) {
        index = skipUntilSpace(lowered, index);
        sink.pause();
        continue;
      }
      const start = index;
      index = endOfWord(lowered, index);
      if (wordHasApostrophe) sink.wordText(withoutElision(lowered.slice(start, index)));
      else sink.word(lowered, start, index, wordHashValue);
    } else if (code === 35 /* # */) {
      index += 1;
      while (
        index < length &&
        (lowered.charCodeAt(index) === 95 || isWordUnit(lowered, index, lowered.charCodeAt(index)))
      ) {
        index += lowered.charCodeAt(index) >= 0xd800 && lowered.charCodeAt(index) <= 0xdbff ? 2 : 1;
      }
      sink.pause();
    } else if (code === 64 /* @ */) {
      index += 1;
      while (index < length && isHandleUnit(lowered.charCodeAt(index))) index += 1;
      sink.pause();
    } else {
      if (!isSpace(code)) sink.pause();
      index += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    }
  }
}

/** A word holding an apostrophe: straight, without a leading French elision or a trailing possessive `'s`. */
function withoutElision(word: string): string {
  return word.replaceAll("’", "'").replace(ELISION_RE, "").replace(/'s$/u, "");
}

/** Per UTF-16 unit of the Basic Multilingual Plane: 0 not yet known, 1 word character, 2 not. */
const WORD_UNITS = new Uint8Array(0x10000);
const WORD_CHARACTER_RE = /^[\p{L}\p{N}\p{M}]$/u;
/** The same for characters outside the BMP, filled as they are met (bounded by the characters in use). */
const ASTRAL_WORDS = new Map<number, boolean>();
for (let code = 0; code < 128; code += 1) {
  const ascii = (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  WORD_UNITS[code] = ascii ? 1 : 2;
}

export function isWordUnit(text: string, index: number, code: number): boolean {
  if (code >= 0xd800 && code <= 0xdbff) {
    // A character outside the BMP (most emoji, rare scripts): classified once per code point.
    const point = text.codePointAt(index) ?? 0;
    let word = ASTRAL_WORDS.get(point);
    if (word === undefined) {
      word = WORD_CHARACTER_RE.test(String.fromCodePoint(point));
      ASTRAL_WORDS.set(point, word);
    }
    return word;
  }
  let known = WORD_UNITS[code]!;
  if (known === 0) {
    known = WORD_CHARACTER_RE.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_UNITS[code] = known;
  }
  return known === 1;
}

/** Whether the last word endOfWord() read holds an apostrophe (`'` or `’`). */
let wordHasApostrophe = false;
/** The wordHash() of the last word endOfWord() read: computed as it is read, not in a second pass. */
let wordHashValue = 0;

/**
 * After a word's first character: word characters, and `'`, `’` or `-` followed by one. Sets
 * wordHasApostrophe and wordHashValue.
 */
function endOfWord(text: string, from: number): number {
  wordHasApostrophe = false;
  let hash = FNV_OFFSET;
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isWordUnit(text, index, code)) {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      index += 1;
      if (code >= 0xd800 && code <= 0xdbff) {
        hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
        index += 1;
      }
    } else if ((code === 39 || code === 45 || code === 0x2019) && index + 1 < text.length && index > from) {
      const next = text.charCodeAt(index + 1);
      if (!isWordUnit(text, index + 1, next)) break;
      if (code !== 45) wordHasApostrophe = true;
      hash = Math.imul(hash ^ code, FNV_PRIME);
      index += 1;
    } else {
      break;
    }
  }
  wordHashValue = finishHash(hash);
  return index;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** A word's hash for the stats' word tables: FNV-1a over its UTF-16 units, 31 bits. */
export function wordHash(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let index = start; index < end; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
  return finishHash(hash);
}

function finishHash(hash: number): number {
  return (hash ^ (hash >>> 15)) & 0x7fffffff;
}

export function isUrlStart(text: string, index: number, code: number): boolean {
  if (code === 104 /* h */) return text.startsWith("https://", index) || text.startsWith("http://", index);
  return code === 119 /* w */ && text.startsWith("www.", index);
}

export function skipUntilSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && !isSpace(text.charCodeAt(index))) index += 1;
  return index;
}

/** Handle characters after `@`: ASCII letters, digits, `_ . @ -` (X, Bluesky and Mastodon forms). */
export function isHandleUnit(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 46 ||
    code === 64 ||
    code === 45
  );
}

export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200b)
  );
}
