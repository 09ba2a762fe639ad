/** HTML text and attribute escaping for the content pages (user text never becomes markup). */
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Explicit bidirectional controls are dropped, as in src/render/markup.ts (letters of RTL scripts stay). */
export function esc(text: string): string {
  return text.replace(/[\u202A-\u202E\u2066-\u2069]/gu, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A web link or nothing: a `javascript:` URL from a hostile import never becomes an href. */
export function safeHref(url: string | null): string | null {
  return url !== null && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : null;
}

/** Paragraphs of a post: line breaks kept, each line escaped; `dir="auto"` lets RTL text run right to left. */
export function postBody(text: string): string {
  return text
    .trim()
    .split(/\n+/)
    .map((line) => `<p dir="auto">${esc(line)}</p>`)
    .join("");
}
