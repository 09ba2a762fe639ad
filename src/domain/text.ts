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

/**
 * One token for topics: a URL, a hashtag, a mention (all three dropped, but they break a phrase), a word
 * (letters/digits with inner apostrophes or hyphens: "aujourd'hui", "peut-être", "don't"), or any other
 * visible character (punctuation, emoji), which also breaks a phrase. Topics need no lookbehinds: a `#` or
 * `@` glued to a word ("c#", "me@ex.com") only drops what follows it, which is no topic either. Runs on
 * lower-cased text with straight apostrophes.
 */
const TOKEN_RE =
  /(?:https?:\/\/|www\.)\S+|#[\p{L}\p{N}\p{M}_]+|@[a-z0-9_](?:[a-z0-9_.@-]*[a-z0-9_])?|([\p{L}\p{N}\p{M}]+(?:['-][\p{L}\p{N}\p{M}]+)*)|\S/gu;

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
  forEachTopicToken(text, (token) => {
    if (token !== null || (tokens.length > 0 && tokens[tokens.length - 1] !== null)) tokens.push(token);
  });
  return tokens;
}

/** topicTokens() without building the array (the stats call it once per post); breaks may repeat. */
export function forEachTopicToken(text: string, visit: (token: string | null) => void): void {
  const lowered = lower(text);
  const folded = lowered.includes("’") ? lowered.replaceAll("’", "'") : lowered;
  TOKEN_RE.lastIndex = 0;
  for (let match = TOKEN_RE.exec(folded); match !== null; match = TOKEN_RE.exec(folded)) {
    const word = match[1];
    if (word === undefined) visit(null);
    else if (word.includes("'")) visit(word.replace(ELISION_RE, "").replace(/'s$/u, ""));
    else visit(word);
  }
}
