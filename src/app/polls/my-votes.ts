/**
 * The "My votes / results" button, privately: in a named poll the voter's own answers; in an
 * anonymous one only how many questions they answered (their answers are not kept with their
 * name, so they cannot be shown); then the tally, cut to what may be shown, when the poll is
 * closed or a named poll shows results before close. Works after close too.
 */
import { COMMENT_PART } from "../../domain/ballot-box.js";
import { publishableTallies, resultsShown, turnoutNames } from "../../domain/polls.js";
import type { Actor } from "../../edge.js";
import { translator } from "../../i18n/index.js";
import { escapeMarkdown } from "../../render/markup.js";
import { type Block, message } from "../../render/message.js";
import { orderedQuestions, questionLabel } from "../../render/poll/labels.js";
import { tallyBlocks } from "../../render/poll/results.js";
import { type ActionHandler, seriesHandler } from "../handler.js";
import type { Services } from "../services.js";
import { type PollContext, pollInSeries } from "./poll-context.js";

type T = ReturnType<typeof translator>["t"];

async function namedLines(services: Services, actor: Actor, ctx: PollContext, t: T): Promise<string[]> {
  const mine = await services.store.polls.votesOf(ctx.series.workspaceId, ctx.poll.id, actor.userRef);
  const lines: string[] = [];
  for (const question of orderedQuestions(ctx.poll)) {
    const vote = mine.find((v) => v.questionId === question.id);
    if (vote?.value)
      lines.push(t("poll.mine.line", { question: questionLabel(t, question), value: vote.value }));
  }
  const comment = mine.find((v) => v.comment)?.comment;
  if (comment) lines.push(t("poll.mine.comment", { comment: escapeMarkdown(comment) }));
  return lines.length ? lines : [t("poll.mine.none")];
}

/** While open, the turnout tells which parts they answered; once closed it is gone. */
async function anonymousLines(services: Services, actor: Actor, ctx: PollContext, t: T): Promise<string[]> {
  const lines = [t("poll.mine.anonymous")];
  if (ctx.poll.status !== "open") return lines;
  const names = turnoutNames(ctx.poll.id, actor.userRef, services.secret);
  const parts = await services.store.polls.answeredParts(ctx.series.workspaceId, ctx.poll.id, names);
  const answered = ctx.poll.questions.filter((q) => parts.has(q.id)).length;
  lines.push(t("poll.mine.answered", { count: answered, total: ctx.poll.questions.length }));
  if (parts.has(COMMENT_PART)) lines.push(t("poll.mine.commented"));
  return lines;
}

export const showMyVotes: ActionHandler = seriesHandler({
  access: "member",
  series: (event) => ({ pollId: event.value }),
  async run({ services, actor, series }, event, responder) {
    const { store } = services;
    const ctx = await pollInSeries(store, series, event.value);
    const { t } = translator(actor.locale, actor.workspace.platform);
    const lines = ctx.poll.anonymous
      ? await anonymousLines(services, actor, ctx, t)
      : await namedLines(services, actor, ctx, t);
    const blocks: Block[] = [{ type: "section", text: [`**${t("poll.mine.title")}**`, ...lines].join("\n") }];
    if (resultsShown(ctx.poll)) {
      const tallies = publishableTallies(ctx.poll, await store.polls.tally(series.workspaceId, ctx.poll.id));
      blocks.push(...tallyBlocks(t, ctx.poll, tallies, actor.locale));
    } else blocks.push({ type: "context", text: t("poll.resultsLater") });
    await responder.reply(message([t("poll.mine.title"), ...lines].join("\n"), blocks), { ephemeral: true });
  },
});
