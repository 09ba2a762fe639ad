/**
 * Closing a poll, by a moderator's button or at its deadline. `store.polls.close` answers false
 * when the poll was already closed, so whichever path comes second posts nothing: the results
 * appear once. The results speak the series' language, name nobody, and show a question's figures
 * (and the comments) only from the poll's minAnswers answers. Closing an anonymous poll also
 * forgets who answered and erases figures under minAnswers (PollRepository.close).
 *
 * Charts: `closePoll` takes an optional `chart` (src/render/charts `pollChart` fits) whose PNG is
 * attached to the results; the composition root decides whether to draw (it costs ~0.3 s).
 */
import type { QuestionTally } from "../../domain/poll.js";
import { publishableTallies } from "../../domain/polls.js";
import type { Locale } from "../../i18n/index.js";
import { translator } from "../../i18n/index.js";
import { type Message, type OutboundFile, sentence } from "../../render/message.js";
import { questionLabels } from "../../render/poll/labels.js";
import { closedPollMessage } from "../../render/poll/poll-message.js";
import { pollResultsMessage } from "../../render/poll/results.js";
import { seriesLocaleOf } from "../channel-locale.js";
import { type ActionHandler, seriesHandler } from "../handler.js";
import type { Services } from "../services.js";
import { headingOf, type PollContext, pollById, pollInSeries } from "./poll-context.js";

export type PollChart = (
  tallies: readonly QuestionTally[],
  labels: Readonly<Record<string, string>>,
  locale: Locale,
) => Promise<OutboundFile | null>;

export interface ClosedPoll {
  /** The results, for the poll's channel. */
  results: Message;
  /** What the poll message becomes (no more buttons). */
  closedPoll: Message;
}

/** Closes the poll once; null when it was already closed. Audited. */
export async function closePoll(
  services: Services,
  ctx: PollContext,
  by: string,
  options: { chart?: PollChart } = {},
): Promise<ClosedPoll | null> {
  const { store, clock } = services;
  const { series, poll } = ctx;
  const closed = await store.transaction(async (tx) => {
    if (!(await tx.polls.close(series.workspaceId, poll.id, clock.now()))) return false;
    await tx.audit.append({
      workspaceId: series.workspaceId,
      actorRef: by,
      action: "poll.close",
      subjectType: "poll",
      subjectId: poll.id,
      detail: { editionId: poll.editionId, reason: by === SYSTEM_ACTOR ? "deadline" : "moderator" },
    });
    return true;
  });
  if (!closed) return null;
  const locale = await seriesLocaleOf(store, series);
  const { t } = translator(locale);
  // Cut to what may be shown before anything (message or chart) sees it.
  const tallies = publishableTallies(poll, await store.polls.tally(series.workspaceId, poll.id));
  const voters = await store.polls.respondents(series.workspaceId, poll.id);
  const heading = await headingOf(store, ctx);
  const results = pollResultsMessage(t, locale, heading, poll, tallies, voters);
  const chart = options.chart ? await options.chart(tallies, questionLabels(t, poll), locale) : null;
  if (chart) {
    results.files = [chart];
    results.blocks.push({ type: "image", file: chart.name, alt: chart.title });
  }
  return { results, closedPoll: closedPollMessage(t, heading, poll, voters) };
}

/** Who closes polls at their deadline, in the audit log. */
export const SYSTEM_ACTOR = "afterchat";

/** The Close button: moderators only; the results go to the channel once. */
export function closePollAction(options: { chart?: PollChart } = {}): ActionHandler {
  return seriesHandler({
    access: "moderator",
    series: (event) => ({ pollId: event.value }),
    async run({ services, actor, series }, event, responder) {
      const ctx = await pollInSeries(services.store, series, event.value);
      const { t } = translator(actor.locale, actor.workspace.platform);
      const closed = await closePoll(services, ctx, actor.userRef, options);
      if (!closed) {
        await responder.reply(sentence(t("poll.alreadyClosed")), { ephemeral: true });
        return;
      }
      if (responder.updateSource) await responder.updateSource(closed.closedPoll);
      await closeOtherMessages(services, ctx, closed.closedPoll, event.sourceMessageRef);
      await responder.reply(closed.results);
    },
  });
}

/**
 * A poll may span several messages (Discord: its questions, then its controls): the click redrew
 * one, this turns the whole poll into the closed one so no message keeps live controls. A failure
 * here (a message deleted meanwhile) does not undo the close.
 */
async function closeOtherMessages(
  services: Services,
  ctx: PollContext,
  closedPoll: Message,
  clicked: string | undefined,
): Promise<void> {
  const { channelRef, messageRef } = ctx.poll;
  if (!channelRef || !messageRef || messageRef === clicked) return;
  await services.platforms
    .for(channelRef)
    ?.update(channelRef, messageRef, closedPoll)
    .catch((error: unknown) =>
      services.log.warn({ err: error, pollId: ctx.poll.id }, "closed poll: could not update its messages"),
    );
}

/**
 * For the scheduler: closes every open poll past its deadline and posts its results in its
 * channel (and turns the poll message into a closed one when its reference is known). Returns the
 * ids of the polls it closed. A failure on one poll is logged and does not stop the others.
 */
export async function closeDuePolls(
  services: Services,
  now: Date,
  options: { chart?: PollChart } = {},
): Promise<string[]> {
  const { store, log } = services;
  const closedIds: string[] = [];
  for (const poll of await store.polls.listDueAcrossWorkspaces(now)) {
    const { workspaceId } = poll;
    try {
      const ctx = await pollById(store, workspaceId, poll.id);
      if (!ctx) continue;
      const closed = await closePoll(services, ctx, SYSTEM_ACTOR, options);
      if (!closed) continue;
      closedIds.push(poll.id);
      await postClosedPoll(services, ctx, closed);
    } catch (error) {
      log.error({ err: error, pollId: poll.id, workspaceId }, "closing a due poll failed");
    }
  }
  return closedIds;
}

/** Posts the results in the poll's channel and turns the poll message into a closed one when known. */
export async function postClosedPoll(
  services: Services,
  ctx: PollContext,
  closed: ClosedPoll,
): Promise<void> {
  const { poll, series } = ctx;
  const channel = poll.channelRef ?? series.debriefChannel;
  const platform = channel ? services.platforms.for(channel) : null;
  if (!channel || !platform) {
    services.log.warn(
      { pollId: poll.id, workspaceId: series.workspaceId },
      "poll closed but it has no channel to post results in",
    );
    return;
  }
  if (poll.messageRef) await platform.update(channel, poll.messageRef, closed.closedPoll);
  await platform.post(channel, closed.results);
}
