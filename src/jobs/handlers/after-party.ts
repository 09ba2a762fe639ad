/**
 * While the after-party is open: unanswered questions are brought back to the team every
 * settings.questionEscalationMinutes (a chain of jobs, each queuing the next one until the
 * after-party ends), then the after-party closes with its summary.
 */
import type { Services } from "../../app/services.js";
import type { Job } from "../../domain/job.js";
import { editionTimeline, escalationJob } from "../../domain/lifecycle.js";
import { once } from "../once.js";
import type { LifecycleSteps } from "../steps.js";
import { loadEditionJob } from "./edition-job.js";

const MINUTE = 60_000;

export async function escalateQuestions(services: Services, job: Job, steps: LifecycleSteps): Promise<void> {
  const { store } = services;
  const loaded = await loadEditionJob(store, services, job);
  if (!loaded) return;
  const { series, edition } = loaded;
  const ends = edition.afterPartyEndsAt ?? editionTimeline(series, edition).afterPartyEnd;
  if (!ends) return;
  await once(store, job, series.workspaceId, "escalate", () =>
    steps.escalateOpenQuestions(services, series, edition),
  );
  const round = typeof job.payload.round === "number" ? job.payload.round : 1;
  // The next round after now (after downtime, rounds missed are not run back to back), and the
  // last one at the after-party's end at the latest (a question asked late still counts).
  const every = series.settings.questionEscalationMinutes * MINUTE;
  const now = services.clock.now().getTime();
  let next = job.runAt.getTime() + every;
  if (next <= now) next += Math.ceil((now - next + 1) / every) * every;
  if (job.runAt < ends)
    await store.jobs.schedule(
      escalationJob(series, edition, round + 1, new Date(Math.min(next, ends.getTime()))),
    );
}

export async function endAfterParty(services: Services, job: Job, steps: LifecycleSteps): Promise<void> {
  const loaded = await loadEditionJob(services.store, services, job);
  if (!loaded) return;
  const { series, edition } = loaded;
  await once(services.store, job, series.workspaceId, "after-party-close", () =>
    steps.closeAfterParty(services, series, edition),
  );
}
