/**
 * What every use case receives: the ports, nothing concrete. Built once by the composition roots
 * (src/main.ts, src/cli.ts) and by tests with in-memory fakes.
 */

import type { Network } from "../domain/post.js";
import type { Platforms } from "../edge.js";
import type { Logger } from "../log.js";
import type { Clock, Store } from "../ports.js";
import type { LiveSource } from "../sources/types.js";

export interface Services {
  store: Store;
  clock: Clock;
  /** Outbound messages to Slack / Discord (scheduled posts, DMs, threads). */
  platforms: Platforms;
  log: Logger;
  /** A process secret kept outside the database (today: legacy anonymous-poll voter keys, docs/anonymity.md). */
  secret: string;
  /** Live pulls by network, when configured (X needs a bearer token; Mastodon an instance per series). */
  liveSource(network: Network, options: { instance?: string | null }): LiveSource | null;
  /** Largest file accepted for import from a chat platform, in bytes. */
  importMaxBytes: number;
}
