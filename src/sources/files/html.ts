/**
 * X escapes `&`, `<` and `>` in tweet text (API v1.1 and v2, archive and analytics export alike), and the
 * analytics export also escapes quotes. Only these five named/numeric forms are decoded, once, so a literal
 * "&amp;lt;" typed by a user comes back as "&lt;", as they wrote it.
 */
const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

export function decodeHtmlEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}
