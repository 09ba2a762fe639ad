/**
 * Neutral Message -> Block Kit, within Slack's limits: 50 blocks per message (100 in modals and
 * App Home), 3,000 characters per section text, 10 fields per section, 25 elements per actions
 * block, action_ids unique within their block.
 * @see https://docs.slack.dev/reference/block-kit/blocks
 */
import type { types } from "@slack/bolt";
import {
  type Block,
  type Button,
  type ChannelSelect,
  type Confirm,
  deepFreeze,
  type Message,
  type OptionSelect,
  type UserSelect,
} from "../../src/render/message.js";
import { escapeEntities, toMrkdwn, toPlainText } from "./mrkdwn.js";

type KnownBlock = types.KnownBlock;
type ActionsElement = types.ActionsBlockElement;

export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  fieldText: 2000,
  fieldsPerSection: 10,
  actionsPerBlock: 25,
  headerText: 150,
  buttonText: 75,
  placeholder: 150,
  /** static_select: 100 options of 75 characters. */
  options: 100,
  optionText: 75,
  /** Slack accepts 40,000 but truncates display far earlier; notifications use the start. */
  fallbackText: 3000,
  /** Confirmation dialog: title 100, text 300, buttons 30. */
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
} as const;

/** Separates an ActionId from the counter that keeps action_ids unique within one block. */
export const ACTION_SEPARATOR = ":";

export interface RenderedMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Cuts to `max` characters, on a line or word boundary when one is near, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const at = Math.max(cut.lastIndexOf("\n"), cut.lastIndexOf(" "));
  return `${at > max * 0.7 ? cut.slice(0, at) : cut}…`;
}

/** Splits long mrkdwn into pieces of at most `max` characters, at line breaks where possible. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const at = rest.lastIndexOf("\n", max);
    const cut = at > max / 2 ? at : max;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, "");
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

const plain = (text: string, max: number) => ({
  type: "plain_text" as const,
  text: clip(text, max),
  emoji: true,
});
const mrkdwn = (text: string) => ({ type: "mrkdwn" as const, text });

function button(element: Button, actionId: string): types.Button {
  return {
    type: "button",
    action_id: actionId,
    value: element.value,
    text: plain(toPlainText(element.label), LIMITS.buttonText),
    ...(element.style ? { style: element.style } : {}),
    ...(element.confirm ? { confirm: confirmDialog(element.confirm) } : {}),
  };
}

/**
 * Slack's own "Are you sure?" dialog before the action is sent.
 * @see https://docs.slack.dev/reference/block-kit/composition-objects/confirmation-dialog-object
 */
function confirmDialog(confirm: Confirm): types.ConfirmationDialog {
  return {
    title: plain(toPlainText(confirm.title), LIMITS.confirmTitle),
    text: plain(toPlainText(confirm.text), LIMITS.confirmText),
    confirm: plain(toPlainText(confirm.yes), LIMITS.confirmButton),
    deny: plain(toPlainText(confirm.no), LIMITS.confirmButton),
    style: "danger",
  };
}

function userSelect(element: UserSelect): types.UsersSelect {
  // A users_select carries no value of its own: the neutral value travels in the action_id,
  // which also keeps it unique within the block.
  return {
    type: "users_select",
    action_id: `${element.action}${ACTION_SEPARATOR}${element.value}`,
    placeholder: plain(escapeEntities(toPlainText(element.placeholder)), LIMITS.placeholder),
  };
}

/** A conversations_select of channels: like users_select, the neutral value travels in the action_id. */
function channelSelect(element: ChannelSelect): types.ConversationsSelect {
  return {
    type: "conversations_select",
    action_id: `${element.action}${ACTION_SEPARATOR}${element.value}`,
    placeholder: plain(escapeEntities(toPlainText(element.placeholder)), LIMITS.placeholder),
    filter: { include: ["public", "private"], exclude_bot_users: true },
  };
}

/** A static_select: the picked option's value is the action's value (parse.ts). */
function optionSelect(element: OptionSelect, actionId: string): types.StaticSelect {
  return {
    type: "static_select",
    action_id: actionId,
    placeholder: plain(toPlainText(element.placeholder), LIMITS.placeholder),
    options: element.options.slice(0, LIMITS.options).map((o) => ({
      // User text (a task's title): entities keep `<!channel>` from being read as a mention.
      text: plain(escapeEntities(toPlainText(o.label)), LIMITS.optionText),
      value: o.value,
    })),
    ...(element.confirm ? { confirm: confirmDialog(element.confirm) } : {}),
  };
}

