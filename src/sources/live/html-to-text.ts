/**
 * Mastodon status `content` (sanitised HTML) as plain text. Mastodon only emits a small set of
 * tags (p, br, a, span, and for remote posts ul/ol/li, blockquote, pre, code, b, i, h1-h5):
 * paragraphs become blank lines, line breaks and block ends become newlines, every tag is
 * dropped but its text kept (so `#<span>tag</span>` reads `#tag`, and the `invisible` spans
 * Mastodon uses to shorten links give the full URL back), and entities are decoded last so an
 * escaped `&lt;b&gt;` stays text. Never throws.
 * @see https://docs.joinmastodon.org/spec/activitypub/#sanitization
 */
const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

export function htmlToText(html: unknown): string {
  if (typeof html !== "string") return "";
  const text = html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/p>\s*<p(?:\s[^>]*)?>/gi, "\n\n")
    .replace(/<\/(?:p|li|blockquote|pre|h[1-6]|ul|ol)>/gi, "\n")
    .replace(/<[^>]*>/g, "");
  return decodeEntities(text)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith("#")) {
      const hex = body[1] === "x" || body[1] === "X";
      const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      // Lone surrogates and values past U+10FFFF are not characters: keep the entity as written.
      const valid =
        Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return valid ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}
