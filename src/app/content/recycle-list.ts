/**
 * The posts worth re-sharing before the next chat (issue 14 point 6): the best quotable posts of an
 * edition and of the editions before it (at most EARLIER editions back), with ready-to-post drafts.
 * Used by `/afterchat content recycle` and by the promotion reminders the scheduler sends.
 */
import type { Quote } from "../../domain/content/edition-content.js";
import type { Edition } from "../../domain/edition.js";
import type { Series } from "../../domain/series.js";
import type { Translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import { pickRecycled, type RecycleItem, recycleItems } from "../../render/content/recycle.js";
import { loadEditionContent } from "./edition-content.js";

const EARLIER = 3;

export async function recycleList(
  store: Store,
  series: Series,
  upTo: Edition,
  t: Translator,
  n = 5,
): Promise<RecycleItem[]> {
  const editions = (await store.editions.list(series.workspaceId, series.id))
    .filter((e) => e.number <= upTo.number && e.importedAt !== null)
    .sort((a, b) => b.number - a.number)
    .slice(0, EARLIER + 1);
  if (!editions.some((e) => e.id === upTo.id)) editions.unshift(upTo);
  const quotes: Quote[] = [];
  for (const edition of editions) {
    const { content } = await loadEditionContent(store, series, edition);
    quotes.push(...content.chapters.flatMap((c) => c.posts), ...content.outside);
  }
  return recycleItems(pickRecycled(quotes, n), { t, timeZone: series.timeZone, hashtag: series.hashtag });
}
