/**
 * Ready-to-post drafts (thank-you, shout-out) that never exceed a network's post length: the
 * handles are spread over as many drafts as needed.
 *
 * Length is counted the way X does (twitter-text v3 "weighted length"): code points in the Latin,
 * general punctuation and similar ranges weigh 1, every other code point weighs 2 (so CJK and emoji
 * count double). Emoji sequences really weigh 2 in all; counting 2 per code point over-estimates,
 * which keeps the bound safe. Bluesky (300 graphemes) and Mastodon (500 characters by default) are
 * checked with the same, stricter, count.
 * @see https://github.com/twitter/twitter-text/blob/master/config/v3.json
 * @see https://docs.bsky.app/docs/advanced-guides/post-richtext (300 graphemes)
 */
import type { Network } from "../../domain/post.js";

export const POST_LIMITS: Record<Network, number> = { x: 280, bluesky: 300, mastodon: 500 };

/** twitter-text v3 ranges that weigh 1. */
const LIGHT: ReadonlyArray<[number, number]> = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];

export function weightedLength(text: string): number {
  let length = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    length += LIGHT.some(([from, to]) => code >= from && code <= to) ? 1 : 2;
  }
  return length;
}

/**
 * Drafts naming every handle once, in order, each within `limit`: `render(names)` writes one
 * draft for a group of names. A handle too long to fit even alone is left out (returned in
 * `left`). No handles: `none` (a draft without names) when given.
 */
export function packDrafts(
  handles: readonly string[],
  render: (names: readonly string[]) => string,
  limit: number,
  none: string | null = null,
): { drafts: string[]; left: string[] } {
  if (handles.length === 0)
    return { drafts: none !== null && weightedLength(none) <= limit ? [none] : [], left: [] };
  const drafts: string[] = [];
  const left: string[] = [];
  let group: string[] = [];
  for (const handle of handles) {
    if (weightedLength(render([...group, handle])) <= limit) {
      group.push(handle);
      continue;
    }
    if (group.length > 0) drafts.push(render(group));
    group = [];
    if (weightedLength(render([handle])) <= limit) group.push(handle);
    else left.push(handle);
  }
  if (group.length > 0) drafts.push(render(group));
  return { drafts, left };
}
