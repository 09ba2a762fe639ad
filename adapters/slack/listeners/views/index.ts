/**
 * Modal submissions. Ack with nothing (the modal closes), then dispatch the FormSubmission; the
 * view id is the request key, so a double submit creates once. Replies go to the channel the
 * form was opened from (carried in private_metadata), ephemerally when asked.
 * @see https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload#view_submission
 */
import type { App, SlackViewMiddlewareArgs } from "@slack/bolt";
import { pickLocale, translator } from "../../../../src/i18n/index.js";
import type { SlackContext } from "../../context.js";
import { FORM_CALLBACK_ID } from "../../form.js";
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
  await args.ack();
  const input = parseViewSubmission(args.body);
  if (!input) {
    ctx.log.warn({ interaction: "view" }, "unreadable view_submission payload");
    return;
  }
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
    await ctx.dispatcher.form(caller, input.submission, responder);
  });
}
