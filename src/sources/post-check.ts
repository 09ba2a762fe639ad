import type { Post } from "../domain/post.js";
import { badValue, type SkipReason, written } from "./types.js";

/**
 * The largest count a post may carry: beyond 2^53 a JavaScript number is no longer exact, and the databases
 * store counts as 64-bit integers (PostgreSQL BIGINT ends near 9.2e18). No real post comes anywhere near it.
 */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/** A whole number from 0 to MAX_COUNT. */
export function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** A count that may be unknown (null, absent) or else a whole number from 0 to MAX_COUNT. */
function isOptionalCount(value: number | null | undefined): boolean {
  return value === null || value === undefined || isCount(value);
}

/**
 * Why a post's counts cannot be stored or summed, or null when they can: every count must be a whole number
 * from 0 to MAX_COUNT (null or absent where the field allows it). Each source maps its records through this
 * check, so a count of 1e30 or -3 skips its post with a reason instead of failing an import half-way.
 * Fields are read by name, not through a list of keys: every post of an archive passes here, and a keyed
 * read shared by every field goes megamorphic.
 */
export function badCount(post: Post): SkipReason | null {
  if (
    isCount(post.likes) &&
    isCount(post.reposts) &&
    isCount(post.replies) &&
    isCount(post.quotes) &&
    isOptionalCount(post.impressions) &&
    isOptionalCount(post.bookmarks) &&
    isOptionalCount(post.shares) &&
    isOptionalCount(post.engagements) &&
    isOptionalCount(post.authorFollowers)
  )
    return null;
  const fields = [
    "likes",
    "reposts",
    "replies",
    "quotes",
    "impressions",
    "bookmarks",
    "shares",
    "engagements",
    "authorFollowers",
  ] as const;
  const field = fields.find((name) => !isOptionalCount(post[name])) ?? "likes";
  return badValue({ field, of: post.externalId, expected: "count", got: written(post[field]) });
}

/**
 * Why a post's text fields cannot be stored, or null when they can: PostgreSQL refuses a NUL character
 * (U+0000) in text, and one such post failed a whole import with an unexplained error. Checked where posts
 * enter the store (src/app/import/import-items.ts), so every source is covered; `afterchat report` never
 * stores and keeps them.
 */
export function badText(post: Post): SkipReason | null {
  const field = post.text.includes("\0")
    ? "text"
    : post.authorHandle.includes("\0")
      ? "authorHandle"
      : post.authorName?.includes("\0")
        ? "authorName"
        : post.url?.includes("\0")
          ? "url"
          : null;
  if (!field) return null;
  return badValue({ field, of: post.externalId.slice(0, 40), expected: "no_nul" });
}
