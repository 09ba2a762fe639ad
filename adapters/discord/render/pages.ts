/**
 * A neutral message as one or more Discord messages ("pages"). Most fit one: a plain sentence
 * becomes message content (mentions in it notify, as on Slack), anything with a header, fields
 * or images becomes embeds. Components beyond 5 rows and files beyond 10 continue on the next
 * pages, posted right after the first (Discord's per-message limits).
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
import type { APIEmbed } from "discord.js";
import type { Message } from "../../../src/render/message.js";
import { discordUrl } from "../refs.js";
import { buildRows, customIdsOf, MAX_ROWS, type Row } from "./components.js";
import { buildEmbeds } from "./embeds.js";
import { layout } from "./layout.js";
import { clip, toDiscordMarkdown } from "./text.js";

export interface DiscordFile {
  attachment: Buffer;
  name: string;
  description?: string;
}

export interface DiscordPage {
  content: string;
  embeds: APIEmbed[];
  components: Row[];
  files: DiscordFile[];
  /** Never @everyone or roles from user text; users only where the text mentions them in content. */
  allowedMentions: { parse: []; users: string[] };
}

/** A page as discord.js sends a new message (channel send, thread starter, reply, follow-up). */
export function createOptions(page: DiscordPage) {
  return {
    ...(page.content ? { content: page.content } : {}),
    embeds: page.embeds,
    components: page.components,
    files: page.files,
    allowedMentions: page.allowedMentions,
  };
}

export interface Rendered {
  pages: DiscordPage[];
  /** Text cut to fit Discord's limits. */
  truncated: boolean;
  /** Buttons left out (custom_id too long). */
  dropped: number;
}

export interface RenderOptions {
  /**
   * In a direct message: the guild it is about, shown as the embed's author with a link, and read
   * back when a button in the DM is clicked (a DM interaction carries no guild).
   */
  dmGuild?: { id: string; name: string };
}

const CONTENT_MAX = 2000;
const FILES_MAX = 10;

export function renderMessage(message: Message, options: RenderOptions = {}): Rendered {
  const parts = layout(message);
  const { rows, dropped } = buildRows(parts.rows);
  const files = (message.files ?? []).map((f) => ({
    attachment: Buffer.from(f.bytes),
    name: f.name,
    description: clip(f.title, 1024),
  }));
  const plain = parts.paragraphs.join("\n\n").trim() || (parts.title ? "" : message.text);
  const contentMode =
    !options.dmGuild &&
    parts.title === null &&
    parts.fields.length === 0 &&
    parts.images.length === 0 &&
    toDiscordMarkdown(plain).text.length <= CONTENT_MAX;

  let content = "";
  let embeds: APIEmbed[] = [];
  let users: string[] = [];
  let truncated = false;
  if (contentMode) {
    const converted = toDiscordMarkdown(plain);
    content = converted.text;
    users = converted.userIds.slice(0, 100);
  } else {
    const author = options.dmGuild ? clip(options.dmGuild.name, 256) : null;
    const built = buildEmbeds(
      parts.paragraphs.length || parts.title || parts.fields.length
        ? parts
        : { ...parts, paragraphs: [message.text] },
      author?.length ?? 0,
    );
    embeds = built.embeds;
    truncated = built.truncated;
    if (options.dmGuild && author !== null && embeds[0])
      embeds[0].author = { name: author, url: discordUrl(options.dmGuild.id) };
  }

  const pages: DiscordPage[] = [];
  const pageCount = Math.max(1, Math.ceil(rows.length / MAX_ROWS), Math.ceil(files.length / FILES_MAX));
  for (let i = 0; i < pageCount; i += 1) {
    pages.push({
      content: i === 0 ? content : "",
      embeds: i === 0 ? embeds : [],
      components: rows.slice(i * MAX_ROWS, (i + 1) * MAX_ROWS),
      files: files.slice(i * FILES_MAX, (i + 1) * FILES_MAX),
      allowedMentions: { parse: [], users: i === 0 ? users : [] },
    });
  }
  return { pages, truncated, dropped };
}

/** The page holding a component with this custom_id (a click's page), else the first. */
export function pageIndexOf(pages: DiscordPage[], customId: string | null): number {
  if (customId === null) return 0;
  const found = pages.findIndex((p) => p.components.some((row) => customIdsOf(row).includes(customId)));
  return Math.max(found, 0);
}
