/**
 * The files each kind of content makes, the same for the chat platforms and the command line.
 * Quote cards and the story page draw PNGs (resvg): their renderer is passed in, so the text
 * artefacts load no image code.
 */
import type { EditionContent } from "../../domain/content/edition-content.js";
import type { Translator } from "../../i18n/index.js";
import type { EmbedStyle } from "../../render/content/embeds.js";
import { recapHtml, recapMarkdown } from "../../render/content/recap.js";
import { recordingScript, scriptMarkdown } from "../../render/content/script.js";
import { transcriptCsv, transcriptMarkdown } from "../../render/content/transcript.js";
import type { OutboundFile } from "../../render/message.js";

export const CONTENT_KINDS = ["recap", "transcript", "script", "cards", "story", "recycle"] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export function isContentKind(value: string): value is ContentKind {
  return (CONTENT_KINDS as readonly string[]).includes(value);
}

export interface ArtefactOptions {
  t: Translator;
  timeZone: string;
  embeds?: EmbedStyle;
  /** Draws quote cards and the story page (src/render/content/visuals.ts). */
  visuals?: ContentVisuals;
  colours?: VisualOptions["colours"];
  /** Ready-to-post drafts of the best posts (recycle), made by the caller (they may span editions). */
  recycle?: string;
}

export interface VisualOptions {
  t: Translator;
  timeZone: string;
  /** The series' colours (settings.colours); null: afterchat's own. */
  colours?: { background: string; text: string; accent: string } | null;
}

export interface ContentVisuals {
  cards(content: EditionContent, options: VisualOptions): Promise<OutboundFile[]>;
  story(content: EditionContent, options: VisualOptions): Promise<OutboundFile[]>;
}

const encoder = new TextEncoder();

function file(name: string, mime: string, text: string): OutboundFile {
  return { name, title: name, mime, bytes: encoder.encode(text) };
}

export async function contentFiles(
  kind: ContentKind,
  content: EditionContent,
  options: ArtefactOptions,
): Promise<OutboundFile[]> {
  const { t, timeZone } = options;
  const embeds = options.embeds ?? "official";
  switch (kind) {
    case "recap":
      return [
        file("recap.md", "text/markdown", recapMarkdown(content, { t, timeZone, embeds })),
        file("recap.html", "text/html", recapHtml(content, { t, timeZone, embeds })),
      ];
    case "transcript":
      return [
        file("transcript.csv", "text/csv", transcriptCsv(content, t)),
        file("transcript.md", "text/markdown", transcriptMarkdown(content, { t, timeZone })),
      ];
    case "script":
      return [
        file("script.md", "text/markdown", scriptMarkdown(recordingScript(content, { t, timeZone }), t)),
      ];
    case "recycle":
      return [file("recycle.md", "text/markdown", options.recycle ?? "")];
    case "cards":
      return options.visuals
        ? options.visuals.cards(content, { t, timeZone, colours: options.colours ?? null })
        : [];
    case "story":
      return options.visuals
        ? options.visuals.story(content, { t, timeZone, colours: options.colours ?? null })
        : [];
  }
}
