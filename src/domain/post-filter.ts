import type { Post } from "./post.js";
import { normaliseHashtag } from "./text.js";

/** Which posts belong to a chat: its hashtag (case-insensitive) and a time window, each optional. */
export interface PostFilter {
  hashtag?: string | null;
  since?: Date | null;
  until?: Date | null;
}

/** A predicate for the filter; with nothing set, every post passes. */
export function postFilter(filter: PostFilter): (post: Post) => boolean {
  const tag = filter.hashtag ? normaliseHashtag(filter.hashtag) : null;
  const since = filter.since?.getTime() ?? null;
  const until = filter.until?.getTime() ?? null;
  const tagInText = tag ? new RegExp(`#${escapeRegExp(tag)}(?![\\p{L}\\p{N}_])`, "iu") : null;
  return (post) => {
    const at = post.createdAt.getTime();
    if (since !== null && at < since) return false;
    if (until !== null && at > until) return false;
    if (tag === null) return true;
    return post.hashtags.includes(tag) || (tagInText?.test(post.text) ?? false);
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
