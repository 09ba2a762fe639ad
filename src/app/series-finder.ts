/**
 * Which series an interaction is about, when its payload does not name one: the series whose
 * debrief or after-party channel the actor is in (or a thread of one), in the actor's workspace
 * or in a series another workspace linked this one to. Elsewhere, one rule: the workspace's only
 * series; with several, the only one the actor is on the team of; else the actor is asked to run
 * the command in the chat's channel, and told which chats there are.
 */
import type { Series } from "../domain/series.js";
import type { ChannelRef } from "../domain/workspace.js";
import type { Actor } from "../edge.js";
import { AfterchatError } from "../errors.js";
import type { Store } from "../ports.js";
import { escapeMarkdown } from "../render/markup.js";
import { channelMention } from "../render/setup/messages.js";
import { roleOf } from "./access.js";

/** The channel the actor is in, then (in a thread) the channel the thread belongs to. */
export function actorChannels(actor: Actor): ChannelRef[] {
  return actor.parentChannel ? [actor.channel, actor.parentChannel] : [actor.channel];
}

/** Whether the actor is in one of the series' own channels (or a thread of one). */
export function inSeriesChannel(series: Series, actor: Actor): boolean {
  return actorChannels(actor).some((c) => c === series.debriefChannel || c === series.afterPartyChannel);
}

/** The series of the channel the actor is in (own or linked), or null. */
export async function seriesHere(store: Store, actor: Actor): Promise<Series | null> {
  for (const channel of actorChannels(actor)) {
    const own = await store.series.findByChannel(actor.workspace.id, channel);
    if (own) return own;
  }
  for (const link of await store.links.linkedSeries(actor.workspace.id)) {
    const series = await store.series.getAcrossWorkspaces(link.seriesId);
    if (series && inSeriesChannel(series, actor)) return series;
  }
  return null;
}

/** The channel's series; elsewhere the rule above; series_not_found or series_ambiguous when it cannot tell. */
export async function findSeries(store: Store, actor: Actor): Promise<Series> {
  const here = await seriesHere(store, actor);
  if (here) return here;
  const all = await store.series.list(actor.workspace.id);
  if (all.length === 1 && all[0]) return all[0];
  if (all.length === 0) throw new AfterchatError("series_not_found");
  const mine: Series[] = [];
  for (const series of all) if ((await roleOf(store, series, actor)) !== null) mine.push(series);
  if (mine.length === 1 && mine[0]) return mine[0];
  const listed = (mine.length > 0 ? mine : all).sort((a, b) => a.hashtag.localeCompare(b.hashtag));
  const choices = listed.map((s) => `#${escapeMarkdown(s.hashtag)} (${channelMention(s.debriefChannel)})`);
  throw new AfterchatError("series_ambiguous", { choices: choices.join(", ") });
}

/**
 * A series named by id in a form's state or a button's value: in the actor's own workspace, or
 * among the series another workspace linked this one to. Never another tenant's.
 */
export async function seriesForActor(store: Store, actor: Actor, seriesId: string): Promise<Series> {
  const own = await store.series.get(actor.workspace.id, seriesId);
  if (own) return own;
  const links = await store.links.linkedSeries(actor.workspace.id);
  if (links.some((link) => link.seriesId === seriesId)) {
    const linked = await store.series.getAcrossWorkspaces(seriesId);
    if (linked) return linked;
  }
  throw new AfterchatError("series_not_found");
}
