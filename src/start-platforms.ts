/** Starts every chat platform whose credentials are configured. */
import { startDiscord } from "../adapters/discord/index.js";
import { startSlack } from "../adapters/slack/index.js";
import type { PlatformDeps, RunningPlatform } from "./edge.js";

export type { PlatformDeps, RunningPlatform };

export async function startPlatforms(deps: PlatformDeps): Promise<RunningPlatform[]> {
  const running: RunningPlatform[] = [];
  if (deps.config.slack) running.push(await startSlack(deps, deps.config.slack));
  if (deps.config.discord) running.push(await startDiscord(deps, deps.config.discord));
  return running;
}
