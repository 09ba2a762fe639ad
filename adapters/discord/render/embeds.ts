/**
 * A layout's text as Discord embeds, within Discord's limits: title 256, description 4,096,
 * 25 fields (name 256, value 1,024), 10 embeds and 6,000 characters across all of them per
 * message (title, description, field names and values, footer and author).
 *
 * What comes first always shows: the title, the paragraphs before the fields and the fields (a
 * report's key figures and their change). The paragraphs after them follow in the next embeds;
 * when they do not fit what is left, each gets a fair share (small ones whole, long lists cut at a
 * line with "…"), and the message's cut notice ends the last one, saying where the rest is.
 * Images point at the message's files (attachment://).
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
const PARAGRAPH_GAP = "\n\n";
/** Below this, a share of a paragraph is not worth showing. */
const SHARE_MIN = 12;

export interface BuiltEmbeds {
  embeds: APIEmbed[];
  userIds: string[];
  truncated: boolean;
}

/** `reserved`: characters of the 6,000 already spent outside the layout (a DM's author line). */
export function buildEmbeds(layout: Layout, reserved = 0): BuiltEmbeds {
  const userIds = new Set<string>();
  const md = (text: string) => {
    const converted = toDiscordMarkdown(text);
    for (const id of converted.userIds) userIds.add(id);
    return converted.text;
  };
  let budget = LIMITS.total - reserved;
  let truncated = false;
  const take = (text: string, max: number): string => {
    const room = Math.max(Math.min(max, budget), 1);
    const out = text.length > room ? clip(text, room) : text;
    if (out !== text) truncated = true;
    budget -= out.length;
    return out;
  };

  const embeds: APIEmbed[] = [];
  const first: APIEmbed = { color: COLOUR };
  embeds.push(first);
  if (layout.title) first.title = take(md(layout.title), LIMITS.title);
  const lead = layout.paragraphs.slice(0, layout.lead).map(md);
  const leadText = lead.join(PARAGRAPH_GAP).trim();
  if (leadText) first.description = take(leadText, LIMITS.description);

  const fields: APIEmbedField[] = [];
  for (const field of layout.fields) {
    const name = md(field.label).trim() || "\u200b";
    const value = md(field.value).trim() || "\u200b";
    if (budget < Math.min(name.length, LIMITS.fieldName) + 2) {
      truncated = true;
      break;
    }
    fields.push({
      name: take(name, LIMITS.fieldName),
      value: take(value, LIMITS.fieldValue),
      inline: value.length <= INLINE_VALUE,
    });
  }
  for (let i = 0; i < fields.length; i += LIMITS.fields) {
    const target = i === 0 ? first : pushEmbed(embeds);
    if (!target) {
      truncated = true;
      break;
    }
    target.fields = fields.slice(i, i + LIMITS.fields);
  }

  const rest = layout.paragraphs.slice(layout.lead).map(md);
  let shown = rest;
  if (joinedLength(rest) > budget) {
    truncated = true;
    const notice = subtext(md(layout.cutNotice ?? "…"), Math.max(budget, 1));
    shown = [...shareOut(rest, budget - notice.length - PARAGRAPH_GAP.length), notice];
  }
  const firstIsFree = !first.description && !first.fields;
  for (const [i, chunk] of descriptionChunks(shown).entries()) {
    const target = i === 0 && firstIsFree ? first : pushEmbed(embeds);
    if (!target || budget < 1) {
      truncated = true;
      break;
    }
    target.description = take(chunk, LIMITS.description);
  }

  for (const [i, image] of layout.images.entries()) {
    const last = embeds.at(-1)!;
    const target = i === 0 && !last.image ? last : pushEmbed(embeds);
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

function joinedLength(paragraphs: string[]): number {
  return paragraphs.reduce((n, p, i) => n + p.length + (i > 0 ? PARAGRAPH_GAP.length : 0), 0);
}

/** A small-print line ("-# "), within `max` characters. */
function subtext(text: string, max: number): string {
  const line = `-# ${text.replaceAll("\n", " ")}`;
  return line.length <= max ? line : clip(line, max);
}

/**
 * Paragraphs cut to fit `budget` characters once joined, each its fair share: the largest cap such
 * that every paragraph shorter than it stays whole and the longer ones are cut to it (at a line
 * break where they can be, ending with "…").
 */
export function shareOut(paragraphs: string[], budget: number): string[] {
  let left = budget - PARAGRAPH_GAP.length * Math.max(0, paragraphs.length - 1);
  if (left <= 0) return [];
  const sorted = paragraphs.map((p) => p.length).sort((a, b) => a - b);
  let cap = Number.POSITIVE_INFINITY;
  for (const [i, length] of sorted.entries()) {
    const even = Math.floor(left / (sorted.length - i));
    if (length > even) {
      cap = even;
      break;
    }
    left -= length;
  }
  return paragraphs.map((p) => (p.length <= cap ? p : cutAtLine(p, cap)));
}

/**
 * The first lines of `text` that fit in `max`, then a last "…" line; when the first line left out
 * has room enough, its start instead (clipped with "…"): a long "Words: …" line still shows some.
 */
function cutAtLine(text: string, max: number): string {
  if (max < SHARE_MIN) return "";
  const kept: string[] = [];
  let used = 0;
  for (const line of text.split("\n")) {
    const cost = (kept.length > 0 ? 1 : 0) + line.length;
    if (used + cost + 2 <= max) {
      kept.push(line);
      used += cost;
      continue;
    }
    const room = max - used - (kept.length > 0 ? 1 : 0);
    if (room >= SHARE_MIN * 3) return [...kept, clip(line, room)].join("\n");
    break;
  }
  return kept.length > 0 ? `${kept.join("\n")}\n…` : clip(text, max);
}

/** Paragraphs joined by blank lines, cut at paragraph boundaries into ≤ 4,096-character chunks. */
export function descriptionChunks(paragraphs: string[]): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const paragraph of paragraphs) {
    const joined = current === "" ? paragraph : `${current}${PARAGRAPH_GAP}${paragraph}`;
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
