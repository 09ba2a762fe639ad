import type { Post } from "../domain/post.js";
import type { SkipReason } from "./types.js";

/**
 * The largest count a post may carry: beyond 2^53 a JavaScript number is no longer exact, and the databases
 * store counts as 64-bit integers (PostgreSQL BIGINT ends near 9.2e18). No real post comes anywhere near it.
 */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;

const COUNT_FIELDS = [
  "likes",
  "reposts",
  "replies",
  "quotes",
  "impressions",
  "bookmarks",
  "shares",
  "authorFollowers",
] as const;

/**
 * Why a post's counts cannot be stored or summed, or null when they can: every count must be a whole number
 * from 0 to MAX_COUNT (null or absent where the field allows it). Each source maps its records through this
 * check, so a count of 1e30 or -3 skips its post with a reason instead of failing an import half-way.
 */
export function badCount(post: Post): SkipReason | null {
  for (const field of COUNT_FIELDS) {
    const value = post[field];
    if (value === null || value === undefined) continue;
    if (!isCount(value)) {
      return { code: "bad_value", detail: `${field} ${String(value).slice(0, 30)} of ${post.externalId}` };
    }
  }
  return null;
}

/** A whole number from 0 to MAX_COUNT. */
export function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}
