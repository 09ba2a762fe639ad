/**
 * The platform edge: everything Slack and Discord exchange with the core, stated once.
 *
 * Inbound, an adapter only translates. It reads a payload into a Caller (who and where, as the
 * platform says it) and a Command, ActionEvent, FormSubmission or ThreadMessage, and hands them to
 * the Dispatcher. The dispatcher decides everything else: the workspace row, the person's
 * language, which of their platform roles count, which series the interaction is about, whether
 * they may (each handler declares its access), then runs the use case and answers through the
 * Responder the adapter gave.
 *
 * Outbound, ChatPlatform posts what no interaction triggered (scheduled reports, reminders,
 * after-party threads) and answers the few questions only the platform can (who holds a role, is
 * this a bot, what is this person called). References are opaque and prefixed ("slack:T1:C2").
 *
 * Starting, startSlack / startDiscord take PlatformDeps and return a RunningPlatform.
 */
import type { Command } from "./app/commands/command.js";
import type { Services } from "./app/services.js";
import type { Config } from "./config.js";
import type { Recurrence } from "./domain/recurrence.js";
import type { ChannelRef, Platform, UserRef, Workspace } from "./domain/workspace.js";
import type { HealthRoute } from "./health.js";
import type { Locale } from "./i18n/index.js";
import type { Logger } from "./log.js";
import type { ActionId, Form, Message } from "./render/message.js";

export type { Command, CommandName } from "./app/commands/command.js";
export { ACTION_IDS, type ActionId, isActionId } from "./render/message.js";

/** The tenant as the platform names it: a Slack team, a Discord guild. */
export interface WorkspaceKey {
  platform: Platform;
  externalId: string;
  /** Shown in DMs and logs; kept from the first contact. */
  name: string;
  /** The server's own language, used when the workspace is first seen. */
  locale?: string | null;
}

/**
 * Who acts and where, as the platform says it: nothing here is decided, only read. The dispatcher
 * turns it into an Actor.
 */
export interface Caller {
  workspace: WorkspaceKey;
  userRef: UserRef;
  channel: ChannelRef;
  /**
   * When `channel` is a thread (a Discord thread or forum post): the channel it belongs to, so a
   * command typed in an after-party thread finds the series of its channel.
   */
  parentChannel?: ChannelRef;
  /** Language tags the platform gives, most personal first (the user's, then the server's). */
  locales: ReadonlyArray<string | null | undefined>;
  /** What the platform calls an administrator: Slack admin or owner, Discord Manage Server. */
  isAdmin: boolean;
  /** The person's time zone (IANA), where the platform says it (Slack's users.info `tz`). */
  timeZone?: string;
  /**
   * A key unique to this delivery (Slack trigger_id, Discord interaction id). A retried delivery
   * carries the same key, so what it creates is created once.
   */
  requestKey: string;
  /**
   * Which of these platform role / user-group ids the person holds. The core asks only about the
   * roles its series and workspace name (Discord: the member's roles; Slack: user-group members).
   */
  rolesAmong(candidates: readonly string[]): Promise<string[]>;
}

/** Who is acting, where, in which language, resolved by the dispatcher from a Caller. */
export interface Actor {
  workspace: Workspace;
  userRef: UserRef;
  /** The user's language, else the server's, else the workspace's. */
  locale: Locale;
  channel: ChannelRef;
  parentChannel?: ChannelRef;
  /** The roles among those the workspace's series name that the person holds. */
  roleIds: string[];
  /** Administrator of THIS workspace (never of another one a link reaches). */
  isAdmin: boolean;
  /** The person's time zone, when the platform said it: the default of the schedule's zone. */
  timeZone?: string;
  requestKey: string;
}

export interface ReplyOptions {
  ephemeral?: boolean;
  track?: boolean;
}

/** A channel message an answer posted. */
export interface Posted {
  messageRef: string;
}

/** The ways the core can answer one interaction. */
export interface Responder {
  /** Opens a form; must be the first answer to the interaction. */
  openForm(form: Form): Promise<void>;
  /** Acknowledges now and answers later (long work); `progress` is shown meanwhile. */
  defer(options?: { ephemeral?: boolean; progress?: string }): Promise<void>;
  /**
   * Answers the requester only (ephemeral) or the whole channel. Can be called more than once.
   * A channel reply returns where it was posted when the platform says (the reference
   * ChatPlatform.update takes). `track`: the core will change this message later (a poll), so
   * post it in a way that gives its reference where the platform has one.
   */
  reply(message: Message, options?: ReplyOptions): Promise<Posted | undefined>;
  /** Replaces the message the clicked button belongs to (poll, task list). */
  updateSource?(message: Message): Promise<void>;
  /**
   * Keeps the submitted form open, what was typed still in it, with a sentence under each field
   * named (Slack: `response_action: "errors"`). False when the platform cannot (a Discord modal
   * closes on submit): the caller answers in a message instead. Only as a submission's first answer.
   * @see https://docs.slack.dev/surfaces/modals#displaying_errors
   */
  keepForm?(errors: Readonly<Record<string, string>>): Promise<boolean>;
}

/** Where a personal home view goes (Slack's App Home tab). */
export interface HomeSurface {
  show(message: Message): Promise<void>;
}

