/**
 * The command line as a third adapter: it speaks to the same dispatcher Slack and Discord use
 * (src/app/dispatch.ts), as the local operator. Whoever runs the command line holds the database
 * (its file, or its URL and password), so they can already change any row: the operator is an
 * administrator of the workspace it acts in, which makes it a moderator of that workspace's chats
 * (docs/cli.md, "Who the command line acts as"). Everything it does is in the chat's audit log
 * under `cli:<workspace>:operator`.
 *
 * A chat set up from the terminal lives in the local workspace `cli:local`, its debrief "channel"
 * being `cli:local:<hashtag>`: no platform posts there (scheduled steps that would post are
 * skipped, and logged). A chat set up from Slack or Discord is reached in its own workspace,
 * through its debrief channel, exactly as a command typed there would be.
 */
import { createDispatcher } from "../app/dispatch.js";
import { liveSourceFactory } from "../app/live-sources.js";
import { allRegistries } from "../app/registries.js";
import type { Services } from "../app/services.js";
import type { Config } from "../config.js";
import type { Workspace } from "../domain/workspace.js";
import type { Caller, Dispatcher, Responder, WorkspaceKey } from "../edge.js";
import type { Locale } from "../i18n/index.js";
import { createLogger } from "../log.js";
import { PlatformRouter } from "../platforms.js";
import type { Store } from "../ports.js";
import { messageText } from "./terminal-text.js";

export const LOCAL_WORKSPACE: WorkspaceKey = { platform: "cli", externalId: "local", name: "Command line" };

/** The debrief "channel" of a chat set up from the terminal. */
export function localChannel(hashtag: string): string {
  return `cli:${LOCAL_WORKSPACE.externalId}:${hashtag}`;
}

/** The operator in a workspace, in a channel of it, in the CLI's language. */
export function operatorCaller(
  workspace: Pick<Workspace, "platform" | "externalId" | "name">,
  channel: string,
  locale: Locale,
): Caller {
  return {
    workspace: { platform: workspace.platform, externalId: workspace.externalId, name: workspace.name },
    userRef: `cli:${workspace.externalId}:operator`,
    channel,
    locales: [locale],
    isAdmin: true,
    requestKey: `cli:${process.pid}:${Date.now()}`,
    rolesAmong: async () => [],
  };
}

/**
 * What the dispatcher answered, as terminal text, kept (and written to `out` when given); forms
 * cannot open in a terminal.
 */
export class TerminalResponder implements Responder {
  readonly texts: string[] = [];

  constructor(private readonly out: NodeJS.WritableStream | null) {}

  async openForm(): Promise<void> {
    throw new Error("the command line cannot open a form");
  }

  async defer(): Promise<void> {}

  async reply(message: Parameters<Responder["reply"]>[0]): Promise<undefined> {
    const text = messageText(message);
    this.texts.push(text);
    this.out?.write(`${text}\n`);
    return undefined;
  }
}

/** The dispatcher over this store, with no chat platform to post to and logs on stderr. */
export function operatorDispatcher(store: Store, config: Config): Dispatcher {
  const clock = { now: () => new Date() };
  const services: Services = {
    store,
    clock,
    platforms: new PlatformRouter(),
    log: createLogger({
      level: config.logLevel === "info" ? "warn" : config.logLevel,
      destination: process.stderr,
    }),
    // Only anonymous polls opened before the ballot box read it; the command line opens no poll.
    secret: "",
    liveSource: liveSourceFactory(config, clock),
    importMaxBytes: config.importMaxBytes,
  };
  return createDispatcher(services, allRegistries, { cacheMs: 0 });
}
