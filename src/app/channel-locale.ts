/**
 * Which language a message speaks. What the whole channel (or someone else, by DM) reads speaks
 * the series' language, else its workspace's; what only the actor reads speaks the actor's.
 */
import type { Series } from "../domain/series.js";
import { platformOf } from "../domain/workspace.js";
import { type Locale, type Translator, translator } from "../i18n/index.js";
import type { Store } from "../ports.js";

export async function seriesLocaleOf(store: Store, series: Series): Promise<Locale> {
  if (series.locale) return series.locale;
  return (await store.workspaces.get(series.workspaceId))?.locale ?? "en";
}

/** The translator for messages the whole channel of a series reads (examples as its platform types them). */
export async function channelTranslator(store: Store, series: Series): Promise<Translator> {
  const channel = series.debriefChannel ?? series.afterPartyChannel;
  return translator(await seriesLocaleOf(store, series), channel ? platformOf(channel) : null);
}
