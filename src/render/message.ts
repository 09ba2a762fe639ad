/**
 * A platform-neutral message. Use cases and renderers build these; adapters/slack turns them into
 * Block Kit and adapters/discord into embeds and components. Nothing here knows a platform.
 *
 * Text is Markdown: **bold**, _italic_, `code`, [label](https://url), line breaks, "- " bullets,
 * user mentions written `<@userRef>` with the opaque reference ("<@slack:T1:U2>"), and role or
 * user-group mentions written `<@&roleId>` with the platform's id ("<@&S0TEAM01>", a Slack user
 * group; "<@&910000000000000020>", a Discord role). Adapters turn both into their own mentions
 * and parse their platform's mentions into these before calling the command parser. Text that
 * comes from users must go through `escapeMarkdown` (src/render/markup.ts) before it is embedded.
 */

/**
 * What a button or select does when clicked: "<area>.<verb>", handled by the registry that claims
 * it. The one list: Slack's and Discord's adapters read action ids back against it.
 */
export const ACTION_IDS = [
  "poll.vote",
  "poll.comment",
  "poll.close",
  "poll.results",
  "note.new",
  "note.edit",
  "note.delete",
  "task.done",
  "task.reopen",
  "task.reassign",
  "task.drop",
  "task.pick",
  "unanswered.assign",
  "afterparty.task",
  "setup.open",
  "compare.copy",
  "watch.remind",
  "setup.schedule",
  "setup.afterParty",
] as const;
export type ActionId = (typeof ACTION_IDS)[number];

export function isActionId(value: string): value is ActionId {
  return (ACTION_IDS as readonly string[]).includes(value);
}

/**
 * "Are you sure?" before an irreversible action (closing a poll, deleting, dropping): Slack shows it
 * as the element's confirm dialog, Discord as a private two-step answer (adapters/discord/confirm.ts).
 * Build it with `confirmFor` (src/render/confirm.ts).
 */
export interface Confirm {
  title: string;
  text: string;
  yes: string;
  no: string;
}

export interface Button {
  action: ActionId;
  /** Opaque payload for the action (ids); at most 80 characters (Discord custom_id limit). */
  value: string;
  label: string;
  style?: "primary" | "danger";
  confirm?: Confirm;
}

/** Pick a person (Slack users_select, Discord user select menu). */
export interface UserSelect {
  type: "userSelect";
  action: ActionId;
  value: string;
  placeholder: string;
}

/**
 * Pick one of a few options (Slack static_select, Discord string select); the picked option's value
 * is the action's value. At most 25 options (Discord); labels show up to 75 characters (Slack).
 */
export interface OptionSelect {
  type: "select";
  action: ActionId;
  placeholder: string;
  options: Array<{ label: string; value: string }>;
  confirm?: Confirm;
}

/**
 * Pick a channel the after-party can happen in (Slack conversations_select of public and private
 * channels; Discord channel select of text, forum, voice and stage channels).
 */
export interface ChannelSelect {
  type: "channelSelect";
  action: ActionId;
  value: string;
  placeholder: string;
}

export type Element = Button | UserSelect | OptionSelect | ChannelSelect;

export type Block =
  | { type: "header"; text: string }
  | { type: "section"; text: string; accessory?: Button }
  | { type: "fields"; fields: Array<{ label: string; value: string }> }
  | { type: "actions"; elements: Element[] }
  | { type: "context"; text: string }
  | { type: "divider" }
  /** An image among the message's files, by file name. */
  | { type: "image"; file: string; alt: string }
  /**
   * Text meant to be copied and pasted elsewhere (a draft post): shown exactly as it is, no
   * Markdown, no mentions, no escaping inside, in a code block where the platform has one.
   */
  | { type: "copy"; text: string };

export interface OutboundFile {
  name: string;
  title: string;
  mime: string;
  bytes: Uint8Array;
}

export interface Message {
  /** Plain-text summary: notifications, screen readers, platforms that drop blocks. */
  text: string;
  blocks: Block[];
  /** Files (charts, CSV exports) to upload with it, in its thread where the platform has threads. */
  files?: OutboundFile[];
  /**
   * What to say where a platform has to cut this message to fit its limits (Discord's 6,000 characters of
   * embeds): where the whole of it is, e.g. an attached file. Without it the cut shows as "…".
   */
  cutNotice?: string;
}

/** A modal form (Slack views.open, Discord modal). Discord allows at most 5 text fields. */
export interface Form {
  /** Which handler receives the submission: "note.new", "note.edit", "setup", "poll.comment"... */
  id: string;
  /** Opaque state echoed back on submit (ids), at most 80 characters. */
  state: string;
  title: string;
  submit: string;
  fields: FormField[];
}

export interface FormField {
  id: string;
  label: string;
  /** Typed text; "select": one of `options` or `groups`; "time": a time of day, "HH:MM". */
  kind: "text" | "multiline" | "select" | "time";
  optional?: boolean;
  /** For a select: the value of the option picked at first. */
  initial?: string;
  placeholder?: string;
  maxLength?: number;
  /** A select's options (at most 25: Discord), or the same in labelled groups (Slack shows them). */
  options?: FormOption[];
  groups?: Array<{ label: string; options: FormOption[] }>;
}

export interface FormOption {
  label: string;
  value: string;
}

/** A select's options, its groups flattened. */
export function formOptions(field: FormField): FormOption[] {
  return field.options ?? (field.groups ?? []).flatMap((g) => g.options);
}

/**
 * Freezes a value and everything it holds: a message shared by every reader (the help, built once per
 * language) and what an adapter renders of it once, so no reader can change what the next one gets.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export function message(text: string, blocks: Block[] = [], files?: OutboundFile[]): Message {
  return files ? { text, blocks, files } : { text, blocks };
}

/** A one-sentence message (most replies). */
export function sentence(text: string): Message {
  return { text, blocks: [{ type: "section", text }] };
}
