/**
 * The Bolt App: HTTP (Events API + interactivity on /slack/events, with the health routes beside
 * them) by default, Socket Mode when an app-level token is configured. Signature verification
 * stays on (Bolt's default): unsigned, forged and stale (> 5 min) requests get 401, and so do
 * requests stamped more than 5 minutes ahead (timestamp.ts).
 * @see https://docs.slack.dev/tools/bolt-js/concepts/receiver
 * @see https://docs.slack.dev/apis/events-api/using-socket-mode
 * @see https://docs.slack.dev/authentication/verifying-requests-from-slack
 */

import type { RequestListener } from "node:http";
import {
  App,
  HTTPReceiver,
  type InstallationStore,
  LogLevel,
  SocketModeReceiver,
  type webApi,
} from "@slack/bolt";
import type { Config } from "../../src/config.js";
import type { HealthRoute } from "../../src/health.js";
import type { Logger } from "../../src/log.js";
import { boltLogger } from "./bolt-logger.js";
import { type InstallHooks, installerOptions } from "./oauth.js";
import { refuseFutureRequests } from "./timestamp.js";

export type RetryConfig = NonNullable<webApi.WebClientOptions["retryConfig"]>;

/** Production: a few retries with exponential back-off (1 s, 2 s, 4 s, capped at 10 s). */
export const DEFAULT_RETRY: RetryConfig = {
  retries: 3,
  factor: 2,
  minTimeout: 1000,
  maxTimeout: 10_000,
  randomize: true,
};

export interface SlackAppOptions {
  slack: NonNullable<Config["slack"]>;
  /** One workspace: who the bot is (auth.test). null with OAuth install (each team has its own). */
  bot: { botId: string; botUserId: string } | null;
  /** OAuth install: where installations go, and who hears of a new one. */
  install?: { store: InstallationStore; hooks: InstallHooks };
  log: Logger;
  routes: HealthRoute[];
  retryConfig: RetryConfig;
  /** HTTP mode: wraps the receiver's request listener (admission.ts sheds requests past a bound). */
  admit?: (listener: RequestListener) => RequestListener;
  /** Socket Mode only: how long to wait for a pong (tests shorten reconnects). */
  clientPingTimeoutMs?: number;
}

export interface BuiltApp {
  app: App;
  mode: "http" | "socket";
  /** Socket Mode connection state (always true in HTTP mode once listening). */
  connected(): boolean;
}

export function clientOptions(
  slack: NonNullable<Config["slack"]>,
  retryConfig: RetryConfig,
): webApi.WebClientOptions {
  // A 429 is waited out (Retry-After) and retried rather than failed at once.
  return { slackApiUrl: slack.apiUrl, retryConfig, rejectRateLimitedCalls: false };
}

export function buildApp(options: SlackAppOptions): BuiltApp {
  const { slack, log, routes } = options;
  const admit = options.admit ?? ((listener: RequestListener) => listener);
  const logger = boltLogger(log);
  const logLevel = log.isLevelEnabled("debug") ? LogLevel.DEBUG : LogLevel.WARN;
  logger.setLevel(logLevel);
  const client = clientOptions(slack, options.retryConfig);
  const single = { token: slack.botToken ?? undefined, ...(options.bot ?? {}) };
  if (slack.oauth) {
    if (!options.install) throw new Error("OAuth install needs an installation store");
    if (!slack.signingSecret) throw new Error("SLACK_SIGNING_SECRET is required with SLACK_CLIENT_ID");
    const receiver = new HTTPReceiver({
      signingSecret: slack.signingSecret,
      endpoints: "/slack/events",
      customRoutes: routes.map((r) => ({ path: r.path, method: r.method, handler: r.handler })),
      logger,
      logLevel,
      installationStore: options.install.store,
      ...installerOptions(slack.oauth, client, options.install.hooks, log),
    });
    receiver.requestListener = admit(refuseFutureRequests(receiver.requestListener, log));
    // No token: Bolt authorizes each request through the receiver's installer (installations.ts).
    const app = new App({ receiver, clientOptions: client, logger, logLevel, convoStore: false });
    return { app, mode: "http", connected: () => true };
  }
  if (slack.appToken) {
    const receiver = new SocketModeReceiver({
      appToken: slack.appToken,
      logger,
      logLevel,
      ...(options.clientPingTimeoutMs ? { clientPingTimeout: options.clientPingTimeoutMs } : {}),
      installerOptions: { clientOptions: client },
    });
    let connected = false;
    receiver.client.on("connected", () => (connected = true));
    for (const state of ["disconnected", "reconnecting", "disconnecting"])
      receiver.client.on(state, () => (connected = false));
    const app = new App({
      receiver,
      ...single,
      clientOptions: client,
      logger,
      logLevel,
      convoStore: false,
    });
    return { app, mode: "socket", connected: () => connected };
  }
  if (!slack.signingSecret)
    throw new Error("SLACK_SIGNING_SECRET is required in HTTP mode (or set SLACK_APP_TOKEN)");
  const receiver = new HTTPReceiver({
    signingSecret: slack.signingSecret,
    endpoints: "/slack/events",
    customRoutes: routes.map((r) => ({ path: r.path, method: r.method, handler: r.handler })),
    logger,
    logLevel,
  });
  // Bolt refuses stale timestamps only: refuse those from the future before it verifies the rest.
  receiver.requestListener = admit(refuseFutureRequests(receiver.requestListener, log));
  const app = new App({
    receiver,
    ...single,
    clientOptions: client,
    logger,
    logLevel,
    convoStore: false,
  });
  return { app, mode: "http", connected: () => true };
}
