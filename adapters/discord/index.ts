/**
 * The Discord adapter: a discord.js client logged in with the bot token, listeners that turn
 * interactions into core calls, and the ChatPlatform for what afterchat posts on its own.
 * Entry contract: src/edge.ts (PlatformDeps, RunningPlatform).
 */
import { type Client, Events } from "discord.js";
import { workspaceLifecycle } from "../../src/app/workspaces/lifecycle.js";
import type { Config } from "../../src/config.js";
import type { PlatformDeps, RunningPlatform } from "../../src/edge.js";
import { AfterchatError } from "../../src/errors.js";
import { drainWork, WorkQueue } from "../../src/work-queue.js";
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
    work: new WorkQueue(deps.config.work),
  };
  registerListeners(client, ctx, { messageContent: discord.messageContent });
  client.on(Events.Error, (error) => log.error({ err: error }, "discord client error"));
  client.on(Events.ShardResume, (shard, replayed) =>
    log.info({ shard, replayed }, "discord gateway resumed"),
  );
  watchGuilds(client, workspaceLifecycle(deps.services, deps.config.retentionDays), log);
  await login(client, discord.token).catch(async (error: unknown) => {
    await client.destroy();
    throw error;
  });
  log.info({ guilds: client.guilds.cache.size, messageContent: discord.messageContent }, "discord connected");
  return {
    platform: new DiscordPlatform(client, log),
    servesHttp: false,
    ready: () => client.isReady(),
    // Stop taking interactions (told "busy" meanwhile), answer those taken, up to the drain
    // timeout, then leave the gateway.
    stop: async () => {
      await drainWork(ctx.work, deps.config.work.drainSeconds, log, "discord");
      await client.destroy();
    },
  };
}

/** Discord's refusals at login, as the setting to change (see src/main.ts: one line, no stack). */
const refused = (detailKey: string) => new AfterchatError("config_invalid", { detailKey });

/**
 * Logs in and waits for READY. A bad token fails the login (401 on /gateway/bot, or close 4004); a
 * privileged intent not enabled for the app closes the gateway with 4014, after which discord.js
 * waits forever: both become the sentence naming what to change.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes
 */
async function login(client: Client, token: string): Promise<void> {
  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, () => resolve());
    client.on(Events.ShardDisconnect, (event) => {
      if (event.code === 4014) reject(refused("discord.login.disallowedIntents"));
      if (event.code === 4004) reject(refused("discord.login.badToken"));
    });
  });
  ready.catch(() => undefined);
  try {
    await client.login(token);
  } catch (error) {
    if ((error as { code?: string }).code === "TokenInvalid") throw refused("discord.login.badToken");
    // @discordjs/ws rejects the login with its own error on close code 4014.
    if (error instanceof Error && /disallowed intents/i.test(error.message))
      throw refused("discord.login.disallowedIntents");
    throw error;
  }
  await ready;
}
