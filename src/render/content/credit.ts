/** How a quote is credited everywhere: the author's name and exact handle, and the post's own link. */
import type { Quote } from "../../domain/content/edition-content.js";
import type { Translator } from "../../i18n/index.js";

/** "Ana Silva (@ana)" or "@ana"; the handle exactly as the network spells it. */
export function creditLine(quote: Pick<Quote, "name" | "handle">, t: Translator): string {
  const name = quote.name?.trim();
  return name && name !== quote.handle
    ? t.t("content.recap.by", { name, handle: quote.handle })
    : t.t("content.recap.byHandle", { handle: quote.handle });
}

/** A host's question without its "Q1:" label (the chapter head says it). */
export function questionText(quote: Pick<Quote, "text">): string {
  return quote.text.replace(/^\s*q\s?\d{1,2}\s*[:.)/\-–—]?\s*/iu, "").trim();
}

/** "Q1": the chats' own notation, the same in every language. */
export function questionLabel(number: number): string {
  return `Q${number}`;
}
