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
        // Logged in (BLUESKY_HANDLE + BLUESKY_APP_PASSWORD): through the account's PDS, which pages search
        // results; else the AppView, with BLUESKY_ACCESS_TOKEN when set.
        return config.bluesky.login
          ? new BlueskySource({ baseUrl: config.bluesky.pdsUrl, credentials: config.bluesky.login, now })
          : new BlueskySource({
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
