/**
 * The Comment button and its form. One comment per voter, kept beside their answer to the
 * comment question ("overall", else the last one; see src/domain/polls.ts), under the same voter
 * key as their votes, so an anonymous comment is as anonymous as the vote. An empty comment
 * removes the previous one.
 */
import { commentQuestion, isDue, POLL_COMMENT_MAX_LENGTH, voterKeyOf } from "../../domain/polls.js";
import { AfterchatError } from "../../errors.js";
import { translator } from "../../i18n/index.js";
import { type Form, sentence } from "../../render/message.js";
import { type ActionHandler, type FormHandler, seriesHandler } from "../handler.js";
import { pollInSeries } from "./poll-context.js";
import { openPollOf } from "./vote.js";

export const POLL_COMMENT_FORM_ID = "poll.comment";

export const openPollComment: ActionHandler = seriesHandler({
  access: "member",
  series: (event) => ({ pollId: event.value }),
  async run(scope, _event, responder) {
    const { services, actor } = scope;
    const ctx = await openPollOf(services, scope);
    const question = commentQuestion(ctx.poll);
    if (!question) throw new AfterchatError("poll_not_found");
    const key = voterKeyOf(ctx.poll, actor.userRef, services.secret);
    const mine = await services.store.polls.votesOf(ctx.series.workspaceId, ctx.poll.id, key);
    const current = mine.find((v) => v.questionId === question.id)?.comment ?? undefined;
    const { t } = translator(actor.locale);
    const form: Form = {
      id: POLL_COMMENT_FORM_ID,
      state: `${ctx.series.id}|${ctx.poll.id}`,
      title: t("poll.comment.title"),
      submit: t("poll.comment.submit"),
      fields: [
        {
          id: "comment",
          label: t("poll.comment.label"),
          kind: "multiline",
          optional: true,
          placeholder: t("poll.comment.hint"),
          maxLength: POLL_COMMENT_MAX_LENGTH,
          ...(current ? { initial: current } : {}),
        },
      ],
    };
    await responder.openForm(form);
  },
});

/** The form's state: "<seriesId>|<pollId>". */
function commentTarget(state: string) {
  const [seriesId, pollId] = state.split("|");
  if (!seriesId || !pollId) throw new AfterchatError("poll_not_found");
  return { seriesId, pollId };
}

export const submitPollComment: FormHandler = seriesHandler({
  access: "member",
  series: (submission) => commentTarget(submission.state),
  async run({ services, actor, series, poll }, submission, responder) {
    const { store, clock } = services;
    if (!poll) throw new AfterchatError("poll_not_found");
    const ctx = await pollInSeries(store, series, poll.id);
    if (ctx.poll.status !== "open" || isDue(ctx.poll, clock.now())) throw new AfterchatError("poll_closed");
    const question = commentQuestion(ctx.poll);
    if (!question) throw new AfterchatError("poll_not_found");
    const { t } = translator(actor.locale);
    const text = (submission.values.comment ?? "").trim();
    const length = [...text].length;
    if (length > POLL_COMMENT_MAX_LENGTH) {
      await responder.reply(sentence(t("poll.comment.tooLong", { length, max: POLL_COMMENT_MAX_LENGTH })), {
        ephemeral: true,
      });
      return;
    }
    const key = voterKeyOf(ctx.poll, actor.userRef, services.secret);
    await store.polls.vote(series.workspaceId, ctx.poll.id, question.id, key, {
      comment: text === "" ? null : text,
    });
    await responder.reply(sentence(t(text === "" ? "poll.comment.removed" : "poll.comment.saved")), {
      ephemeral: true,
    });
  },
});
