/**
 * The edition whose after-party thread a message was written in. The thread's parent channel
 * leads to the series (the workspace's own, or one a linked workspace hosts the after-party of:
 * a Slack series with its after-party on a Discord server), then to its recent editions.
 */
import type { Edition } from "../../domain/edition.js";
import type { Series } from "../../domain/series.js";
import type { ChannelRef } from "../../domain/workspace.js";
import type { Store } from "../../ports.js";

/** After-parties overlap at most the last few editions (a weekly chat with a 24-hour party: one). */
const RECENT_EDITIONS = 5;

export async function findAfterPartyEdition(
  store: Store,
  workspaceId: string,
  channel: ChannelRef,
  thread: ChannelRef,
): Promise<{ series: Series; edition: Edition } | null> {
  for (const series of await seriesOfChannel(store, workspaceId, channel)) {
    const editions = await store.editions.list(series.workspaceId, series.id, { limit: RECENT_EDITIONS });
    const edition = editions.find((e) => e.afterPartyThread === thread);
    if (edition) return { series, edition };
  }
  return null;
}

async function seriesOfChannel(store: Store, workspaceId: string, channel: ChannelRef): Promise<Series[]> {
  const found: Series[] = [];
  const own = await store.series.findByChannel(workspaceId, channel);
  if (own) found.push(own);
  for (const link of await store.links.linkedSeries(workspaceId)) {
    const series = await store.series.getAcrossWorkspaces(link.seriesId);
    if (series && series.afterPartyChannel === channel && !found.some((s) => s.id === series.id))
      found.push(series);
  }
  return found;
}
