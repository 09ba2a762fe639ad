/**
 * A layout's text as Discord embeds, within Discord's limits: title 256, description 4,096,
 * 25 fields (name 256, value 1,024), 10 embeds and 6,000 characters across all of them per
 * message. A long description continues in the next embed; what still does not fit is cut with
 * an ellipsis (and said in `truncated`). Images point at the message's files (attachment://).
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
import type { APIEmbed, APIEmbedField } from "discord.js";
import type { Layout } from "./layout.js";
import { clip, toDiscordMarkdown } from "./text.js";

export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  embeds: 10,
  total: 6000,
} as const;

/** afterchat's accent colour on the embed's left edge. */
const COLOUR = 0x2f7d6d;
const INLINE_VALUE = 60;

export interface BuiltEmbeds {
  embeds: APIEmbed[];
  userIds: string[];
  truncated: boolean;
}

export function buildEmbeds(layout: Layout): BuiltEmbeds {
  const userIds = new Set<string>();
  const md = (text: string) => {
    const converted = toDiscordMarkdown(text);
    for (const id of converted.userIds) userIds.add(id);
    return converted.text;
  };
  let budget: number = LIMITS.total;
  let truncated = false;
  const take = (text: string, max: number): string => {
    const room = Math.min(max, budget);
    const out = text.length > room ? clip(text, Math.max(room, 1)) : text;
    if (out !== text) truncated = true;
    budget -= out.length;
    return out;
  };

  const embeds: APIEmbed[] = [];
  const first: APIEmbed = { color: COLOUR };
  if (layout.title) first.title = take(md(layout.title), LIMITS.title);
  embeds.push(first);

  const chunks = descriptionChunks(layout.paragraphs.map(md));
  for (const [i, chunk] of chunks.entries()) {
    const target = budget > 1 ? (i === 0 ? first : pushEmbed(embeds)) : null;
    if (!target) {
      truncated = true;
      break;
    }
    target.description = take(chunk, LIMITS.description);
  }

  const fields: APIEmbedField[] = [];
  for (const field of layout.fields) {
    const name = md(field.label).trim() || "\u200b";
    const value = md(field.value).trim() || "\u200b";
    if (budget < Math.min(name.length, LIMITS.fieldName) + 2) {
      truncated = true;
      break;
    }
    const fittedName = take(name, LIMITS.fieldName);
    fields.push({
      name: fittedName,
      value: take(value, LIMITS.fieldValue),
      inline: value.length <= INLINE_VALUE,
    });
  }
  for (let i = 0; i < fields.length; i += LIMITS.fields) {
    const target = i === 0 ? embeds.at(-1)! : pushEmbed(embeds);
    if (!target) {
      truncated = true;
      break;
    }
    target.fields = fields.slice(i, i + LIMITS.fields);
  }

  for (const [i, image] of layout.images.entries()) {
    const target = i === 0 ? first : pushEmbed(embeds);
    if (!target) {
      truncated = true;
      break;
    }
    target.image = { url: `attachment://${image.file}` };
  }
  return { embeds, userIds: [...userIds], truncated };
}

function pushEmbed(embeds: APIEmbed[]): APIEmbed | null {
  if (embeds.length >= LIMITS.embeds) return null;
  const embed: APIEmbed = { color: COLOUR };
  embeds.push(embed);
  return embed;
}

/** Paragraphs joined by blank lines, cut at paragraph boundaries into ≤ 4,096-character chunks. */
export function descriptionChunks(paragraphs: string[]): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const paragraph of paragraphs) {
    const joined = current === "" ? paragraph : `${current}\n\n${paragraph}`;
    if (joined.length <= LIMITS.description) {
      current = joined;
      continue;
    }
    if (current.trim() !== "") chunks.push(current);
    current = paragraph.length <= LIMITS.description ? paragraph : clip(paragraph, LIMITS.description);
  }
  if (current.trim() !== "") chunks.push(current);
  return chunks;
}
