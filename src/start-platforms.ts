/** Starts every chat platform whose credentials are configured. */
import { startDiscord } from "../adapters/discord/index.js";
import { startSlack } from "../adapters/slack/index.js";
import type { Dispatcher } from "./app/dispatcher.js";
import type { Services } from "./app/services.js";
import type { Config } from "./config.js";
import type { HealthRoute } from "./health.js";
import type { Logger } from "./log.js";
import type { ChatPlatform } from "./ports.js";

export interface RunningPlatform {
  platform: ChatPlatform;
  /** True when this platform's HTTP server also serves the health routes (Slack HTTP mode). */
  servesHttp: boolean;
  /** Connected and able to send (readiness). */
  ready(): boolean;
  stop(): Promise<void>;
}

export interface PlatformDeps {
  config: Config;
  services: Services;
  dispatcher: Dispatcher;
  routes: HealthRoute[];
  log: Logger;
}

export async function startPlatforms(deps: PlatformDeps): Promise<RunningPlatform[]> {
  const running: RunningPlatform[] = [];
  if (deps.config.slack) running.push(await startSlack(deps, deps.config.slack));
  if (deps.config.discord) running.push(await startDiscord(deps, deps.config.discord));
  return running;
}