/** A file the user shared for import: the adapter knows how to fetch its bytes. */
export interface SharedFile {
  name: string;
  size: number | null;
  open(): Promise<AsyncIterable<Uint8Array>>;
}

export interface ActionEvent {
  action: ActionId;
  /** What the button carried: ids the core wrote, checked again when they come back. */
  value: string;
  /** For user selects: the picked user. */
  selectedUser?: UserRef;
  /** For channel selects: the picked channel. */
  selectedChannel?: ChannelRef;
  /** The message the button is on, when the platform says. */
  sourceMessageRef?: string;
}

export interface FormSubmission {
  formId: string;
  /** What the form carried (Form.state), checked again when it comes back. */
  state: string;
  values: Record<string, string>;
}

/** A message written in a thread (after-party question capture). */
export interface ThreadMessage {
  workspace: Pick<WorkspaceKey, "platform" | "externalId">;
  /** The thread's parent channel and the thread itself. */
  channel: ChannelRef;
  thread: ChannelRef;
  externalId: string;
  authorRef: UserRef;
  text: string;
  createdAt: Date;
  /** The message it replies to, when it is a reply. */
  replyTo: { externalId: string; authorRef: UserRef } | null;
}

/**
 * The one entry point adapters call (createDispatcher in src/app/dispatch.ts). Every method
 * answers through the Responder and never throws: expected failures become translated replies,
 * unexpected ones are logged and answered with a reference.
 */
export interface Dispatcher {
  /** A parsed command (Discord builds these from its options; Slack's `import` attaches its file). */
  command(caller: Caller, command: Command, responder: Responder): Promise<void>;
  /** The text after `/afterchat` (Slack), parsed then dispatched. */
  commandText(caller: Caller, text: string, responder: Responder): Promise<void>;
  /** A button click or select. */
  action(caller: Caller, event: ActionEvent, responder: Responder): Promise<void>;
  /** A form submission. */
  form(caller: Caller, submission: FormSubmission, responder: Responder): Promise<void>;
  /** The person's home view (Slack App Home). */
  home(caller: Caller, surface: HomeSurface): Promise<void>;
  /** A message written in a thread, for after-party capture. */
  threadMessage(message: ThreadMessage): Promise<void>;
}

/** An edition as a platform event; `recurrence` where the platform repeats it on its own. */
export interface ScheduledEvent {
  name: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  recurrence?: Recurrence | null;
}

/**
 * What moving an event's status did: `moved` (now in the status asked), `already` (it was: an
 * external event Discord started itself, or a retry), `gone` (deleted by someone), `over` (it was
 * cancelled, or already completed when asked to start).
 */
export type EventMove = "moved" | "already" | "gone" | "over";

/**
 * Outbound messages to one chat platform (for what no interaction triggered: scheduled reports,
 * reminders, after-party threads), and what only the platform knows.
 */
export interface ChatPlatform {
  readonly platform: Platform;
  /** Posts a message; its files are uploaded in the message's thread. */
  post(channel: ChannelRef, message: Message, options?: { thread?: string }): Promise<{ messageRef: string }>;
  update(channel: ChannelRef, messageRef: string, message: Message): Promise<void>;
  /** A direct message to one user. */
  dm(user: UserRef, message: Message): Promise<void>;
  /** Opens a thread (Slack: a message to reply under; Discord: a thread or forum post). */
  openThread(channel: ChannelRef, title: string, first: Message): Promise<{ thread: ChannelRef }>;
  /**
   * Creates a platform scheduled event (Discord), or updates the one `replaces` names (created anew
   * when it is gone); `{ refused: "limit" }` when the server holds as many upcoming events as the
   * platform allows; null where the platform has none.
   */
  scheduleEvent(
    channel: ChannelRef,
    event: ScheduledEvent,
    options?: { replaces?: string },
  ): Promise<{ eventRef: string } | { refused: "limit" } | null>;
  /**
   * Moves a scheduled event on: "active" when the edition starts, "completed" when it ends (Discord
   * starts voice and stage events only when told). What happened (EventMove); null where the
   * platform has no events.
   */
  setEventStatus(eventRef: string, status: "active" | "completed"): Promise<EventMove | null>;
  /** Members holding any of these roles / user groups. */
  roleMembers(workspace: Workspace, roleIds: string[]): Promise<UserRef[]>;
  /** Whether this user is a bot or an app (afterchat included); false when the platform cannot say. */
  isBot(user: UserRef): Promise<boolean>;
  /** The name people see for this user, or null when the platform cannot say. */
  displayName(user: UserRef): Promise<string | null>;
}

/** Routes a reference ("slack:...", "discord:...") to the platform that made it. */
export interface Platforms {
  for(ref: ChannelRef | UserRef): ChatPlatform | null;
}

/** What startSlack / startDiscord receive. */
export interface PlatformDeps {
  config: Config;
  services: Services;
  dispatcher: Dispatcher;
  routes: HealthRoute[];
  log: Logger;
}

export interface RunningPlatform {
  platform: ChatPlatform;
  /** True when this platform's HTTP server also serves the health routes (Slack HTTP mode). */
  servesHttp: boolean;
  /** Connected and able to send (readiness). */
  ready(): boolean;
  stop(): Promise<void>;
}
