/**
 * The poll steps of an edition's lifecycle, for the scheduler (src/jobs/steps.ts): open the team
 * poll at the debrief, close it settings.pollHours later. Both are safe to run again: opening
 * uses a request key made from the edition, and does nothing when the edition already had a
 * poll; closing posts results only if it is the one that closed the poll.
 */
import type { Edition } from "../../domain/edition.js";
import { pollDisclosure, pollQuestionsFor } from "../../domain/polls.js";
import type { Series } from "../../domain/series.js";
import { translator } from "../../i18n/index.js";
import { pollMessage } from "../../render/poll/poll-message.js";
import { seriesLocaleOf } from "../channel-locale.js";
import type { Services } from "../services.js";
import { closePoll, type PollChart, postClosedPoll, SYSTEM_ACTOR } from "./close.js";
import { pollView } from "./poll-context.js";
import { schedulePollReminder } from "./reminders.js";

export async function openTeamPoll(services: Services, series: Series, edition: Edition): Promise<void> {
  const { store, clock, platforms, log } = services;
  const channel = series.debriefChannel;
  if (!channel) return;
  if (await store.polls.latestForEdition(series.workspaceId, edition.id)) return;
  const now = clock.now();
  const { poll, created } = await store.transaction(async (tx) => {
    const made = await tx.polls.create({
      workspaceId: series.workspaceId,
      editionId: edition.id,
      anonymous: false,
      ...pollDisclosure(false, series.settings),
      closesAt: new Date(now.getTime() + series.settings.pollHours * 3_600_000),
      createdBy: SYSTEM_ACTOR,
      channelRef: channel,
      questions: pollQuestionsFor(series.settings.pollQuestions),
      requestKey: `edition:${edition.id}:poll`,
    });
    if (made.created) await schedulePollReminder(tx, made.poll, now);
    if (made.created)
      await tx.audit.append({
        workspaceId: series.workspaceId,
        actorRef: SYSTEM_ACTOR,
        action: "poll.open",
        subjectType: "poll",
        subjectId: made.poll.id,
        detail: {
          editionId: edition.id,
          anonymous: false,
          closesAt: made.poll.closesAt?.toISOString() ?? null,
        },
      });
    return made;
  });
  if (!created) return;
  const platform = platforms.for(channel);
  if (!platform) {
    log.warn({ pollId: poll.id, channel }, "poll opened but no platform can post in its channel");
    return;
  }
  const locale = await seriesLocaleOf(store, series);
  const view = await pollView(store, { series, edition, poll }, locale);
  const { messageRef } = await platform.post(channel, pollMessage(translator(locale).t, locale, view));
  await store.polls.setMessage(series.workspaceId, poll.id, channel, messageRef);
}

export async function closeTeamPoll(
  services: Services,
  series: Series,
  edition: Edition,
  options: { chart?: PollChart } = {},
): Promise<void> {
  const poll = await services.store.polls.openForEdition(series.workspaceId, edition.id);
  // A poll a moderator opened with a later deadline closes then (closeDuePolls), not now.
  if (!poll || (poll.closesAt && poll.closesAt > services.clock.now())) return;
  const ctx = { series, edition, poll };
  const closed = await closePoll(services, ctx, SYSTEM_ACTOR, options);
  if (closed) await postClosedPoll(services, ctx, closed);
}
