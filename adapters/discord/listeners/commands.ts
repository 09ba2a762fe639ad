/** `/afterchat <sub-command>`: options -> core Command -> dispatcher.command. */
import { type ChatInputCommandInteraction, type Client, Events } from "discord.js";
import { pickLocale, translator } from "../../../src/i18n/index.js";
import { callerOf } from "../caller.js";
import { COMMAND } from "../commands/definition.js";
import { commandFromOptions, type OptionReader } from "../commands/options.js";
import { optionProblemMessage } from "../commands/problem.js";
import { createResponder } from "../responder.js";
import { accept, guard, type ListenerContext, renderOptionsFor, replyGuildOnly } from "./context.js";

export function register(client: Client, ctx: ListenerContext): void {
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand() && interaction.commandName === COMMAND)
      accept(interaction, ctx, () => onCommand(interaction, ctx));
  });
}

async function onCommand(interaction: ChatInputCommandInteraction, ctx: ListenerContext): Promise<void> {
  await guard(interaction, ctx, async () => {
    const caller = await callerOf(interaction);
    if (!caller || !interaction.guildId) return replyGuildOnly(interaction, ctx);
    const responder = createResponder(interaction, ctx.log, renderOptionsFor(interaction, caller));
    const built = commandFromOptions(readerOf(interaction), interaction.guildId, ctx.download);
    if (!built.ok) {
      const { t } = translator(pickLocale(...caller.locales));
      return responder.reply(optionProblemMessage(t, built.error), { ephemeral: true });
    }
    await ctx.dispatcher.command(caller, built.value, responder);
  });
}

/** discord.js's option resolver as the plain reader commandFromOptions takes. */
export function readerOf(interaction: ChatInputCommandInteraction): OptionReader {
  const options = interaction.options;
  return {
    subcommand: options.getSubcommand(false),
    string: (name) => options.getString(name),
    integer: (name) => options.getInteger(name),
    boolean: (name) => options.getBoolean(name),
    // The option's value is the user id; resolved data (the user object) is not needed for it.
    user: (name) => {
      const value = options.get(name)?.value;
      return typeof value === "string" ? value : null;
    },
    channel: (name) => {
      const value = options.get(name)?.value;
      return typeof value === "string" ? value : null;
    },
    // Likewise the role's id; the resolved role object is not needed.
    role: (name) => {
      const value = options.get(name)?.value;
      return typeof value === "string" ? value : null;
    },
    attachment: (name) => {
      const file = options.getAttachment(name);
      return file ? { name: file.name, size: file.size, url: file.url } : null;
    },
  };
}
