/**
 * Plain-text helpers for posts: hashtags, mentions, URLs, question marks and word tokens.
 * Sources that carry entities (X API v2 `entities`, Bluesky facets, Mastodon `tags`/`mentions`) should use
 * them; these helpers serve the sources that only have text (analytics CSV, some archives) and the stats.
 * All functions are Unicode-aware: letters of any script, accents kept.
 */

/** `https://…`, `http://…` and `www.…` up to the next whitespace. */
const URL_RE = /(?:\bhttps?:\/\/|\bwww\.)\S+/giu;

/**
 * `#tag`: letters, digits (any script) and `_`, with at least one letter (X does not link `#2024`).
 * Not after a letter, digit, `&` (HTML entities like `&#39;`) or `/` (URL fragments).
 * @see https://developer.x.com/en/docs/x-api/data-dictionary/object-model/tweet (entities.hashtags)
 */
const HASHTAG_RE = /(?<![\p{L}\p{N}\p{M}_&/#])#([\p{L}\p{N}\p{M}_]*\p{L}[\p{L}\p{N}\p{M}_]*)/gu;

/**
 * `@handle` (X: letters, digits, `_`), `@name.bsky.social` (Bluesky: a domain name) and `@user@instance.tld`
 * (Mastodon). Not after a word character (e-mail addresses), `/` (URL paths) or `@`. A trailing dot or hyphen
 * is sentence punctuation, not part of the handle.
 * @see https://docs.bsky.app/docs/advanced-guides/resolving-identities (handles are domain names)
 * @see https://docs.joinmastodon.org/spec/microformats/ (user@domain mentions)
 */
const MENTION_RE =
  /(?<![\p{L}\p{N}_./@])@([A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?(?:@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?\.[A-Za-z]{2,})?)/gu;

/** Question marks: ASCII, full-width (CJK). French typography puts a space before it, which changes nothing. */
const QUESTION_MARK_RE = /[?？]/u;

/**
 * One token for topics: a URL, a hashtag, a mention (all three dropped, but they break a phrase), a word
 * (letters/digits with inner apostrophes or hyphens: "aujourd'hui", "peut-être", "don't"), or any other
 * visible character (punctuation, emoji), which also breaks a phrase.
 */
const TOKEN_RE = new RegExp(
  [
    URL_RE.source,
    `(?<![\\p{L}\\p{N}\\p{M}_&/#])#[\\p{L}\\p{N}\\p{M}_]+`,
    `(?<![\\p{L}\\p{N}_./@])@[A-Za-z0-9_](?:[A-Za-z0-9_.@-]*[A-Za-z0-9_])?`,
    `([\\p{L}\\p{N}\\p{M}]+(?:['’\\-][\\p{L}\\p{N}\\p{M}]+)*)`,
    `\\S`,
  ].join("|"),
  "giu",
);

/** French elisions glued to the next word: l'école -> école, qu'il -> il, jusqu'à -> à. */
const ELISION_RE = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=.)/u;

/** Lower case, as the stats compare everything (hashtags, handles, words). */
export function lower(value: string): string {
  return value.toLowerCase();
}

/** A handle as typed by a user or a source: `@Alice` -> `alice`. */
export function normaliseHandle(handle: string): string {
  return lower(handle.trim().replace(/^@/, ""));
}

/** A hashtag as typed by a user or a source: `#AfterChat` -> `afterchat`. */
export function normaliseHashtag(tag: string): string {
  return lower(tag.trim().replace(/^#/, ""));
}

/** The text with every URL replaced by a space (so `?` and `#` inside URLs are ignored). */
export function stripUrls(text: string): string {
  return text.replace(URL_RE, " ");
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

/** Distinct mentioned handles in order of first appearance, lower-case, without the leading `@`. */
export function extractMentions(text: string): string[] {
  return distinctMatches(text, MENTION_RE);
}

/** Whether the text asks something: a question mark outside URLs ("pourquoi ?" included). */
export function asksQuestion(text: string): boolean {
  if (!QUESTION_MARK_RE.test(text)) return false;
  return QUESTION_MARK_RE.test(stripUrls(text));
}

/**
 * Words for topic counting, in order, lower-case, accents kept, French elisions removed, a trailing
 * possessive `'s` removed, typographic apostrophes made straight. `null` marks a break (punctuation, emoji,
 * URL, hashtag, mention) that a two-word phrase must not cross. Stop words are the caller's business.
 */
export function topicTokens(text: string): Array<string | null> {
  const tokens: Array<string | null> = [];
  for (const match of text.matchAll(TOKEN_RE)) {
    const word = match[1];
    if (word === undefined) {
      if (tokens.length > 0 && tokens[tokens.length - 1] !== null) tokens.push(null);
      continue;
    }
    tokens.push(lower(word).replace(/’/gu, "'").replace(ELISION_RE, "").replace(/'s$/u, ""));
  }
  return tokens;
}
