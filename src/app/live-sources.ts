/** Builds the live sources the configuration allows (Services.liveSource). */
import type { Config } from "../config.js";
import type { Network } from "../domain/post.js";
import type { Clock } from "../ports.js";
import { BlueskySource } from "../sources/live/bluesky.js";
import { MastodonSource } from "../sources/live/mastodon.js";
import { XApiSource } from "../sources/live/x-api.js";
import type { LiveSource } from "../sources/types.js";

export function liveSourceFactory(config: Pick<Config, "x" | "bluesky" | "mastodon">, clock: Clock) {
  const now = () => clock.now();
  return (network: Network, options: { instance?: string | null } = {}): LiveSource | null => {
    switch (network) {
      case "x":
        return config.x.bearerToken
          ? new XApiSource({ baseUrl: config.x.apiUrl, bearerToken: config.x.bearerToken, now })
          : null;
      case "bluesky":
        return new BlueskySource({
          baseUrl: config.bluesky.apiUrl,
          bearerToken: config.bluesky.accessToken ?? undefined,
          now,
        });
      case "mastodon":
        return options.instance
          ? new MastodonSource({
              baseUrl: options.instance,
              bearerToken: config.mastodon.accessToken ?? undefined,
              now,
            })
          : null;
    }
  };
}
