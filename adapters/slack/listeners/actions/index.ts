/**
 * Buttons and user selects on afterchat messages and on the App Home tab. Ack at once, then
 * dispatch the ActionEvent; the click's trigger_id is the request key. A click on the App Home
 * redraws the tab afterwards.
 * @see https://docs.slack.dev/reference/interaction-payloads/block_actions-payload
 */
import type { App, SlackActionMiddlewareArgs } from "@slack/bolt";
import { ACTION_IDS, type Caller } from "../../../../src/edge.js";
import { pickLocale, translator } from "../../../../src/i18n/index.js";
import type { SlackContext } from "../../context.js";
import { publishHome } from "../../home.js";
import { type BlockActionInput, parseBlockAction } from "../../parse.js";
import { ACTION_SEPARATOR } from "../../render.js";
import { SlackResponder } from "../../responder.js";
import { handle } from "../run.js";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** An ActionId, bare or followed by the separator (a counter, or a user select's value). */
export const ACTION_PATTERN = new RegExp(
  `^(${ACTION_IDS.map(escapeRegExp).join("|")})(${escapeRegExp(ACTION_SEPARATOR)}.*)?$`,
);

export function register(app: App, ctx: SlackContext): void {
  app.action(ACTION_PATTERN, (args) => onAction(ctx, args));
}

async function onAction(
  ctx: SlackContext,
  args: SlackActionMiddlewareArgs & { context: { retryNum?: number } },
) {
  await args.ack();
  const input = parseBlockAction(args.body);
  if (!input) {
    ctx.log.warn({ interaction: "action" }, "unreadable block_actions payload");
    return;
  }
  const who = { ...input, requestKey: input.triggerId };
  const delivery = {
    kind: "action",
    name: input.event.action,
    key: input.triggerId,
    respond: input.responseUrl ? args.respond : null,
    retryNum: args.context.retryNum,
  };
  await handle(ctx, delivery, who, (caller) => dispatch(ctx, input, caller, args));
}

async function dispatch(
  ctx: SlackContext,
  input: BlockActionInput,
  caller: Caller,
  args: SlackActionMiddlewareArgs,
) {
  const responder = new SlackResponder({
    client: await ctx.clients.forTeam(input.teamId),
    teamId: input.teamId,
    log: ctx.log,
    t: translator(pickLocale(...caller.locales)),
    userId: input.userId,
    channelId: input.channelId,
    triggerId: input.triggerId,
    respond: input.responseUrl ? args.respond : null,
    source: input.message,
    canUpdate: true,
    dmChannel: () => ctx.callers.dmChannel(input.teamId, input.userId),
  });
  await ctx.dispatcher.action(caller, input.event, responder);
  if (input.fromHome) await publishHome(ctx, caller);
}
