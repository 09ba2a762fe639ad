/**
 * startSlack: the Slack platform of the bot process. One workspace: checks the bot token
 * (auth.test). Several (OAuth install): opens the installations (tokens sealed under
 * TOKEN_ENCRYPTION_KEY; values sealed under an older key are sealed again). Then builds the Bolt
 * App (HTTP or Socket Mode), registers the listeners by category and starts it.
 */
import type { Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { webApi } from "@slack/bolt";
import { workspaceLifecycle } from "../../src/app/workspaces/lifecycle.js";
import type { Config } from "../../src/config.js";
import type { PlatformDeps, RunningPlatform } from "../../src/edge.js";
import { processOwner } from "../../src/jobs/owner.js";
import { SecretBox } from "../../src/secret-box.js";
import { drainWork, WorkQueue } from "../../src/work-queue.js";
import { admitRequests } from "./admission.js";
import { buildApp, clientOptions, DEFAULT_RETRY, type RetryConfig } from "./app.js";
import { SlackCallers } from "./caller.js";
import { InstalledClients, type SlackClients, singleTeamClients } from "./clients.js";
import type { SlackContext } from "./context.js";
import { classifyFailure } from "./errors.js";
import { SlackInstallations } from "./installations.js";
import { register as registerActions } from "./listeners/actions/index.js";
import { register as registerCommands } from "./listeners/commands/index.js";
import { register as registerEvents } from "./listeners/events/index.js";
import { busyMessage } from "./listeners/run.js";
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
  /** OAuth install with token rotation: refresh this long before expiry (default: Bolt's 2 hours). */
  refreshBeforeSeconds?: number;
  /** Names this process in the refresh lease (default: host, pid, random). */
  owner?: string;
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
  const workspaces = workspaceLifecycle(services, deps.config.retentionDays);
  const installations = slack.oauth ? await openInstallations(deps, slack, retryConfig, options) : null;
  const single = slack.botToken ? await checkToken(slack.botToken, slack, retryConfig) : null;
  // One workspace: an app installed again after an uninstall resumes with its new token.
  if (single) await workspaces.resumed({ platform: "slack", externalId: single.teamId });
  const gate = new AckGate();
  const built = buildApp({
    slack,
    bot: single ? { botId: single.botId, botUserId: single.botUserId } : null,
    ...(installations
      ? {
          install: {
            store: installations,
            hooks: {
              installed: (teamId: string, name: string) =>
                workspaces.installed({ platform: "slack", externalId: teamId, name }),
            },
          },
        }
      : {}),
    log,
    routes: deps.routes,
    retryConfig,
    admit: (listener) =>
      admitRequests(listener, {
        pending: () => gate.pending,
        maxUnacked: deps.config.work.maxUnacked,
        endpoint: "/slack/events",
        busyBody: (who) => busyMessage(ctx, who),
        log,
      }),
    ...(options.clientPingTimeoutMs ? { clientPingTimeoutMs: options.clientPingTimeoutMs } : {}),
  });
  const { app } = built;
  const clients: SlackClients =
    single && slack.botToken
      ? singleTeamClients(app.client, { token: slack.botToken, botUserId: single.botUserId })
      : new InstalledClients(
          async (teamId) => {
            const found = await installations?.fresh(teamId);
            return found ? { token: found.botToken, botUserId: found.botUserId } : null;
          },
          clientOptions(slack, retryConfig),
        );
  const users = new SlackUserDirectory(clients, log);
  const ctx: SlackContext = {
    dispatcher,
    log,
    clients,
    callers: new SlackCallers(clients, users, log),
    files: {
      clients,
      trustedHosts: trustedHosts(slack.apiUrl),
      maxBytes: services.importMaxBytes,
    },
    seen: new RecentKeys(),
    work: new WorkQueue(
      { ...deps.config.work, concurrency: options.concurrency ?? deps.config.work.concurrency },
      gate,
    ),
    defaultLocale: deps.config.defaultLocale,
    workspaces,
    removeTeam: async (teamId) => {
      await installations?.deleteInstallation({
        teamId,
        isEnterpriseInstall: false,
        enterpriseId: undefined,
      });
    },
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
  log.info(
    { mode: built.mode, install: installations ? "oauth" : "single", botUserId: single?.botUserId },
    "Slack connected",
  );
  return {
    platform: new SlackPlatform(clients, users, log),
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

/** OAuth install: the installations on the database, tokens sealed, older keys' values sealed again. */
async function openInstallations(
  deps: PlatformDeps,
  slack: NonNullable<Config["slack"]>,
  retryConfig: RetryConfig,
  options: SlackStartOptions,
): Promise<SlackInstallations> {
  const oauth = slack.oauth;
  const keys = deps.config.tokenKeys;
  if (!oauth || !keys) throw new Error("OAuth install needs SLACK_CLIENT_ID and TOKEN_ENCRYPTION_KEY");
  const installations = new SlackInstallations({
    repository: deps.services.store.installations,
    box: new SecretBox(keys.current, keys.old),
    oauthClient: new webApi.WebClient(undefined, clientOptions(slack, retryConfig)),
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    owner: options.owner ?? processOwner(),
    ...(options.refreshBeforeSeconds !== undefined
      ? { refreshBeforeSeconds: options.refreshBeforeSeconds }
      : {}),
  });
  const resealed = await installations.reseal();
  if (resealed) deps.log.info({ count: resealed }, "stored Slack tokens sealed again under the current key");
  return installations;
}

/** auth.test: the token works, and who the bot is (so Bolt need not ask on each request). */
async function checkToken(token: string, slack: NonNullable<Config["slack"]>, retryConfig: RetryConfig) {
  const probe = new webApi.WebClient(token, clientOptions(slack, retryConfig));
  try {
    const auth = await probe.auth.test();
    if (!auth.user_id || !auth.bot_id || !auth.team_id)
      throw new Error("auth.test did not name a bot user: is this a bot token (xoxb-)?");
    return { botId: auth.bot_id, botUserId: auth.user_id, teamId: auth.team_id };
  } catch (error) {
    const failure = classifyFailure(error);
    if (!failure) throw error;
    throw new Error(
      `Slack refused SLACK_BOT_TOKEN (${failure.code}). Check the token in Install App > Bot User OAuth Token.`,
    );
  }
}
