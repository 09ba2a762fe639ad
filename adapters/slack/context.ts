/** What every Slack listener needs, built once by app.ts. */
import type { WorkspaceLifecycle } from "../../src/app/workspaces/lifecycle.js";
import type { Dispatcher } from "../../src/edge.js";
import type { Logger } from "../../src/log.js";
import type { SlackCallers } from "./caller.js";
import type { SlackClients } from "./clients.js";
import type { FileSource } from "./files.js";
import type { RecentKeys } from "./recent-keys.js";
import type { WorkQueue } from "./work-queue.js";

export interface SlackContext {
  dispatcher: Dispatcher;
  log: Logger;
  /** The bot's Web API client of each team (one token, or each installation's). */
  clients: SlackClients;
  callers: SlackCallers;
  files: FileSource;
  /** Deliveries already handled here, so a retried one is not handled twice. */
  seen: RecentKeys;
  /** Bounds the handlers running after their ack. */
  work: WorkQueue;
  /** Installs and uninstalls reach the core here. */
  workspaces: WorkspaceLifecycle;
  /** Deletes the team's stored tokens (OAuth install; nothing to delete with one token). */
  removeTeam(teamId: string): Promise<void>;
}
