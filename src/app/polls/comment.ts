/**
 * The Comment button and its form. One comment per voter. A named poll keeps it beside the
 * voter's answer to the comment question ("overall", else the last one; see src/domain/polls.ts);
 * the form shows it again, and an empty comment removes it. An anonymous poll adds it to the
 * ballot box's sorted comments, apart from the record that this person commented: it cannot be
 * shown again nor changed, and the button says so to someone who already commented.
 */
import { COMMENT_PART } from "../../domain/ballot-box.js";
import { commentQuestion, isDue, POLL_COMMENT_MAX_LENGTH, turnoutNames } from "../../domain/polls.js";
import type { Actor, Responder } from "../../edge.js";
import { AfterchatError } from "../../errors.js";
import { translator } from "../../i18n/index.js";
import { type Form, sentence } from "../../render/message.js";
import { type ActionHandler, type FormHandler, seriesHandler } from "../handler.js";
import type { Services } from "../services.js";
import { type PollContext, pollInSeries } from "./poll-context.js";
import { openPollOf } from "./vote.js";

export const POLL_COMMENT_FORM_ID = "poll.comment";

async function currentComment(services: Services, actor: Actor, ctx: PollContext): Promise<string | null> {
  const question = commentQuestion(ctx.poll);
  if (!question) throw new AfterchatError("poll_not_found");
  const mine = await services.store.polls.votesOf(ctx.series.workspaceId, ctx.poll.id, actor.userRef);
  return mine.find((v) => v.questionId === question.id)?.comment ?? null;
}

async function hasCommented(services: Services, actor: Actor, ctx: PollContext): Promise<boolean> {
  const names = turnoutNames(ctx.poll.id, actor.userRef, services.secret);
  return (await services.store.polls.answeredParts(ctx.series.workspaceId, ctx.poll.id, names)).has(
    COMMENT_PART,
  );
}

export const openPollComment: ActionHandler = seriesHandler({
  access: "member",
  series: (event) => ({ pollId: event.value }),
  async run(scope, _event, responder) {
    const { services, actor } = scope;
    const ctx = await openPollOf(services, scope);
    const { t } = translator(actor.locale, actor.workspace.platform);
    if (ctx.poll.anonymous && (await hasCommented(services, actor, ctx))) {
      await responder.reply(sentence(t("poll.comment.already")), { ephemeral: true });
      return;
    }
    const current = ctx.poll.anonymous ? null : await currentComment(services, actor, ctx);
    const form: Form = {
      id: POLL_COMMENT_FORM_ID,
      state: `${ctx.series.id}|${ctx.poll.id}`,
      title: t("poll.comment.title"),
      submit: t("poll.comment.submit"),
      fields: [
        {
          id: "comment",
          label: t(ctx.poll.anonymous ? "poll.comment.labelAnonymous" : "poll.comment.label"),
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
    const { t } = translator(actor.locale, actor.workspace.platform);
    const text = (submission.values.comment ?? "").trim();
    const length = [...text].length;
    if (length > POLL_COMMENT_MAX_LENGTH) {
      await responder.reply(sentence(t("poll.comment.tooLong", { length, max: POLL_COMMENT_MAX_LENGTH })), {
        ephemeral: true,
      });
      return;
    }
    if (ctx.poll.anonymous) {
      await commentAnonymously(services, actor, ctx, text, responder);
      return;
    }
    await store.polls.vote(series.workspaceId, ctx.poll.id, question.id, actor.userRef, {
      comment: text === "" ? null : text,
    });
    await responder.reply(sentence(t(text === "" ? "poll.comment.removed" : "poll.comment.saved")), {
      ephemeral: true,
    });
  },
});

async function commentAnonymously(
  services: Services,
  actor: Actor,
  ctx: PollContext,
  text: string,
  responder: Responder,
): Promise<void> {
  const { t } = translator(actor.locale, actor.workspace.platform);
  if (text === "") {
    await responder.reply(sentence(t("poll.comment.empty")), { ephemeral: true });
    return;
  }
  const names = turnoutNames(ctx.poll.id, actor.userRef, services.secret);
  const saved = await services.store.polls.castAnonymous(ctx.series.workspaceId, ctx.poll.id, names, {
    comment: text,
  });
  await responder.reply(sentence(t(saved ? "poll.comment.saved" : "poll.comment.already")), {
    ephemeral: true,
  });
}
