/** Finding the series and edition an interaction is about. */
import type { Edition } from "../domain/edition.js";
import type { Series } from "../domain/series.js";
import type { ChannelRef } from "../domain/workspace.js";
import { AfterchatError } from "../errors.js";
import type { Store } from "../ports.js";
import type { Actor } from "./interaction.js";

/** The channel the actor is in, then (in a thread) the channel the thread belongs to. */
export function actorChannels(actor: Actor): ChannelRef[] {
  return actor.parentChannel ? [actor.channel, actor.parentChannel] : [actor.channel];
}

/** Whether the actor is in one of the series' own channels (or a thread of one). */
export function inSeriesChannel(series: Series, actor: Actor): boolean {
  return actorChannels(actor).some((c) => c === series.debriefChannel || c === series.afterPartyChannel);
}

/**
 * The series of the channel the actor is in: its debrief or after-party channel, or a thread of
 * one (an after-party thread); else the series a linked workspace takes part in when there is
 * exactly one.
 */
export async function findSeries(store: Store, actor: Actor): Promise<Series | null> {
  for (const channel of actorChannels(actor)) {
    const own = await store.series.findByChannel(actor.workspace.id, channel);
    if (own) return own;
  }
  const linked = await store.links.linkedSeries(actor.workspace.id);
  for (const link of linked) {
    const series = await store.series.getAcrossWorkspaces(link.seriesId);
    if (series && inSeriesChannel(series, actor)) return series;
  }
  const all = await store.series.list(actor.workspace.id);
  return all.length === 1 ? (all[0] ?? null) : null;
}

export async function requireSeries(store: Store, actor: Actor): Promise<Series> {
  const series = await findSeries(store, actor);
  if (!series) throw new AfterchatError("series_not_found");
  return series;
}

/** An edition by number, or the current one (live, else the last started). */
export async function requireEdition(
  store: Store,
  series: Series,
  number: number | null,
  now: Date,
): Promise<Edition> {
  const edition =
    number === null
      ? await store.editions.current(series.workspaceId, series.id, now)
      : await store.editions.byNumber(series.workspaceId, series.id, number);
  if (!edition)
    throw new AfterchatError("edition_not_found", { number: number ?? 1, hashtag: series.hashtag });
  return edition;
}

/**
 * The edition notes and polls attach to: the live or last started one; else the next scheduled
 * one; else a first edition created now (ending now, lasting the series' duration). `created`
 * tells the caller to say so.
 */
export async function editionForDebrief(
  store: Store,
  series: Series,
  now: Date,
): Promise<{ edition: Edition; created: boolean }> {
  const current = await store.editions.current(series.workspaceId, series.id, now);
  if (current) return { edition: current, created: false };
  const upcoming = (await store.editions.list(series.workspaceId, series.id)).filter((e) => e.startsAt > now);
  const next = upcoming.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  if (next) return { edition: next, created: false };
  const number = await store.editions.nextNumber(series.workspaceId, series.id);
  const startsAt = new Date(now.getTime() - series.durationMinutes * 60_000);
  const edition = await store.editions.create({
    workspaceId: series.workspaceId,
    seriesId: series.id,
    number,
    startsAt,
    endsAt: now,
    status: "debriefing",
  });
  return { edition, created: true };
}
