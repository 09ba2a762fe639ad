import type { UnansweredPost } from "../../domain/stats/report.js";
import { BUTTON_VALUE_CHARS } from "./limits.js";

/** Marks a value cut to fit: the handler then matches it as a prefix of `network:externalId`. */
export const TRUNCATED_MARK = "…";

/**
 * The "unanswered.assign" button value: `network:externalId`, which fits 80 characters for X and Mastodon
 * ids and for Bluesky `at://did:plc:…` URIs. Longer ids (a `did:web` with a long domain) are cut and end
 * with "…", so the action handler knows to resolve them by prefix among the edition's unanswered posts.
 */
export function unansweredValue(post: Pick<UnansweredPost, "network" | "externalId">): {
  value: string;
  truncated: boolean;
} {
  const full = `${post.network}:${post.externalId}`;
  if (full.length <= BUTTON_VALUE_CHARS) return { value: full, truncated: false };
  return {
    value: `${full.slice(0, BUTTON_VALUE_CHARS - TRUNCATED_MARK.length)}${TRUNCATED_MARK}`,
    truncated: true,
  };
}
