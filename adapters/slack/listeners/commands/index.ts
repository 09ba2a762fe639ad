/**
 * `/afterchat <text>`: ack at once (Slack waits 3 s at most), then read the text and dispatch.
 * `import` first looks for the file the user shared in the channel (the core needs it attached);
 * every other line goes to the dispatcher as text, which parses it and explains what it cannot read.
 * @see https://docs.slack.dev/interactivity/implementing-slash-commands#responding_to_commands
 */
import type { App, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { parseCommand } from "../../../../src/app/commands/parse.js";
import { expectedText } from "../../../../src/app/reply-error.js";
import type { Caller, SharedFile } from "../../../../src/edge.js";
import { isAfterchatError } from "../../../../src/errors.js";
import { pickLocale, translator } from "../../../../src/i18n/index.js";
import { sentence } from "../../../../src/render/message.js";
import type { SlackContext } from "../../context.js";
import { describeFailure, toPlatformError } from "../../errors.js";
import { latestSharedFile } from "../../files.js";
import { parseSlashCommand, type SlashCommandInput } from "../../parse.js";
import { channelRef } from "../../refs.js";
import { SlackResponder } from "../../responder.js";
import { busyMessage, handle, refused } from "../run.js";

export function register(app: App, ctx: SlackContext): void {
  // Whatever the command is called in the manifest (/afterchat, /afterchat-dev...).
  app.command(/^\/.+/, (args) => onCommand(ctx, args));
}

async function onCommand(
  ctx: SlackContext,
  args: SlackCommandMiddlewareArgs & { context: { retryNum?: number } },
) {
  const input = parseSlashCommand(args.body);
  if (input && ctx.work.full) {
    // A full line (or stopping): the busy answer rides on the ack itself, costing no extra call.
    await args.ack(busyMessage(ctx, input));
    refused(ctx, { interaction: "command", teamId: input.teamId });
    return;
  }
  await args.ack();
  if (!input) {
    ctx.log.warn({ interaction: "command" }, "unreadable slash command payload");
    return;
  }
  const who = { ...input, requestKey: input.triggerId };
  const delivery = {
    kind: "command",
    name: input.text.split(/\s/, 1)[0] || "help",
    key: input.triggerId,
    respond: args.respond,
    retryNum: args.context.retryNum,
  };
  await handle(ctx, delivery, who, (caller) => dispatch(ctx, input, caller, args));
}

async function dispatch(
  ctx: SlackContext,
  input: SlashCommandInput,
  caller: Caller,
  args: SlackCommandMiddlewareArgs,
) {
  const t = translator(pickLocale(...caller.locales));
  const responder = new SlackResponder({
    client: await ctx.clients.forTeam(input.teamId),
    teamId: input.teamId,
    log: ctx.log,
    t,
    userId: input.userId,
    channelId: input.channelId,
    triggerId: input.triggerId,
    respond: args.respond,
    source: null,
    canUpdate: false,
    dmChannel: () => ctx.callers.dmChannel(input.teamId, input.userId),
  });
  const parsed = parseCommand(input.text);
  if (parsed.ok && parsed.value.name === "import") {
    let file: SharedFile | null;
    try {
      file = await latestSharedFile(ctx.files, input.teamId, input.channelId, input.userId);
    } catch (error) {
      // files.list refused (missing files:read, channel not visible): say so rather than "no file".
      ctx.log.warn(
        { slack: describeFailure(error), method: "files.list" },
        "could not list the channel's files",
      );
      const failure = toPlatformError(error, channelRef(input.teamId, input.channelId));
      if (!isAfterchatError(failure)) throw error;
      await responder.reply(sentence(expectedText(t, failure)), { ephemeral: true });
      return;
    }
    await ctx.dispatcher.command(caller, { ...parsed.value, file }, responder);
    return;
  }
  await ctx.dispatcher.commandText(caller, input.text, responder);
}
