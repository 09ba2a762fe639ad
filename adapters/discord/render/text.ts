/**
 * Neutral Markdown to Discord Markdown. Discord reads the same **bold**, _italic_, `code`,
 * [label](url) and "- " bullets, so only mentions change: `<@discord:G:U>` becomes `<@U>` (a
 * real mention), `<@&R>` stays a role mention when R is a Discord role id, and `<#discord:G:C>` / `<#discord:G:C:T>` a channel or thread link (`<#C>`,
 * `<#T>`); another platform's user or channel (a Slack series' member) is written as plain text,
 * since Discord cannot link to them.
 * @see https://discord.com/developers/docs/reference#message-formatting
 */
import { truncate } from "../../../src/render/markup.js";
import { decodeRef } from "../refs.js";

/** `<@ref>` not preceded by a backslash (escapeMarkdown writes `\<@` for typed text). */
const MENTION = /(?<!\\)<@([^<>\s&][^<>\s]*)>/gu;
/** `<@&roleId>`: a role or user group (src/render/message.ts). */
const ROLE = /(?<!\\)<@&([^<>\s]+)>/gu;
const SNOWFLAKE = /^\d{1,22}$/u;
/** `<#ref>`: a channel (src/render/setup/messages.ts channelMention). */
const CHANNEL = /(?<!\\)<#([a-z]+:[^<>\s]+)>/gu;

export interface DiscordText {
  text: string;
  /** Discord user ids mentioned, in order, once each. */
  userIds: string[];
}

export function toDiscordMarkdown(text: string): DiscordText {
  const userIds: string[] = [];
  const converted = text.replace(MENTION, (_whole, ref: string) => {
    const decoded = decodeRef(ref);
    if (decoded && decoded.parentId === null) {
      if (!userIds.includes(decoded.targetId)) userIds.push(decoded.targetId);
      return `<@${decoded.targetId}>`;
    }
    return foreignMention(ref);
  });
  // A Discord role shows as itself (allowed mentions ping no role); a Slack user group as text.
  const roles = converted.replace(ROLE, (_whole, id: string) =>
    SNOWFLAKE.test(id) ? `<@&${id}>` : `@${id}`,
  );
  const linked = roles.replace(CHANNEL, (_whole, ref: string) => {
    const decoded = decodeRef(ref);
    return decoded ? `<#${decoded.targetId}>` : `#${foreignMention(ref).slice(1)}`;
  });
  return { text: linked, userIds };
}

/** "slack:T1:U2" -> "@U2 (Slack)": who it is stays readable, nobody is pinged. */
function foreignMention(ref: string): string {
  const parts = ref.split(":");
  const platform = parts[0] ?? "";
  const id = parts.at(-1) ?? ref;
  const name = platform ? `${platform[0]!.toUpperCase()}${platform.slice(1)}` : "";
  return parts.length > 1 ? `@${id} (${name})` : `@${ref}`;
}

/**
 * Text without Markdown, for places Discord shows raw (select placeholders, modal labels, button
 * labels): links keep their label, emphasis marks and escapes go, mentions become "@id".
 */
export function plainText(text: string, max: number): string {
  const plain = text
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, "$1")
    .replace(MENTION, (_w, ref: string) => `@${ref.split(":").at(-1) ?? ref}`)
    .replace(ROLE, (_w, id: string) => `@${id}`)
    .replace(CHANNEL, (_w, ref: string) => `#${ref.split(":").at(-1) ?? ref}`)
    .replace(/(\*\*|__|~~|`)/gu, "")
    .replace(/(^|\s)_(\S[^_]*)_(?=\s|$|[.,;:!?])/gu, "$1$2")
    .replace(/\\([\\`*_~[\]()|>#<])/gu, "$1")
    // No-break spaces are typography (French "mot : suite"), not layout: they stay.
    .replace(/[^\S\u00A0\u202F]+/gu, " ")
    .trim();
  return truncate(plain, max);
}

/** Cuts Markdown to `max` characters (with an ellipsis) without splitting a word when it can. */
export function clip(text: string, max: number): string {
  return truncate(text, max);
}
