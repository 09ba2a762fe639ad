/**
 * What an adapter hands the core for every user interaction, and how the core answers.
 * Slack and Discord both parse their payloads into these, call src/app/dispatch.ts, and
 * implement Responder on top of their own reply mechanisms.
 */
import type { ChannelRef, UserRef, Workspace } from "../domain/workspace.js";
import type { Locale } from "../i18n/index.js";
import type { ActionId, Form, Message } from "../render/message.js";

/** Who is acting, where, in which language. */
export interface Actor {
  workspace: Workspace;
  userRef: UserRef;
  /** The user's language (Slack user locale / Discord interaction locale), else the workspace's. */
  locale: Locale;
  channel: ChannelRef;
  /**
   * When `channel` is a thread (a Discord thread or forum post): the channel it belongs to, so a
   * command typed in an after-party thread finds the series of its channel. Set by the adapter,
   * which alone can read its references.
   */
  parentChannel?: ChannelRef;
  /** Platform role / user-group ids the user holds (Discord roles; Slack user groups when known). */
  roleIds: string[];
  /** Workspace admin (Slack admin/owner, Discord Manage Server): may manage any series. */
  isAdmin: boolean;
  /**
   * A key unique to this delivery (Slack trigger_id, Discord interaction id). A retried delivery
   * carries the same key, so what it creates is created once.
   */
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
}

/** A file the user shared for import: the adapter knows how to fetch its bytes. */
export interface SharedFile {
  name: string;
  size: number | null;
  open(): Promise<AsyncIterable<Uint8Array>>;
}

export interface ActionEvent {
  action: ActionId;
  value: string;
  /** For user selects: the picked user. */
  selectedUser?: UserRef;
  /** The message the button is on, when the platform says. */
  sourceMessageRef?: string;
}

export interface FormSubmission {
  formId: string;
  state: string;
  values: Record<string, string>;
}
