/** Starts every chat platform whose credentials are configured; each adapter is loaded only then. */
import type { PlatformDeps, RunningPlatform } from "./edge.js";

export type { PlatformDeps, RunningPlatform };

export async function startPlatforms(deps: PlatformDeps): Promise<RunningPlatform[]> {
  const running: RunningPlatform[] = [];
  if (deps.config.slack) {
    const { startSlack } = await import("../adapters/slack/index.js");
    running.push(await startSlack(deps, deps.config.slack));
  }
  if (deps.config.discord) {
    const { startDiscord } = await import("../adapters/discord/index.js");
    running.push(await startDiscord(deps, deps.config.discord));
  }
  return running;
}
