/**
 * Recycle (issue 14 point 6): the best posts worth re-sharing before the next chat, this edition's
 * and earlier ones', each with a ready-to-post draft that credits its author (exact handle and
 * link) and fits the network's length (the quote is shortened at a word boundary, never mid-word).
 */
import type { Quote } from "../../domain/content/edition-content.js";
import type { Translator } from "../../i18n/index.js";
import { knownTimeZone, LOCALE_TAGS } from "../report/format.js";
import { fileText } from "../report/text.js";
import { POST_LIMITS, weightedLength } from "../roster/drafts.js";
import { safeHref } from "./html.js";

export interface RecycleItem {
  quote: Quote;
  draft: string;
}

/** Best first (engagement, then the most recent); only posts with a link to credit, not by a host. */
export function pickRecycled(quotes: readonly Quote[], n = 5): Quote[] {
  const seen = new Set<string>();
  return quotes
    .filter((q) => !q.byHost && q.engagement > 0 && safeHref(q.url) !== null)
    .sort((a, b) => b.engagement - a.engagement || b.createdAt.getTime() - a.createdAt.getTime())
    .filter((q) => {
      const key = `${q.network}:${q.externalId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, n);
}

/** Cuts text to whole words until `fits` accepts it (an ellipsis marks the cut). */
export function shortenToFit(text: string, fits: (candidate: string) => boolean): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (fits(clean)) return clean;
  const words = clean.split(" ");
  while (words.length > 1) {
    words.pop();
    const candidate = `${words.join(" ").replace(/[,;:.!?]+$/u, "")}…`;
    if (fits(candidate)) return candidate;
  }
  return "…";
}

export function recycleItems(
  quotes: readonly Quote[],
  options: { t: Translator; timeZone: string; hashtag: string },
): RecycleItem[] {
  const day = new Intl.DateTimeFormat(LOCALE_TAGS[options.t.locale], {
    dateStyle: "medium",
    timeZone: knownTimeZone(options.timeZone),
  });
  return quotes.map((quote) => {
    const render = (text: string) =>
      options.t.t("content.recycle.draft", {
        hashtag: options.hashtag,
        date: day.format(quote.createdAt),
        text,
        handle: quote.handle,
        url: quote.url ?? "",
      });
    const limit = POST_LIMITS[quote.network];
    const text = shortenToFit(quote.text, (candidate) => weightedLength(render(candidate)) <= limit);
    return { quote, draft: render(text) };
  });
}

export function recycleMarkdown(
  items: readonly RecycleItem[],
  options: { t: Translator; hashtag: string },
): string {
  const out = [`# ${fileText(options.t.t("content.recycle.title", { hashtag: options.hashtag }))}`, ""];
  if (items.length === 0) out.push(options.t.t("content.recycle.empty"), "");
  for (const item of items) out.push("```text", item.draft.replace(/```/g, "'''"), "```", "");
  return out.join("\n");
}
