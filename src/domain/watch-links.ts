/**
 * Where to follow a watched chat live, per network: X's live search, Bluesky's search, and the
 * Mastodon instance's tag page (mastodon.social when none was given).
 * @see https://help.x.com/en/using-x/x-advanced-search (f=live: latest first)
 * @see https://docs.joinmastodon.org/user/network/#hashtags (/tags/<tag>)
 */
import type { Network } from "./post.js";
import type { Watch } from "./watch.js";

export const DEFAULT_MASTODON_INSTANCE = "https://mastodon.social";

export function followLink(network: Network, hashtag: string, instance: string | null): string {
  const tag = encodeURIComponent(hashtag);
  switch (network) {
    case "x":
      return `https://x.com/search?q=%23${tag}&f=live`;
    case "bluesky":
      return `https://bsky.app/search?q=%23${tag}`;
    case "mastodon":
      return `${(instance ?? DEFAULT_MASTODON_INSTANCE).replace(/\/+$/u, "")}/tags/${tag}`;
  }
}

export function followLinks(
  watch: Pick<Watch, "networks" | "hashtag" | "mastodonInstance">,
): Array<{ network: Network; url: string }> {
  return watch.networks.map((network) => ({
    network,
    url: followLink(network, watch.hashtag, watch.mastodonInstance),
  }));
}
