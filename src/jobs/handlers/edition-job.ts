/** What every edition step starts with: its edition and series, still there and still active. */
import { z } from "zod";
import type { Services } from "../../app/services.js";
import type { Edition, EditionStatus } from "../../domain/edition.js";
import type { Job } from "../../domain/job.js";
import type { Series } from "../../domain/series.js";
import type { Store } from "../../ports.js";

const payload = z.object({ editionId: z.string().min(1), seriesId: z.string().min(1) });

export interface EditionJob {
  series: Series;
  edition: Edition;
}

/**
 * The job's edition and series; null when either was deleted or the series was switched off
 * (the step then does nothing: there is nobody left to tell).
 */
export async function loadEditionJob(store: Store, services: Services, job: Job): Promise<EditionJob | null> {
  const parsed = payload.safeParse(job.payload);
  if (!parsed.success) throw new Error(`job ${job.key} has no edition in its payload`);
  const [edition, series] = await Promise.all([
    store.editions.getAcrossWorkspaces(parsed.data.editionId),
    store.series.getAcrossWorkspaces(parsed.data.seriesId),
  ]);
  if (!edition || !series?.active || edition.seriesId !== series.id) {
    services.log.info({ job: job.key }, "edition or series gone or inactive: step skipped");
    return null;
  }
  return { series, edition };
}

const ORDER: EditionStatus[] = ["scheduled", "live", "debriefing", "closed"];

/**
 * Moves an edition forward to `status`, never back: steps that run late or out of order (after
 * downtime, on two processes) cannot reopen a closed edition.
 */
export async function advanceStatus(store: Store, edition: Edition, status: EditionStatus): Promise<Edition> {
  if (ORDER.indexOf(edition.status) >= ORDER.indexOf(status)) return edition;
  return store.editions.update(edition.workspaceId, edition.id, { status });
}
