/**
 * A quoted post as HTML: each network's official embed markup (the blockquote the network's own
 * script turns into a card, falling back to the quote itself without it), or a plain blockquote.
 * @see https://developer.x.com/en/docs/x-for-websites/embedded-tweets/guides/embedded-tweet-parameter-reference
 * @see https://docs.bsky.app/docs/advanced-guides/embed (blockquote.bluesky-embed + embed.js)
 * @see https://docs.joinmastodon.org/methods/oembed/ (iframe of the status URL + "/embed")
 */
import type { Quote } from "../../domain/content/edition-content.js";
import type { Translator } from "../../i18n/index.js";
import { creditLine } from "./credit.js";
import { esc, postBody, safeHref } from "./html.js";

export type EmbedStyle = "official" | "plain";

export const EMBED_SCRIPTS = {
  x: '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
  bluesky: '<script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>',
} as const;

export function plainQuote(quote: Quote, t: Translator, dateText: string): string {
  const href = safeHref(quote.url);
  const source = href ? ` · <a href="${esc(href)}">${esc(t.t("content.recap.source"))}</a>` : "";
  return `<blockquote class="afterchat-quote" cite="${esc(href ?? "")}">${postBody(quote.text)}<footer>— ${esc(
    creditLine(quote, t),
  )}, ${esc(dateText)}${source}</footer></blockquote>`;
}

export function embedQuote(quote: Quote, t: Translator, dateText: string, style: EmbedStyle): string {
  const href = safeHref(quote.url);
  if (style === "plain" || href === null) return plainQuote(quote, t, dateText);
  const credit = `&mdash; ${esc(creditLine(quote, t))} <a href="${esc(href)}">${esc(dateText)}</a>`;
  if (quote.network === "x")
    return `<blockquote class="twitter-tweet">${postBody(quote.text)}${credit}</blockquote>`;
  if (quote.network === "bluesky")
    return `<blockquote class="bluesky-embed" data-bluesky-uri="${esc(quote.externalId)}">${postBody(
      quote.text,
    )}${credit}</blockquote>`;
  const origin = new URL(href).origin;
  return `<iframe src="${esc(href)}/embed" class="mastodon-embed" style="max-width: 100%; border: 0" width="400" title="${esc(
    creditLine(quote, t),
  )}" allowfullscreen="allowfullscreen"></iframe><script src="${esc(origin)}/embed.js" async="async"></script>`;
}

/** The networks' scripts the official embeds of these quotes need, once each (Mastodon's ride with their iframes). */
export function embedScripts(quotes: readonly Quote[], style: EmbedStyle): string {
  if (style === "plain") return "";
  const networks = new Set(quotes.filter((q) => safeHref(q.url) !== null).map((q) => q.network));
  return [
    networks.has("x") ? EMBED_SCRIPTS.x : "",
    networks.has("bluesky") ? EMBED_SCRIPTS.bluesky : "",
  ].join("");
}
