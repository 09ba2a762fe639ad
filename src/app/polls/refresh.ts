/**
 * Keeps the poll message in the channel current (voters so far, visible tally): through the
 * clicked message when the interaction allows it, else through the platform with the message
 * reference the poll remembers. The first vote teaches the poll its message reference.
 */

import type { ActionEvent, Actor, Responder } from "../../edge.js";
import type { Message } from "../../render/message.js";
import type { Services } from "../services.js";
import type { PollContext } from "./poll-context.js";

export async function rememberPollMessage(
  services: Services,
  ctx: PollContext,
  actor: Actor,
  event: ActionEvent,
): Promise<void> {
  if (ctx.poll.messageRef || !event.sourceMessageRef) return;
  const channel = ctx.poll.channelRef ?? actor.channel;
  await services.store.polls.setMessage(ctx.series.workspaceId, ctx.poll.id, channel, event.sourceMessageRef);
  ctx.poll = { ...ctx.poll, channelRef: channel, messageRef: event.sourceMessageRef };
}

export async function refreshPollMessage(
  services: Services,
  ctx: PollContext,
  responder: Responder,
  updated: Message,
): Promise<void> {
  if (responder.updateSource) {
    await responder.updateSource(updated);
    return;
  }
  const { channelRef, messageRef } = ctx.poll;
  if (channelRef && messageRef)
    await services.platforms.for(channelRef)?.update(channelRef, messageRef, updated);
}
