/**
 * startSlack: the Slack platform of the bot process. Checks the bot token (auth.test), builds the
 * Bolt App (HTTP or Socket Mode), registers the listeners by category and starts it.
 */
import type { Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { webApi } from "@slack/bolt";
import type { Config } from "../../src/config.js";
import type { PlatformDeps, RunningPlatform } from "../../src/edge.js";
import { drainWork, WorkQueue } from "../../src/work-queue.js";
import { buildApp, clientOptions, DEFAULT_RETRY, type RetryConfig } from "./app.js";
import { SlackCallers } from "./caller.js";
import type { SlackContext } from "./context.js";
import { classifyFailure } from "./errors.js";
import { register as registerActions } from "./listeners/actions/index.js";
import { register as registerCommands } from "./listeners/commands/index.js";
import { register as registerEvents } from "./listeners/events/index.js";
import { register as registerViews } from "./listeners/views/index.js";
import { SlackUserDirectory } from "./locale.js";
import { SlackPlatform } from "./platform.js";
import { RecentKeys } from "./recent-keys.js";
import { AckGate } from "./work-queue.js";

export interface SlackStartOptions {
  /** Web API retries; tests pass `{ retries: 0 }`. Default: DEFAULT_RETRY. */
  retryConfig?: RetryConfig;
  /** HTTP mode: where to listen (default config.port / config.host; 0 picks a free port). */
  port?: number;
  host?: string;
  /** Socket Mode: pong timeout in ms (tests shorten reconnects). */
  clientPingTimeoutMs?: number;
  /** How many deliveries are handled at once after their ack (default config.work.concurrency). */
  concurrency?: number;
}

export interface RunningSlack extends RunningPlatform {
  /** HTTP mode: the base URL Slack posts to ("http://127.0.0.1:3000"); null in Socket Mode. */
  url: string | null;
}

/** Slack's own file hosts, and the configured API host (a local fake in tests). */
function trustedHosts(apiUrl: string): (host: string) => boolean {
  const apiHost = new URL(apiUrl).hostname;
  return (host) => host === apiHost || host === "slack.com" || host.endsWith(".slack.com");
}

export async function startSlack(
  deps: PlatformDeps,
  slack: NonNullable<Config["slack"]>,
  options: SlackStartOptions = {},
): Promise<RunningSlack> {
  const { services, dispatcher, log } = deps;
  const retryConfig = options.retryConfig ?? DEFAULT_RETRY;
  const bot = await checkToken(slack, retryConfig);
  const built = buildApp({
    slack,
    bot,
    log,
    routes: deps.routes,
    retryConfig,
    ...(options.clientPingTimeoutMs ? { clientPingTimeoutMs: options.clientPingTimeoutMs } : {}),
  });
  const { app } = built;
  const client = app.client;
  const users = new SlackUserDirectory(client, log);
  const gate = new AckGate();
  const ctx: SlackContext = {
    dispatcher,
    log,
    client,
    callers: new SlackCallers(client, users, log),
    files: {
      client,
      botToken: slack.botToken,
      trustedHosts: trustedHosts(slack.apiUrl),
      maxBytes: services.importMaxBytes,
    },
    seen: new RecentKeys(),
    work: new WorkQueue(
      { ...deps.config.work, concurrency: options.concurrency ?? deps.config.work.concurrency },
      gate,
    ),
    defaultLocale: deps.config.defaultLocale,
  };
  registerCommands(app, ctx);
  registerActions(app, ctx);
  registerViews(app, ctx);
  registerEvents(app, ctx);
  app.error(async (error) => {
    log.error(
      { slack: classifyFailure(error), name: error.name, code: error.code },
      "Bolt reported an error",
    );
  });

  let url: string | null = null;
  let server: Server | null = null;
  if (built.mode === "http") {
    const host = options.host ?? deps.config.host;
    server = (await app.start({ port: options.port ?? deps.config.port, host })) as Server;
    server.on("request", (_req, res: ServerResponse) => {
      gate.enter();
      res.once("close", () => gate.leave());
    });
    const address = server.address() as AddressInfo;
    url = `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${address.port}`;
  } else {
    await app.start();
  }
  log.info({ mode: built.mode, botUserId: bot.botUserId }, "Slack connected");
  return {
    platform: new SlackPlatform(client, users, bot, log),
    servesHttp: built.mode === "http",
    url,
    ready: () => (server ? server.listening : built.connected()),
    // Stop taking deliveries (the receiver closes: Slack retries elsewhere), then answer those
    // already acked, up to the drain timeout.
    stop: async () => {
      await (app.stop() as Promise<void>);
      await drainWork(ctx.work, deps.config.work.drainSeconds, log, "slack");
    },
  };
}

/** auth.test: the token works, and who the bot is (so Bolt need not ask on each request). */
async function checkToken(slack: NonNullable<Config["slack"]>, retryConfig: RetryConfig) {
  const probe = new webApi.WebClient(slack.botToken, clientOptions(slack, retryConfig));
  try {
    const auth = await probe.auth.test();
    if (!auth.user_id || !auth.bot_id)
      throw new Error("auth.test did not name a bot user: is this a bot token (xoxb-)?");
    return { botId: auth.bot_id, botUserId: auth.user_id };
  } catch (error) {
    const failure = classifyFailure(error);
    if (!failure) throw error;
    throw new Error(
      `Slack refused SLACK_BOT_TOKEN (${failure.code}). Check the token in Install App > Bot User OAuth Token.`,
    );
  }
}
