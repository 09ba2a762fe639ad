/** Loads what every after-party step needs: the edition, its series, and the series' language. */
import type { Edition } from "../../domain/edition.js";
import type { Series } from "../../domain/series.js";
import type { Translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import { channelTranslator } from "../channel-locale.js";

export interface AfterPartyContext {
  edition: Edition;
  series: Series;
  /** The series' language, else its workspace's: everyone in the thread and the team read it. */
  t: Translator;
}

/** For the scheduler (by id, whatever the workspace); null when the edition or series is gone. */
export async function loadEdition(store: Store, editionId: string): Promise<AfterPartyContext | null> {
  const edition = await store.editions.getAcrossWorkspaces(editionId);
  const series = edition ? await store.series.get(edition.workspaceId, edition.seriesId) : null;
  if (!edition || !series) return null;
  return { edition, series, t: await channelTranslator(store, series) };
}
