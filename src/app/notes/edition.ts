/** The edition a notes listing is about, without creating one (filing a note may create it). */
import type { Edition } from "../../domain/edition.js";
import type { Series } from "../../domain/series.js";
import type { Store } from "../../ports.js";
import { currentEdition, requireEdition } from "../context.js";

/** Edition `number`, else the current one (the live or last started, else the next). */
export async function editionToList(
  store: Store,
  series: Series,
  number: number | null,
  now: Date,
): Promise<Edition | null> {
  if (number !== null) return requireEdition(store, series, number, now);
  return currentEdition(store, series, now);
}
