import { isObject } from "./json.js";

/**
 * Hashtags and mentions from plain text, for sources that carry no entities (the analytics CSV).
 * Approximates X's rules (twitter-text): a hashtag is `#` or `＃` not preceded by a letter, digit, `_` or `&`,
 * then letters/digits/marks/`_` with at least one non-digit; a mention is `@` or `＠` not preceded by a letter,
 * digit or `_`, then 1-15 of `[A-Za-z0-9_]`, not followed by `@` (an e-mail address).
 * @see https://github.com/twitter/twitter-text/blob/master/js/src/regexp/
 */
const HASHTAG = /(?<![\p{L}\p{N}_&])[#＃]([\p{L}\p{M}\p{N}_]+)/gu;
const MENTION = /(?<![\p{L}\p{N}_])[@＠]([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_@＠])/gu;

export function extractHashtags(text: string): string[] {
  const tags = [...text.matchAll(HASHTAG)].map((m) => m[1] ?? "").filter((tag) => !/^\p{N}+$/u.test(tag));
  return uniqueLower(tags);
}

export function extractMentions(text: string): string[] {
  return uniqueLower([...text.matchAll(MENTION)].map((m) => m[1] ?? ""));
}

/** Lower-cases, drops empties and duplicates, keeps first-seen order. */
export function uniqueLower(values: Iterable<unknown>): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    const lower = lowerOf(value);
    if (lower !== null) seen.add(lower);
  }
  return [...seen];
}

/** Up to this many entries a linear search finds duplicates faster than a Set. */
const SMALL_LIST = 32;

/**
 * uniqueLower() of one string field of each object in a list (X API `entities.hashtags[].tag`), without the
 * intermediate arrays and Set: every post has two such lists, usually of one to three entries.
 */
export function uniqueLowerField(list: unknown, field: string): string[] {
  if (!Array.isArray(list)) return [];
  if (list.length > SMALL_LIST)
    return uniqueLower(list.map((entry) => (isObject(entry) ? entry[field] : null)));
  const found: string[] = [];
  for (const entry of list) if (isObject(entry)) addLower(found, entry[field]);
  return found;
}

/**
 * uniqueLowerField(list, "tag"), with the field named in the code: a read of `entry.tag` sees one shape of
 * object (X's hashtag entities) and stays fast, where `entry[field]` shared by both lists did not.
 */
export function uniqueLowerTags(list: unknown): string[] {
  if (!Array.isArray(list) || list.length > SMALL_LIST) return uniqueLowerField(list, "tag");
  if (list.length === 1) {
    const only = list[0];
    return oneLower(isObject(only) ? only.tag : null);
  }
  if (list.length === 2) {
    const first = list[0];
    const second = list[1];
    return twoLower(isObject(first) ? first.tag : null, isObject(second) ? second.tag : null);
  }
  const found: string[] = [];
  for (const entry of list) if (isObject(entry)) addLower(found, entry.tag);
  return found;
}

/** uniqueLowerField(list, "username"), for X's mention entities (see uniqueLowerTags). */
export function uniqueLowerUsernames(list: unknown): string[] {
  if (!Array.isArray(list) || list.length > SMALL_LIST) return uniqueLowerField(list, "username");
  if (list.length === 1) {
    const only = list[0];
    return oneLower(isObject(only) ? only.username : null);
  }
  if (list.length === 2) {
    const first = list[0];
    const second = list[1];
    return twoLower(isObject(first) ? first.username : null, isObject(second) ? second.username : null);
  }
  const found: string[] = [];
  for (const entry of list) if (isObject(entry)) addLower(found, entry.username);
  return found;
}

/**
 * The list of a one-entry list, written as a literal: an array filled by push() reserves 17 slots, and most
 * posts carry one hashtag and at most one mention (bytes allocated per mapped tweet of the bench's archive:
 * 928 -> 672).
 */
function oneLower(value: unknown): string[] {
  const lower = lowerOf(value);
  return lower === null ? [] : [lower];
}

/**
 * The list of a two-entry list, also as a literal: a chat's posts often carry its hashtag and one more (the
 * bench's archive with a second hashtag on every post: 776 -> 656 bytes allocated per mapped tweet).
 */
function twoLower(first: unknown, second: unknown): string[] {
  const one = lowerOf(first);
  const two = lowerOf(second);
  if (one === null) return two === null ? [] : [two];
  return two === null || two === one ? [one] : [one, two];
}

/** Adds the value, lower-cased and without its marker, unless it is not a string, empty or already there. */
function addLower(found: string[], value: unknown): void {
  const lower = lowerOf(value);
  if (lower !== null && !found.includes(lower)) found.push(lower);
}

/** The value lower-cased and without its marker, or null when it is not a string or nothing is left. */
function lowerOf(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const lower = withoutMarker(value).toLowerCase();
  return lower.length > 0 ? lower : null;
}

/** Drops one leading `#`, `@`, `＃` or `＠`. */
function withoutMarker(value: string): string {
  const code = value.charCodeAt(0);
  return code === 35 || code === 64 || code === 0xff03 || code === 0xff20 ? value.slice(1) : value;
}

/**
 * A repost's text: X's own "RT @user: " prefix, kept, then the original's full text instead of the copy cut
 * at 140 characters that X puts after it.
 */
export function repostText(own: string, original: string): string {
  const prefix = /^RT @[A-Za-z0-9_]{1,15}: /.exec(own);
  return prefix === null ? original : prefix[0] + original;
}

/** The first list, then what the second adds, in order. */
export function union(first: string[], second: readonly string[]): string[] {
  if (second.length === 0) return first;
  const out = first.slice();
  for (const value of second) if (!out.includes(value)) out.push(value);
  return out;
}
