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

/**
 * A person's profile page: x.com/<handle>, bsky.app/profile/<handle>, and for Mastodon
 * https://<host>/@<user> from a `user@host` handle (a bare `user` lives on `instance`, the
 * series' own, when known). null when no page can be named.
 * @see https://docs.joinmastodon.org/user/contacting/#address (user@host addresses)
 */
export function profileLink(network: string, handle: string, instance: string | null = null): string | null {
  const bare = handle.replace(/^@/, "");
  if (bare === "") return null;
  if (network === "x") return `https://x.com/${bare}`;
  if (network === "bluesky") return `https://bsky.app/profile/${bare}`;
  if (network !== "mastodon") return null;
  const [user, host = instance] = bare.split("@");
  return user && host ? `https://${hostOf(host)}/@${user}` : null;
}

/** A host given as a URL ("https://mastodon.social/") or a name ("mastodon.social"). */
function hostOf(instance: string): string {
  return instance.replace(/^https?:\/\//, "").replace(/\/+$/, "");
}
