/**
 * Ids that come back from a platform (a button's value, a form's state, Slack's private_metadata,
 * a Discord custom_id) are the core's own words, but anyone can forge them. Each is checked here
 * before a use case sees it: a channel must be one of the actor's workspace, a series the actor's
 * own or one linked to their workspace, and a poll, task or note must exist in that series.
 */
import type { Note } from "../domain/note.js";
import type { Poll } from "../domain/poll.js";
import { normaliseHashtag, type Series } from "../domain/series.js";
import type { Task } from "../domain/task.js";
import type { ChannelRef } from "../domain/workspace.js";
import type { Actor } from "../edge.js";
import { AfterchatError } from "../errors.js";
import type { Store } from "../ports.js";
import type { Target } from "./handler.js";
import { findSeries, seriesForActor } from "./series-finder.js";

export interface Resolved {
  series: Series | null;
  poll?: Poll;
  task?: Task;
  note?: Note;
  channel?: ChannelRef;
}

/** Whether a reference ("slack:T1:C2") belongs to the actor's workspace. */
export function inWorkspace(actor: Actor, ref: string): boolean {
  return ref.startsWith(`${actor.workspace.platform}:${actor.workspace.externalId}:`);
}

export async function resolveTarget(store: Store, actor: Actor, target: Target): Promise<Resolved> {
  const resolved: Resolved = { series: null };
  if (target.channel !== undefined) {
    if (!inWorkspace(actor, target.channel))
      throw new AfterchatError("input_invalid", { detail: "a channel of another workspace" });
    resolved.channel = target.channel;
  }
  if (target.seriesId !== undefined) resolved.series = await seriesForActor(store, actor, target.seriesId);
  if (target.hashtag !== undefined) {
    const hashtag = normaliseHashtag(target.hashtag);
    const series = await store.series.findByHashtag(actor.workspace.id, hashtag);
    if (!series) throw new AfterchatError("chat_unknown", { hashtag });
    resolved.series = series;
  }
  if (target.taskId !== undefined) {
    const task = await store.tasks.get(resolved.series?.workspaceId ?? actor.workspace.id, target.taskId);
    resolved.series ??= task ? await store.series.get(task.workspaceId, task.seriesId) : null;
    if (!task || !resolved.series || task.seriesId !== resolved.series.id)
      throw new AfterchatError("task_not_found");
    resolved.task = task;
  }
  if (target.noteId !== undefined) {
    const workspaceId = resolved.series?.workspaceId ?? actor.workspace.id;
    const note = await store.notes.get(workspaceId, target.noteId);
    const edition = note ? await store.editions.get(workspaceId, note.editionId) : null;
    resolved.series ??= edition ? await store.series.get(workspaceId, edition.seriesId) : null;
    if (!note || !edition || !resolved.series || edition.seriesId !== resolved.series.id)
      throw new AfterchatError("note_not_found");
    resolved.note = note;
  }
  if (target.pollId !== undefined) {
    resolved.series ??= await pollSeries(store, actor, target.pollId);
    const { series } = resolved;
    const poll = series ? await store.polls.get(series.workspaceId, target.pollId) : null;
    const edition = poll && series ? await store.editions.get(series.workspaceId, poll.editionId) : null;
    if (!poll || !series || edition?.seriesId !== series.id) throw new AfterchatError("poll_not_found");
    resolved.poll = poll;
  }
  return resolved;
}

/** The series of a poll of the actor's workspace; else the channel's (a linked series' poll). */
async function pollSeries(store: Store, actor: Actor, pollId: string): Promise<Series | null> {
  const poll = await store.polls.get(actor.workspace.id, pollId);
  const edition = poll ? await store.editions.get(actor.workspace.id, poll.editionId) : null;
  if (edition) return store.series.get(actor.workspace.id, edition.seriesId);
  return findSeries(store, actor).catch(() => null);
}
