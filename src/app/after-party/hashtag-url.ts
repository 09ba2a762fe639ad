/**
 * The public page of a hashtag on the series' first network, where people keep posting after the
 * chat: X /hashtag/<tag>, Bluesky /hashtag/<tag>, Mastodon <instance>/tags/<tag>.
 */
import type { Series } from "../../domain/series.js";

export function hashtagUrl(series: Pick<Series, "hashtag" | "networks" | "mastodonInstance">): string {
  const tag = encodeURIComponent(series.hashtag);
  const network = series.networks[0] ?? "x";
  if (network === "bluesky") return `https://bsky.app/hashtag/${tag}`;
  if (network === "mastodon" && series.mastodonInstance) {
    const host = series.mastodonInstance.replace(/^https?:\/\//u, "").replace(/\/+$/u, "");
    return `https://${host}/tags/${tag}`;
  }
  return `https://x.com/hashtag/${tag}`;
}
