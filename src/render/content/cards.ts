/**
 * Quote cards (issue 14 point 2): a PNG per chosen post with its text, the author's name and exact
 * handle, the chat's hashtag and date, in the series' colours; drawn as SVG and rendered by resvg
 * with the shipped DejaVu fonts (the charts' stack, src/render/charts/render.ts). Emoji are
 * Twemoji SVGs (@twemoji/svg) placed as images; right-to-left posts are right-aligned and drawn as
 * one text run per line, which resvg orders and shapes (docs/content.md: what this gets wrong).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { EditionContent, Quote } from "../../domain/content/edition-content.js";
import type { Translator } from "../../i18n/index.js";
import { svgToPng } from "../charts/render.js";
import type { OutboundFile } from "../message.js";
import { knownTimeZone, LOCALE_TAGS } from "../report/format.js";
import { creditLine } from "./credit.js";
import { esc } from "./html.js";
import { type Line, layoutText, textWidth } from "./text-layout.js";

const require = createRequire(import.meta.url);
const TWEMOJI_DIR = dirname(require.resolve("@twemoji/svg/package.json"));

export const CARD = { width: 1200, height: 675, pad: 72 } as const;
export const DEFAULT_COLOURS = { background: "#1d3557", text: "#f1faee", accent: "#e9c46a" } as const;
const HEX = /^#[0-9a-f]{6}$/i;

export interface CardColours {
  background: string;
  text: string;
  accent: string;
}

function safeColours(colours: CardColours | null | undefined): CardColours {
  if (!colours) return DEFAULT_COLOURS;
  return HEX.test(colours.background) && HEX.test(colours.text) && HEX.test(colours.accent)
    ? colours
    : DEFAULT_COLOURS;
}

const emojiCache = new Map<string, string | null>();
function emojiDataUri(codepoints: string): string | null {
  if (!emojiCache.has(codepoints)) {
    let uri: string | null = null;
    try {
      const svg = readFileSync(join(TWEMOJI_DIR, `${codepoints}.svg`));
      uri = `data:image/svg+xml;base64,${svg.toString("base64")}`;
    } catch {
      uri = null;
    }
    emojiCache.set(codepoints, uri);
  }
  return emojiCache.get(codepoints) ?? null;
}

function lineSvg(line: Line, y: number, size: number, left: number, right: number, fill: string): string {
  if (line.rtl) {
    // One run, anchored right: resvg applies the bidirectional algorithm inside it. Emoji go back to text.
    const text = line.segments.map((s) => (s.kind === "text" ? s.text : "")).join("");
    return `<text x="${right}" y="${y}" font-size="${size}" fill="${fill}" direction="rtl" text-anchor="end" xml:space="preserve">${esc(text)}</text>`;
  }
  let x = left;
  const parts: string[] = [];
  for (const segment of line.segments) {
    if (segment.kind === "text") {
      parts.push(
        `<text x="${x.toFixed(1)}" y="${y}" font-size="${size}" fill="${fill}" xml:space="preserve">${esc(segment.text)}</text>`,
      );
      x += textWidth(segment.text, size);
    } else {
      const uri = emojiDataUri(segment.codepoints);
      if (uri)
        parts.push(
          `<image x="${x.toFixed(1)}" y="${(y - size * 0.85).toFixed(1)}" width="${size}" height="${size}" href="${uri}"/>`,
        );
      x += size;
    }
  }
  return parts.join("");
}

/** One card as SVG. */
export function cardSvg(
  quote: Quote,
  options: { hashtag: string; date: string; credit: string; colours?: CardColours | null },
): string {
  const { width, height, pad } = CARD;
  const c = safeColours(options.colours);
  const footer = 120;
  const box = { width: width - pad * 2 - 24, maxLines: 8, sizes: [52, 46, 40, 34, 30, 26] };
  const layout = layoutText(quote.text, box);
  const lineHeight = Math.round(layout.size * 1.3);
  const textTop = pad + Math.max(0, (height - footer - pad * 2 - lineHeight * layout.lines.length) / 2);
  const left = pad + 24;
  const right = width - pad;
  const lines = layout.lines
    .map((line, i) =>
      lineSvg(line, Math.round(textTop + layout.size + i * lineHeight), layout.size, left, right, c.text),
    )
    .join("");
  const footY = height - pad;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">`,
    `<rect width="${width}" height="${height}" fill="${c.background}"/>`,
    `<rect x="${pad}" y="${pad}" width="8" height="${height - footer - pad * 2}" fill="${c.accent}"/>`,
    lines,
    `<text x="${pad}" y="${footY - 36}" font-size="30" font-weight="bold" fill="${c.text}">${esc(options.credit)}</text>`,
    `<text x="${pad}" y="${footY}" font-size="24" fill="${c.accent}">${esc(`#${options.hashtag} · ${options.date}`)}</text>`,
    "</svg>",
  ].join("");
}

export interface CardOptions {
  t: Translator;
  timeZone: string;
  colours?: CardColours | null;
  /** How many of the top posts (default 4). */
  count?: number;
  /** Posts picked by a moderator (network:externalId keys), in place of the top posts. */
  picked?: readonly string[];
}

/** The cards of an edition: its top quotable posts, or the picked ones (when quotable). */
export function chosenQuotes(
  content: EditionContent,
  options: Pick<CardOptions, "count" | "picked">,
): Quote[] {
  if (options.picked?.length) {
    const all = [...content.chapters.flatMap((c) => c.posts), ...content.outside, ...content.top];
    const byKey = new Map(all.map((q) => [`${q.network}:${q.externalId}`, q]));
    return options.picked.map((k) => byKey.get(k)).filter((q): q is Quote => q !== undefined);
  }
  return content.top.slice(0, options.count ?? 4);
}

export function quoteCards(content: EditionContent, options: CardOptions): OutboundFile[] {
  const day = new Intl.DateTimeFormat(LOCALE_TAGS[options.t.locale], {
    dateStyle: "long",
    timeZone: knownTimeZone(options.timeZone),
  });
  return chosenQuotes(content, options).map((quote, i) => {
    const date = day.format(quote.createdAt);
    const credit = creditLine(quote, options.t);
    const svg = cardSvg(quote, { hashtag: content.hashtag, date, credit, colours: options.colours ?? null });
    const alt = options.t.t("content.card.alt", {
      name: quote.name ?? quote.handle,
      handle: quote.handle,
      hashtag: content.hashtag,
      date,
      text: quote.text,
    });
    return { name: `card-${i + 1}.png`, title: alt, mime: "image/png", bytes: svgToPng(svg) };
  });
}
