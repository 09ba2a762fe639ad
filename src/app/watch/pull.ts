/**
 * Pulls a watched edition's posts from the live sources (the same sources and filter as a series'
 * pull, src/app/stats/pull.ts) into memory, and summarises them with the same stats engine. The
 * posts are not stored: a watched chat is someone else's, and a post carrying both hashtags must
 * not move into the team's own editions.
 */

import type { Network, Post } from "../../domain/post.js";
import { postFilter } from "../../domain/post-filter.js";
import { computeReport } from "../../domain/stats/accumulator.js";
import type { Watch, WatchEdition, WatchSummary } from "../../domain/watch.js";
import { DEFAULT_MASTODON_INSTANCE } from "../../domain/watch-links.js";
import { summariseWatch } from "../../domain/watch-summary.js";
import { type AfterchatError, toAfterchatError } from "../../errors.js";
import type { Store } from "../../ports.js";
import { dedupePosts } from "../../store/rules.js";
import type { Services } from "../services.js";

/** Posts from an hour before the start (teasers) to an hour after the end (late answers). */
const MARGIN_MS = 60 * 60_000;

/** Errors a later attempt may not get: the network refuses us or the query, whatever the time. */
const PERMANENT = new Set(["source_auth", "source_not_configured", "source_window"]);

export type WatchPull =
  | { status: "pulled"; summary: WatchSummary; failed: Array<{ network: Network; error: AfterchatError }> }
  | { status: "no_source"; failed: [] }
  | { status: "unavailable"; failed: Array<{ network: Network; error: AfterchatError }> };

export async function pullWatchEdition(
  services: Services,
  watch: Watch,
  edition: WatchEdition,
): Promise<WatchPull> {
  const since = new Date(edition.startsAt.getTime() - MARGIN_MS);
  const until = new Date(Math.min(edition.endsAt.getTime() + MARGIN_MS, services.clock.now().getTime()));
  const accepts = postFilter({ hashtag: watch.hashtag, since, until });
  const posts: Post[] = [];
  const pulled: Network[] = [];
  const missing: Network[] = [];
  const failed: Array<{ network: Network; error: AfterchatError }> = [];
  for (const network of watch.networks) {
    const instance = network === "mastodon" ? (watch.mastodonInstance ?? DEFAULT_MASTODON_INSTANCE) : null;
    const source = services.liveSource(network, { instance });
    if (!source) {
      missing.push(network);
      continue;
    }
    try {
      const mine: Post[] = [];
      for await (const item of source.pull({ hashtag: watch.hashtag, since, until }))
        if (item.type === "post" && accepts(item.post)) mine.push(item.post);
      posts.push(...mine);
      pulled.push(network);
    } catch (error) {
      const failure = toAfterchatError(error);
      if (failure.code === "internal")
        services.log.error({ err: error, network, watch: watch.id }, "watched chat pull failed");
      missing.push(network);
      if (!PERMANENT.has(failure.code)) failed.push({ network, error: failure });
    }
  }
  if (pulled.length === 0)
    return failed.length ? { status: "unavailable", failed } : { status: "no_source", failed: [] };
  const unique = dedupePosts(posts);
  const report = computeReport(unique, {
    hashtag: watch.hashtag,
    hosts: watch.hosts,
    window: { startsAt: edition.startsAt, endsAt: edition.endsAt },
    instance: watch.mastodonInstance ? new URL(watch.mastodonInstance).host : null,
    topN: 10,
  });
  const team = await teamHandles(services.store, watch.workspaceId);
  return {
    status: "pulled",
    summary: summariseWatch({ report, posts: unique, networks: pulled, missing, team }),
    failed,
  };
}

/** The hosts of the workspace's own chats and everyone in their rosters, by network and handle. */
async function teamHandles(store: Store, workspaceId: string) {
  const handles: Array<{ network: Network; handle: string }> = [];
  for (const series of await store.series.list(workspaceId)) {
    for (const host of series.hosts)
      for (const network of series.networks) handles.push({ network, handle: host });
    for (const entry of await store.participants.roster(workspaceId, series.id))
      handles.push(...entry.handles);
  }
  return handles;
}
