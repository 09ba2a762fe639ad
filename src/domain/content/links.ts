/**
 * The link that credits a post: the one its source gave, else the network's permalink built from the
 * handle and id. Mastodon ids alone do not make a link (the instance is unknown): null there.
 * @see https://docs.bsky.app/docs/advanced-guides/posts (at:// URI: the last segment is the record key)
 */
import type { Post } from "../post.js";

export function postLink(post: Pick<Post, "network" | "externalId" | "authorHandle" | "url">): string | null {
  if (post.url) return post.url;
  if (post.network === "x") return `https://x.com/${post.authorHandle || "i"}/status/${post.externalId}`;
  if (post.network === "bluesky" && post.externalId.startsWith("at://")) {
    const rkey = post.externalId.split("/").pop();
    return rkey ? `https://bsky.app/profile/${post.authorHandle}/post/${rkey}` : null;
  }
  return null;
}
