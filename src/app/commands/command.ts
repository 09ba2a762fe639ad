/**
 * The sub-commands of `/afterchat`, parsed. Slack parses its command text into these
 * (src/app/commands/parse.ts); Discord builds them from its subcommand options. Both then call
 * the same dispatcher, so a sub-command exists on both platforms or on neither.
 */
import type { NoteKind } from "../../domain/note.js";
import type { UserRef } from "../../domain/workspace.js";
import type { SharedFile } from "../../edge.js";
import type { Locale } from "../../i18n/index.js";
import type { Result } from "../../result.js";

/**
 * Most editions a comparison averages over (`compare ... last N`, the CLI's `--last N`). Here with the command
 * types rather than in parse.ts, so that the CLI's argument parser does not load the slash-command parser.
 */
export const COMPARE_MAX_LAST = 20;

export const COMMAND_NAMES = [
  "help",
  "setup",
  "stats",
  "import",
  "note",
  "notes",
  "poll",
  "task",
  "tasks",
  "playbook",
  "roster",
  "export",
  "team",
  "edition",
  "link",
  "language",
  "creators",
  "content",
  "compare",
  "watch",
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** What `/afterchat content` makes (the first six) or changes about consent to quote (the rest). */
export const CONTENT_ACTIONS = [
  "recap",
  "transcript",
  "script",
  "cards",
  "story",
  "recycle",
  "optout",
  "optin",
  "optouts",
  "approval",
  "requests",
  "approve",
] as const;
export type ContentAction = (typeof CONTENT_ACTIONS)[number];

export const EXPORT_KINDS = ["notes", "tasks", "roster", "posts"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export type Command =
  | { name: "help" }
  /** Without a hashtag: opens the setup form. */
  | {
      name: "setup";
      hashtag: string | null;
      title: string | null;
      /** The after-party channel (Discord: a text, forum, voice or stage channel); alone, sets it. */
      afterParty?: string;
    }
  | { name: "stats"; edition: number | null }
  /**
   * `file` is filled by the adapter before dispatch: Slack finds the latest file the user shared in
   * the channel (files.list), Discord passes the command's attachment option. null: none found.
   */
  | { name: "import"; edition: number | null; file?: SharedFile | null }
  /** Without text (or kind): opens the notes form with the four fields. */
  | { name: "note"; kind: NoteKind | null; text: string | null }
  | { name: "notes"; edition: number | null }
  /** closesInMs: null means the series' default poll length. */
  /** minAnswers: the poll's k (anonymous polls only; checked by the use case, see checkMinAnswers). */
  | { name: "poll"; anonymous: boolean; closesInMs: number | null; minAnswers: number | null }
  /** `due` is the user's words ("friday", "in 3 days"), parsed by the use case in the series' time zone. */
  | { name: "task"; owner: UserRef | null; title: string; due: string | null }
  | { name: "tasks"; scope: "mine" | "all" }
  | { name: "playbook" }
  | { name: "roster" }
  | { name: "export"; what: ExportKind }
  /**
   * `roles`: platform role / user-group ids (Discord role, Slack user group) whose holders count as
   * the team (`role` member) or its moderators; stored on the series, not per person.
   */
  | {
      name: "team";
      action: "add" | "remove" | "list";
      users: UserRef[];
      roles: string[];
      role: "member" | "moderator";
    }
  /** Creates the next edition by hand (series without a schedule), sets the current one's topic, or lists them. */
  | { name: "edition"; action: "new" | "topic" | "list"; topic: string | null; startsAt: string | null }
  /** Without a code: makes a one-time code; with one: redeems it here. */
  | { name: "link"; code: string | null }
  | { name: "language"; locale: Locale }
  /** The platform roles / user groups whose holders may create a series in this workspace (admins set them). */
  | { name: "creators"; action: "add" | "remove" | "list"; roles: string[] }
  /**
   * Content of an edition (recap ... recycle), or consent to quote: `target` is the handle for
   * optout/optin ("@ana", "x:@ana" for one network), the handle or post link for approve, "on" or
   * "off" for approval. `plain`: plain quotes instead of the networks' embeds (recap, story).
   */
  | { name: "content"; action: ContentAction; edition: number | null; target: string | null; plain: boolean }
  /**
   * Two chats side by side: `ours` (a series' hashtag; null: the channel's chat) and `theirs` (a watched
   * chat, or another of our series), over each one's last edition or its last `last` editions.
   */
  | { name: "compare"; ours: string | null; theirs: string; last: number | null }
  | WatchCommand;

/** What `/afterchat watch` does: see src/app/watch/watch-command.ts. */
export const WATCH_ACTIONS = ["add", "list", "remove", "remind"] as const;
export type WatchAction = (typeof WATCH_ACTIONS)[number];

/**
 * `/afterchat watch add #tag [schedule] [networks] [@hosts] [remind <minutes>] [note <text>]`, `watch list`,
 * `watch remove #tag`, `watch remind me|off [#tag]`. `schedule` is the set-up form's words
 * ("tuesdays 18:00 Europe/Paris 1h"), read by the use case; `remind` a duration ("15m"); `on` for remind.
 */
export interface WatchCommand {
  name: "watch";
  action: WatchAction;
  hashtag: string | null;
  schedule: string | null;
  networks: Array<"x" | "bluesky" | "mastodon">;
  hosts: string[];
  /** Mastodon instance (host name or URL) to follow the tag on. */
  instance: string | null;
  remind: string | null;
  note: string | null;
  on: boolean;
}

/** Why a command line could not be read: a catalogue key and its values. */
export interface CommandProblem {
  key: "unknown" | "missing" | "invalid";
  /** The sub-command concerned, when known. */
  command: CommandName | null;
  detail: string;
}

export type ParsedCommand = Result<Command, CommandProblem>;
