/**
 * Pulls an edition's posts from every live source its series uses, one network after another,
 * into the edition (each network is its own import run; a failing network does not stop the others).
 */
import type { Edition } from "../../domain/edition.js";
import type { Network } from "../../domain/post.js";
import type { Series } from "../../domain/series.js";
import { type AfterchatError, toAfterchatError } from "../../errors.js";
import type { ImportSummary } from "../../ports.js";
import { importItems } from "../import/import-items.js";
import { editionWindow } from "../import/window.js";
import type { Services } from "../services.js";

export type PullOutcome =
  | { network: Network; status: "pulled"; summary: ImportSummary }
  | { network: Network; status: "not_configured" }
  | { network: Network; status: "failed"; error: AfterchatError };

export async function pullEdition(
  services: Services,
  series: Series,
  edition: Edition,
): Promise<PullOutcome[]> {
  const window = editionWindow(series, edition);
  const until = new Date(Math.min(window.until.getTime(), services.clock.now().getTime()));
  const outcomes: PullOutcome[] = [];
  for (const network of series.networks) {
    const source = services.liveSource(network, { instance: series.mastodonInstance });
    if (!source) {
      outcomes.push({ network, status: "not_configured" });
      continue;
    }
    try {
      const items = source.pull({ hashtag: series.hashtag, since: window.since, until });
      const summary = await importItems(services.store, items, {
        workspaceId: series.workspaceId,
        editionId: edition.id,
        source: network,
        filter: { hashtag: series.hashtag, since: window.since, until },
        now: () => services.clock.now(),
      });
      outcomes.push({ network, status: "pulled", summary });
    } catch (error) {
      const failure = toAfterchatError(error);
      if (failure.code === "internal")
        services.log.error({ err: error, network, edition: edition.id }, "pull failed");
      outcomes.push({ network, status: "failed", error: failure });
    }
  }
  return outcomes;
}
