/**
 * The edition's posts people engaged with most (likes + reposts + replies + quotes, reposts left
 * out since they carry the original's counts), for the after-party's opening message. Streams the
 * edition's posts and keeps only the top few, so a 200,000-post import costs no memory.
 */
import type { Edition } from "../../domain/edition.js";
import type { Post } from "../../domain/post.js";
import { countsOf, engagementOf } from "../../domain/stats/engagement.js";
import type { Store } from "../../ports.js";

export interface BestPost {
  post: Post;
  engagement: number;
}

export async function bestPosts(store: Store, edition: Edition, count: number): Promise<BestPost[]> {
  if (count <= 0 || !edition.importedAt) return [];
  const top: BestPost[] = [];
  for await (const post of store.posts.streamByEdition(edition.workspaceId, edition.id)) {
    if (post.kind === "repost" || !post.url) continue;
    const engagement = engagementOf(countsOf(post));
    if (engagement <= 0) continue;
    const last = top[count - 1];
    if (top.length === count && last && engagement <= last.engagement) continue;
    // Stable: a later post with the same engagement ranks after the earlier one.
    const at = top.findIndex((b) => b.engagement < engagement);
    top.splice(at < 0 ? top.length : at, 0, { post, engagement });
    if (top.length > count) top.pop();
  }
  return top;
}
