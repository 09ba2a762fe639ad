/**
 * A click on a 1..5 button. Team members only; open polls only (a poll past its deadline refuses
 * votes even before the scheduler closes it); a vote can be changed until close (one row per
 * question and voter). Anonymous polls store the vote under a keyed hash, never the user (see
 * src/domain/polls.ts). The voter privately sees their own choice; the channel's message shows
 * only how many people voted.
 */
import { isDue, parseVoteButtonValue, voterKeyOf } from "../../domain/polls.js";
import { AfterchatError } from "../../errors.js";
import { translator } from "../../i18n/index.js";
import { sentence } from "../../render/message.js";
import { questionLabel } from "../../render/poll/labels.js";
import { pollMessage } from "../../render/poll/poll-message.js";
import { seriesLocaleOf } from "../channel-locale.js";
import { type ActionHandler, type InSeries, seriesHandler } from "../handler.js";
import type { Services } from "../services.js";
import { type PollContext, pollInSeries, pollView } from "./poll-context.js";
import { refreshPollMessage, rememberPollMessage } from "./refresh.js";

/** The poll a button belongs to (checked by the dispatcher), while it accepts answers. */
export async function openPollOf(services: Services, scope: InSeries): Promise<PollContext> {
  if (!scope.poll) throw new AfterchatError("poll_not_found");
  const ctx = await pollInSeries(services.store, scope.series, scope.poll.id);
  if (ctx.poll.status !== "open" || isDue(ctx.poll, services.clock.now()))
    throw new AfterchatError("poll_closed");
  return ctx;
}

/** A vote button's value: "<pollId>:<questionId>:<value>". */
function voteTarget(value: string) {
  const choice = parseVoteButtonValue(value);
  if (!choice) throw new AfterchatError("poll_not_found");
  return { pollId: choice.pollId };
}

export const votePoll: ActionHandler = seriesHandler({
  access: "member",
  series: (event) => voteTarget(event.value),
  async run(scope, event, responder) {
    const { services, actor } = scope;
    const choice = parseVoteButtonValue(event.value);
    if (!choice) throw new AfterchatError("poll_not_found");
    const ctx = await openPollOf(services, scope);
    const question = ctx.poll.questions.find((q) => q.id === choice.questionId);
    if (!question) throw new AfterchatError("poll_not_found");
    const { store } = services;
    const voterKey = voterKeyOf(ctx.poll, actor.userRef, services.secret);
    await store.polls.vote(ctx.series.workspaceId, ctx.poll.id, question.id, voterKey, {
      value: choice.value,
    });
    await rememberPollMessage(services, ctx, actor, event);

    const locale = await seriesLocaleOf(store, ctx.series);
    const view = await pollView(store, ctx, locale);
    await refreshPollMessage(services, ctx, responder, pollMessage(translator(locale).t, locale, view));
    const { t } = translator(actor.locale);
    await responder.reply(
      sentence(t("poll.voted", { value: choice.value, question: questionLabel(t, question) })),
      {
        ephemeral: true,
      },
    );
  },
});