/** Action ids unique within a block: the first use of an ActionId keeps it bare, then ":1", ":2". */
function uniqueIds(): (action: string) => string {
  const seen = new Map<string, number>();
  return (action) => {
    const n = seen.get(action) ?? 0;
    seen.set(action, n + 1);
    return n === 0 ? action : `${action}${ACTION_SEPARATOR}${n}`;
  };
}

function renderBlock(block: Block): KnownBlock[] {
  switch (block.type) {
    case "header":
      return [{ type: "header", text: plain(toPlainText(block.text), LIMITS.headerText) }];
    case "section": {
      const pieces = splitText(toMrkdwn(block.text), LIMITS.sectionText);
      const sections: types.SectionBlock[] = pieces.map((piece) => ({
        type: "section",
        text: mrkdwn(piece || " "),
      }));
      const last = sections.at(-1);
      if (last && block.accessory) last.accessory = button(block.accessory, block.accessory.action);
      return sections;
    }
    case "fields": {
      const out: KnownBlock[] = [];
      for (let i = 0; i < block.fields.length; i += LIMITS.fieldsPerSection) {
        const fields = block.fields
          .slice(i, i + LIMITS.fieldsPerSection)
          .map((f) =>
            mrkdwn(
              clip(
                `*${escapeEntities(toPlainText(f.label)).replace(/\*/g, "")}*\n${toMrkdwn(f.value)}`,
                LIMITS.fieldText,
              ),
            ),
          );
        out.push({ type: "section", fields });
      }
      return out;
    }
    case "actions": {
      const out: KnownBlock[] = [];
      for (let i = 0; i < block.elements.length; i += LIMITS.actionsPerBlock) {
        const id = uniqueIds();
        const elements: ActionsElement[] = block.elements
          .slice(i, i + LIMITS.actionsPerBlock)
          .map((e) =>
            !("type" in e)
              ? button(e, id(e.action))
              : e.type === "userSelect"
                ? userSelect(e)
                : e.type === "channelSelect"
                  ? channelSelect(e)
                  : optionSelect(e, id(e.action)),
          );
        out.push({ type: "actions", elements });
      }
      return out;
    }
    case "context":
      return [{ type: "context", elements: [mrkdwn(clip(toMrkdwn(block.text), LIMITS.fieldText))] }];
    case "divider":
      return [{ type: "divider" }];
    case "copy":
      // A code block shows the text as is (Slack reads no formatting or mention inside) and is
      // copied byte for byte; the entities are only how Slack wants & < > written.
      return splitText(escapeEntities(block.text), LIMITS.sectionText - 6).map((piece) => ({
        type: "section" as const,
        text: mrkdwn(`\`\`\`${piece}\`\`\``),
      }));
    case "image":
      // The image itself is uploaded in the message's thread (files.uploadV2): an image block would
      // need a public URL, or a file id that exists only after the upload. Here: its description.
      return [{ type: "context", elements: [mrkdwn(`🖼 ${escapeAlt(block.alt)}`)] }];
  }
}

const escapeAlt = (alt: string) => clip(toMrkdwn(alt.replace(/[\\`*_~[\]()|>#]/g, "\\$&")), LIMITS.fieldText);

/**
 * Renders a message. `maxBlocks` is 50 for messages, 100 for modals and App Home; past it the
 * last block says how many were left out.
 */
export function renderMessage(message: Message, options: { maxBlocks?: number } = {}): RenderedMessage {
  // A frozen message is shared by every reader (the help, src/app/help): rendered once, frozen too.
  const shared = Object.isFrozen(message) && options.maxBlocks === undefined;
  const known = shared ? renderedShared.get(message) : undefined;
  if (known) return known;
  const rendered = renderFresh(message, options.maxBlocks ?? LIMITS.messageBlocks);
  if (shared) renderedShared.set(message, deepFreeze(rendered));
  return rendered;
}

const renderedShared = new WeakMap<Message, RenderedMessage>();

function renderFresh(message: Message, max: number): RenderedMessage {
  const all = message.blocks.flatMap(renderBlock);
  const blocks =
    all.length <= max
      ? all
      : [
          ...all.slice(0, max - 1),
          { type: "context" as const, elements: [mrkdwn(`… (+${all.length - max + 1})`)] },
        ];
  return { text: clip(toMrkdwn(message.text, { plain: true }), LIMITS.fallbackText), blocks };
}

/** The ActionId part of a rendered action_id ("poll.vote:3" -> "poll.vote"). */
export function actionOf(actionId: string): { action: string; suffix: string | null } {
  const at = actionId.indexOf(ACTION_SEPARATOR);
  return at < 0
    ? { action: actionId, suffix: null }
    : { action: actionId.slice(0, at), suffix: actionId.slice(at + 1) };
}
