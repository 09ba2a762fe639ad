/**
 * Registers `/afterchat` with Discord by bulk overwrite (PUT): in one guild, where changes show
 * at once (DISCORD_GUILD_ID, for testing), or globally for every server the bot is in. Running it
 * again replaces the command with the current definition; nothing else of the application changes.
 * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
 */
import { REST, type RESTPutAPIApplicationCommandsResult, Routes } from "discord.js";
import { afterchatCommand } from "./commands/definition.js";

export interface RegisterOptions {
  token: string;
  applicationId: string;
  apiUrl: string;
  guildId: string | null;
  retries?: number;
}

export interface Registered {
  scope: "guild" | "global";
  guildId: string | null;
  commands: Array<{ id: string; name: string }>;
  subcommands: number;
}

export async function registerCommands(options: RegisterOptions): Promise<Registered> {
  const rest = new REST({
    api: options.apiUrl,
    ...(options.retries === undefined ? {} : { retries: options.retries }),
  }).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const command = afterchatCommand();
  const saved = (await rest.put(route, { body: [command] })) as RESTPutAPIApplicationCommandsResult;
  return {
    scope: options.guildId ? "guild" : "global",
    guildId: options.guildId,
    commands: saved.map((c) => ({ id: c.id, name: c.name })),
    subcommands: command.options?.length ?? 0,
  };
}
