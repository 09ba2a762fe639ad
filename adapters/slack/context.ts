/** What every Slack listener needs, built once by app.ts. */
import type { webApi } from "@slack/bolt";
import type { Dispatcher } from "../../src/edge.js";
import type { Locale } from "../../src/i18n/index.js";
import type { Logger } from "../../src/log.js";
import type { WorkQueue } from "../../src/work-queue.js";
import type { SlackCallers } from "./caller.js";
import type { FileSource } from "./files.js";
import type { RecentKeys } from "./recent-keys.js";

export interface SlackContext {
  dispatcher: Dispatcher;
  log: Logger;
  /** The bot's Web API client (Bolt's app.client). */
  client: webApi.WebClient;
  callers: SlackCallers;
  files: FileSource;
  /** Deliveries already handled here, so a retried one is not handled twice. */
  seen: RecentKeys;
  /** Bounds the handlers running after their ack, and drains them on shutdown. */
  work: WorkQueue;
  /** For answers given before the person's language is known (busy). */
  defaultLocale: Locale;
}
