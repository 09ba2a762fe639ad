/**
 * What every use case receives: the ports, nothing concrete. Built once by the composition roots
 * (src/main.ts, src/cli.ts) and by tests with in-memory fakes.
 */

import type { Network } from "../domain/post.js";
import type { Logger } from "../log.js";
import type { Clock, Platforms, Store } from "../ports.js";
import type { ActionId } from "../render/message.js";
import type { LiveSource } from "../sources/types.js";
import type { Command, CommandName } from "./commands/command.js";
import type { ActionEvent, Actor, FormSubmission, Responder } from "./interaction.js";

export interface Services {
  store: Store;
  clock: Clock;
  /** Outbound messages to Slack / Discord (scheduled posts, DMs, threads). */
  platforms: Platforms;
  log: Logger;
  /** A process secret kept outside the database (today: legacy anonymous-poll voter keys, docs/anonymity.md). */
  secret: string;
  /** Live pulls by network, when configured (X needs a bearer token; Mastodon an instance per series). */
  liveSource(network: Network, options: { instance?: string | null }): LiveSource | null;
  /** Largest file accepted for import from a chat platform, in bytes. */
  importMaxBytes: number;
}

export type CommandHandler<C extends Command = Command> = (
  services: Services,
  actor: Actor,
  command: C,
  responder: Responder,
) => Promise<void>;

export type ActionHandler = (
  services: Services,
  actor: Actor,
  event: ActionEvent,
  responder: Responder,
) => Promise<void>;

export type FormHandler = (
  services: Services,
  actor: Actor,
  submission: FormSubmission,
  responder: Responder,
) => Promise<void>;

/** What an area of the app contributes to the dispatcher. */
export interface Registry {
  commands?: { [N in CommandName]?: CommandHandler<Extract<Command, { name: N }>> };
  actions?: { [A in ActionId]?: ActionHandler };
  /** Keyed by Form.id. */
  forms?: Record<string, FormHandler>;
}
