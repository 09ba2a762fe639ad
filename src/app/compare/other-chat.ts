/**
 * The chat we compare with, by hashtag: another of the workspace's own series (its editions, read as ours
 * are), else a chat on the workspace's watch-list (its pulled editions). Several channels may watch the same
 * hashtag: the actor's channel's watch first, then the series' channel's, then any.
 */
import type { ComparedEdition } from "../../domain/compare.js";
import type { Series } from "../../domain/series.js";
import type { Watch } from "../../domain/watch.js";
import type { ChannelRef } from "../../domain/workspace.js";
import type { Store } from "../../ports.js";
import { ourEditions } from "./our-editions.js";
import { watchedEditions } from "./watched-editions.js";

export type OtherChat = { kind: "series"; series: Series } | { kind: "watch"; watch: Watch };

export async function findOtherChat(
  store: Store,
  workspaceId: string,
  hashtag: string,
  channels: readonly (ChannelRef | null)[],
): Promise<OtherChat | null> {
  const series = await store.series.findByHashtag(workspaceId, hashtag);
  if (series) return { kind: "series", series };
  const watches = (await store.watches.list(workspaceId)).filter((w) => w.hashtag === hashtag);
  const rank = (watch: Watch) => {
    const at = channels.indexOf(watch.channel);
    return at < 0 ? channels.length : at;
  };
  const watch = watches.sort((a, b) => rank(a) - rank(b))[0];
  return watch ? { kind: "watch", watch } : null;
}

export async function otherEditions(
  store: Store,
  other: OtherChat,
  now: Date,
  last: number,
): Promise<ComparedEdition[]> {
  return other.kind === "series"
    ? ourEditions(store, other.series, now, last)
    : watchedEditions(store, other.watch, last);
}
