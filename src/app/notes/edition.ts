/** The edition a notes listing is about, without creating one (filing a note may create it). */
import type { Edition } from "../../domain/edition.js";
import type { Series } from "../../domain/series.js";
import type { Store } from "../../ports.js";
import { requireEdition } from "../context.js";

/** Edition `number`, else the one notes attach to now: the live or last started, else the next. */
export async function editionToList(
  store: Store,
  series: Series,
  number: number | null,
  now: Date,
): Promise<Edition | null> {
  if (number !== null) return requireEdition(store, series, number, now);
  const current = await store.editions.current(series.workspaceId, series.id, now);
  if (current) return current;
  const upcoming = (await store.editions.list(series.workspaceId, series.id)).filter((e) => e.startsAt > now);
  return upcoming.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0] ?? null;
}
