/**
 * User text inside reports: one line, escaped, shortened. Post texts, names, handles, terms and question
 * texts all come from users; none may break a table, start a heading or inject a link or a mention.
 */
import { ARCHIVE_OWNER_UNKNOWN } from "../../domain/post.js";
import { escapeMarkdown, link, truncate } from "../markup.js";

/** Newlines and runs of spaces become one space: a post must stay inside its table cell or list item. */
export function oneLine(text: string): string {
  // No-break spaces stay: they are typography (French "mot : suite", "1 234"), not line breaks.
  return text.replace(/[^\S\u00A0\u202F]+/g, " ").trim();
}

/** User text for the neutral chat Markdown (adapters undo `escapeMarkdown`'s escapes). */
export function chatText(text: string, max = Number.POSITIVE_INFINITY): string {
  return escapeMarkdown(truncate(oneLine(text), max));
}

/**
 * User text for the Markdown file: `escapeMarkdown` plus `<` and `&`, which CommonMark would otherwise read
 * as raw HTML or an entity (backslash escapes of ASCII punctuation: CommonMark spec §2.4).
 */
export function fileText(text: string, max = Number.POSITIVE_INFINITY): string {
  return escapeMarkdown(truncate(oneLine(text), max)).replace(/<(?!@)|&/g, "\\$&");
}

/** "@handle", escaped (handles hold `_`); the unnamed archive owner without "@". */
export function handleText(handle: string, escapeText: (text: string) => string): string {
  if (handle === ARCHIVE_OWNER_UNKNOWN) return escapeText(handle);
  return `@${escapeText(handle.replace(/^@/, ""))}`;
}

/** Only web links are linked: a `javascript:` URL from a hostile import stays inert. */
export function webUrl(url: string | null): string | null {
  return url !== null && /^https?:\/\/\S+$/i.test(url) ? url : null;
}

/** `[label](url)` for a web URL, else the label alone. The label is plain text: `link` escapes it. */
export function maybeLink(label: string, url: string | null): string {
  const safe = webUrl(url);
  return safe === null ? label : link(label, safe);
}
