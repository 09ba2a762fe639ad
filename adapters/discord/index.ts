/**
 * The Discord adapter: a discord.js client logged in with the bot token, listeners that turn
 * interactions into core calls, and the ChatPlatform for what afterchat posts on its own.
 * Entry contract: src/edge.ts (PlatformDeps, RunningPlatform).
 */
import { Events } from "discord.js";
import { workspaceLifecycle } from "../../src/app/workspaces/lifecycle.js";
import type { Config } from "../../src/config.js";
import type { PlatformDeps, RunningPlatform } from "../../src/edge.js";
import { createClient } from "./client.js";
import { downloadAttachment } from "./download.js";
import { watchGuilds } from "./guilds.js";
import { type ListenerContext, registerListeners } from "./listeners/index.js";
import { DiscordPlatform } from "./platform.js";

export { afterchatCommand } from "./commands/definition.js";
export { DiscordPlatform } from "./platform.js";

export interface StartOptions {
  /** REST retries (tests: 0). */
  retries?: number;
  /** Attachment downloads (tests may replace it). */
  download?: ListenerContext["download"];
}

export async function startDiscord(
  deps: PlatformDeps,
  discord: NonNullable<Config["discord"]>,
  options: StartOptions = {},
): Promise<RunningPlatform> {
  const log = deps.log.child({ platform: "discord" });
  const client = createClient({
    apiUrl: discord.apiUrl,
    messageContent: discord.messageContent,
    ...(options.retries === undefined ? {} : { retries: options.retries }),
  });
  const ctx: ListenerContext = {
    dispatcher: deps.dispatcher,
    log,
    download: options.download ?? downloadAttachment,
  };
  registerListeners(client, ctx, { messageContent: discord.messageContent });
  client.on(Events.Error, (error) => log.error({ err: error }, "discord client error"));
  client.on(Events.ShardResume, (shard, replayed) =>
    log.info({ shard, replayed }, "discord gateway resumed"),
  );
  watchGuilds(client, workspaceLifecycle(deps.services, deps.config.retentionDays), log);
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(discord.token);
  await ready;
  log.info({ guilds: client.guilds.cache.size, messageContent: discord.messageContent }, "discord connected");
  return {
    platform: new DiscordPlatform(client, log),
    servesHttp: false,
    ready: () => client.isReady(),
    stop: async () => {
      await client.destroy();
    },
  };
}
