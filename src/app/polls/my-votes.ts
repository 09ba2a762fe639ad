/**
 * The "My votes / results" button: privately, the voter's own answers (found by their own voter
 * key, so even in an anonymous poll they see theirs and nobody else's), then the tally when the
 * poll is closed or shows results before close. Works after close too.
 */
import { resultsShown, voterKeyOf } from "../../domain/polls.js";
import { translator } from "../../i18n/index.js";
import { escapeMarkdown } from "../../render/markup.js";
import { type Block, message } from "../../render/message.js";
import { orderedQuestions, questionLabel } from "../../render/poll/labels.js";
import { tallyBlocks } from "../../render/poll/results.js";
import { type ActionHandler, seriesHandler } from "../handler.js";
import { pollInSeries } from "./poll-context.js";

export const showMyVotes: ActionHandler = seriesHandler({
  access: "member",
  series: (event) => ({ pollId: event.value }),
  async run({ services, actor, series }, event, responder) {
    const { store } = services;
    const ctx = await pollInSeries(store, series, event.value);
    const { t } = translator(actor.locale);
    const key = voterKeyOf(ctx.poll, actor.userRef, services.secret);
    const mine = await store.polls.votesOf(series.workspaceId, ctx.poll.id, key);
    const lines: string[] = [];
    for (const question of orderedQuestions(ctx.poll)) {
      const vote = mine.find((v) => v.questionId === question.id);
      if (vote?.value)
        lines.push(t("poll.mine.line", { question: questionLabel(t, question), value: vote.value }));
    }
    const comment = mine.find((v) => v.comment)?.comment;
    if (comment) lines.push(t("poll.mine.comment", { comment: escapeMarkdown(comment) }));
    const blocks: Block[] = [
      {
        type: "section",
        text: [`**${t("poll.mine.title")}**`, ...(lines.length ? lines : [t("poll.mine.none")])].join("\n"),
      },
    ];
    if (resultsShown(ctx.poll))
      blocks.push(
        ...tallyBlocks(t, ctx.poll, await store.polls.tally(series.workspaceId, ctx.poll.id), actor.locale),
      );
    else blocks.push({ type: "context", text: t("poll.resultsLater") });
    await responder.reply(message([t("poll.mine.title"), ...lines].join("\n"), blocks), { ephemeral: true });
  },
});
