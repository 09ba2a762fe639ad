/**
 * The Discord adapter: a discord.js client logged in with the bot token, listeners that turn
 * interactions into core calls, and the ChatPlatform for what afterchat posts on its own.
 * Entry contract: src/edge.ts (PlatformDeps, RunningPlatform).
 */
import { Events } from "discord.js";
import { workspaceLifecycle } from "../../src/app/workspaces/lifecycle.js";
import type { Config } from "../../src/config.js";
import type { PlatformDeps, RunningPlatform } from "../../src/edge.js";
import { drainWork, WorkQueue } from "../../src/work-queue.js";
import { type ClientOptions, createClient } from "./client.js";
import { downloadAttachment } from "./download.js";
import { watchGuilds } from "./guilds.js";
import { type ListenerContext, registerListeners } from "./listeners/index.js";
import { login } from "./login.js";
import { DiscordPlatform } from "./platform.js";
import { startSharded } from "./shards.js";

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
  const ctx: ListenerContext = {
    dispatcher: deps.dispatcher,
    log,
    download: options.download ?? downloadAttachment,
    work: new WorkQueue(deps.config.work),
  };
  const lifecycle = workspaceLifecycle(deps.services, deps.config.retentionDays);
  const bare = (shards?: ClientOptions["shards"], identify?: ClientOptions["identify"]) =>
    createClient({
      apiUrl: discord.apiUrl,
      messageContent: discord.messageContent,
      ...(options.retries === undefined ? {} : { retries: options.retries }),
      ...(shards ? { shards } : {}),
      ...(identify ? { identify } : {}),
    });
  const listening = (
    shards?: ClientOptions["shards"],
    identify?: ClientOptions["identify"],
    holdsShard?: ListenerContext["holdsShard"],
  ) => {
    const client = bare(shards, identify);
    registerListeners(client, holdsShard ? { ...ctx, holdsShard } : ctx, {
      messageContent: discord.messageContent,
    });
    client.on(Events.Error, (error) => log.error({ err: error }, "discord client error"));
    client.on(Events.ShardResume, (shard, replayed) =>
      log.info({ shard, replayed }, "discord gateway resumed"),
    );
    watchGuilds(client, lifecycle, log);
    return client;
  };
  // Stop taking interactions (told "busy" meanwhile), answer those taken, up to the drain timeout.
  const drain = () => drainWork(ctx.work, deps.config.work.drainSeconds, log, "discord");
  // Several processes share one PostgreSQL database: each shard's session in one of them.
  if (deps.config.database === "postgres")
    return startSharded({ deps, discord, log, bare, listening, drain });

  const count = discord.shardCount;
  const client = listening(count ? { ids: Array.from({ length: count }, (_, i) => i), count } : undefined);
  await login(client, discord.token).catch(async (error: unknown) => {
    await client.destroy();
    throw error;
  });
  log.info({ guilds: client.guilds.cache.size, messageContent: discord.messageContent }, "discord connected");
  return {
    platform: new DiscordPlatform(client, log),
    servesHttp: false,
    ready: () => client.isReady(),
    // Then leave the gateway.
    stop: async () => {
      await drain();
      await client.destroy();
    },
  };
}
