/**
 * Which language a message speaks. What the whole channel (or another person) reads speaks the
 * series' language, else the workspace's; what only the actor reads (ephemeral replies) speaks
 * the actor's.
 */
import type { Series } from "../../domain/series.js";
import { type Locale, type Translator, translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import type { TaskRenderContext } from "../../render/tasks/line.js";

export async function seriesLocale(store: Store, series: Series): Promise<Locale> {
  if (series.locale) return series.locale;
  const workspace = await store.workspaces.get(series.workspaceId);
  return workspace?.locale ?? "en";
}

export async function seriesTranslator(store: Store, series: Series): Promise<Translator> {
  return translator(await seriesLocale(store, series));
}

export function renderContext(t: Translator, series: Series, now: Date): TaskRenderContext {
  return { t, timeZone: series.timeZone, now };
}
