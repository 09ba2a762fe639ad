/**
 * A click on a 1..5 button. Team members only; open polls only (a poll past its deadline refuses
 * votes even before the scheduler closes it). A named poll keeps the vote under the voter, who can
 * change it until close, and the channel's message shows how many people voted. An anonymous poll
 * counts the answer once into its ballot box, apart from the record that this person answered
 * (src/domain/polls.ts): it cannot be changed, the channel's message does not move, and the
 * voter is told privately that it counted (a named poll's voter sees their choice).
 */
import type { PollQuestion } from "../../domain/poll.js";
import { isDue, parseVoteButtonValue, turnoutNames } from "../../domain/polls.js";
import type { ActionEvent, Actor, Responder } from "../../edge.js";
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

/** One click, resolved: who, on which poll and question, which value, and how to answer. */
interface Vote {
  services: Services;
  actor: Actor;
  event: ActionEvent;
  responder: Responder;
  ctx: PollContext;
  question: PollQuestion;
  value: number;
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
    const vote: Vote = { services, actor, event, responder, ctx, question, value: choice.value };
    await (ctx.poll.anonymous ? voteAnonymously(vote) : voteNamed(vote));
  },
});

async function voteNamed({ services, actor, event, responder, ctx, question, value }: Vote): Promise<void> {
  const { store } = services;
  await store.polls.vote(ctx.series.workspaceId, ctx.poll.id, question.id, actor.userRef, { value });
  await rememberPollMessage(services, ctx, actor, event);
  const locale = await seriesLocaleOf(store, ctx.series);
  const view = await pollView(store, ctx, locale);
  await refreshPollMessage(services, ctx, responder, pollMessage(translator(locale).t, locale, view));
  const { t } = translator(actor.locale, actor.workspace.platform);
  await responder.reply(sentence(t("poll.voted", { value, question: questionLabel(t, question) })), {
    ephemeral: true,
  });
}

async function voteAnonymously({
  services,
  actor,
  event,
  responder,
  ctx,
  question,
  value,
}: Vote): Promise<void> {
  const names = turnoutNames(ctx.poll.id, actor.userRef, services.secret);
  const counted = await services.store.polls.castAnonymous(ctx.series.workspaceId, ctx.poll.id, names, {
    questionId: question.id,
    value,
  });
  await rememberPollMessage(services, ctx, actor, event);
  const { t } = translator(actor.locale, actor.workspace.platform);
  const label = questionLabel(t, question);
  // The value is not echoed: the confirmation is a message the platform (and a debug log) would
  // see with the voter's name on it, and an anonymous answer cannot be corrected anyway.
  const text = t(counted ? "poll.anonymousVoted" : "poll.alreadyAnswered", { question: label });
  await responder.reply(sentence(text), { ephemeral: true });
}
