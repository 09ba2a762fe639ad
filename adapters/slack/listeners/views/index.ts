/**
 * Modal submissions. The ack waits for the core's first answer: errors keep the modal open with a
 * sentence under each field (`response_action: "errors"`, what was typed stays); any other answer
 * acks with nothing first (the modal closes). The view id is the request key, so a double submit
 * creates once. Replies go to the channel the form was opened from (carried in private_metadata),
 * ephemerally when asked. Slack wants the ack within 3 s: past ACK_BUDGET_MS it goes out empty and
 * errors come as a message instead.
 * @see https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload#view_submission
 * @see https://docs.slack.dev/surfaces/modals#displaying_errors
 */
import type { App, SlackViewMiddlewareArgs } from "@slack/bolt";
import type { Responder } from "../../../../src/edge.js";
import { pickLocale, translator } from "../../../../src/i18n/index.js";
import type { SlackContext } from "../../context.js";
import { FORM_CALLBACK_ID } from "../../form.js";
import { toPlainText } from "../../mrkdwn.js";
import { parseViewSubmission } from "../../parse.js";
import { SlackResponder } from "../../responder.js";
import { handle } from "../run.js";

export function register(app: App, ctx: SlackContext): void {
  app.view(FORM_CALLBACK_ID, (args) => onSubmit(ctx, args));
}

async function onSubmit(
  ctx: SlackContext,
  args: SlackViewMiddlewareArgs & { context: { retryNum?: number } },
) {
  const ack = onceAck(args.ack);
  const input = parseViewSubmission(args.body);
  if (!input) {
    await ack.close();
    ctx.log.warn({ interaction: "view" }, "unreadable view_submission payload");
    return;
  }
  const late = setTimeout(() => void ack.close(), ACK_BUDGET_MS);
  try {
    await dispatchSubmission(ctx, args, input, ack);
  } finally {
    clearTimeout(late);
    await ack.close();
  }
}

/** Slack's 3 s, less the way back. */
const ACK_BUDGET_MS = 2_500;

type Ack = SlackViewMiddlewareArgs["ack"];

/** The one ack of a submission: empty (the modal closes) or with errors (it stays open). */
function onceAck(ack: Ack) {
  let sent = false;
  return {
    async close(): Promise<void> {
      if (sent) return;
      sent = true;
      await ack();
    },
    async errors(errors: Readonly<Record<string, string>>): Promise<boolean> {
      if (sent) return false;
      sent = true;
      const plain = Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, toPlainText(v)]));
      await ack({ response_action: "errors", errors: plain });
      return true;
    },
  };
}

async function dispatchSubmission(
  ctx: SlackContext,
  args: SlackViewMiddlewareArgs & { context: { retryNum?: number } },
  input: NonNullable<ReturnType<typeof parseViewSubmission>>,
  ack: ReturnType<typeof onceAck>,
) {
  const who = { ...input, requestKey: input.viewId };
  const delivery = {
    kind: "view",
    name: input.submission.formId,
    key: input.viewId,
    respond: null,
    retryNum: args.context.retryNum,
  };
  await handle(ctx, delivery, who, async (caller) => {
    const responder = new SlackResponder({
      client: await ctx.clients.forTeam(input.teamId),
      teamId: input.teamId,
      log: ctx.log,
      t: translator(pickLocale(...caller.locales)),
      userId: input.userId,
      channelId: input.channelId,
      triggerId: input.triggerId,
      respond: null,
      source: null,
      canUpdate: false,
      dmChannel: () => ctx.callers.dmChannel(input.teamId, input.userId),
    });
    const answering: Responder = {
      keepForm: (errors) => ack.errors(errors),
      openForm: async (form) => {
        await ack.close();
        await responder.openForm(form);
      },
      defer: async (options) => {
        await ack.close();
        await responder.defer(options);
      },
      reply: async (message, options) => {
        await ack.close();
        return responder.reply(message, options);
      },
    };
    await ctx.dispatcher.form(caller, input.submission, answering);
  });
}
