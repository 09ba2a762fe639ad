/** The steps that only change the database: they run inside the job's transaction. */

import { planEditions } from "../../app/planning.js";
import type { Services } from "../../app/services.js";
import { planWatches } from "../../app/watch/plan.js";
import type { Job } from "../../domain/job.js";
import { advanceStatus, loadEditionJob } from "./edition-job.js";

/** At the start time: the edition is live. */
export async function startEdition(services: Services, job: Job): Promise<void> {
  const loaded = await loadEditionJob(services.store, services, job);
  if (loaded) await advanceStatus(services.store, loaded.edition, "live");
}

/** When the poll and the after-party are both over: the edition is closed. */
export async function closeEdition(services: Services, job: Job): Promise<void> {
  const loaded = await loadEditionJob(services.store, services, job);
  if (loaded) await advanceStatus(services.store, loaded.edition, "closed");
}

/** Every hour (and at start): the next editions of every scheduled series, with their jobs. */
export async function plan(services: Services, _job: Job): Promise<void> {
  const outcome = await planEditions(services.store, services.clock.now());
  for (const problem of outcome.unreadable)
    services.log.warn(problem, "a series' schedule cannot be read: no edition planned");
  if (outcome.created.length || outcome.jobs)
    services.log.info({ created: outcome.created.length, jobs: outcome.jobs }, "editions planned");
  const watched = await planWatches(services.store, services.clock.now());
  for (const problem of watched.unreadable)
    services.log.warn(problem, "a watched chat's schedule cannot be read: nothing planned");
  if (watched.jobs) services.log.info({ jobs: watched.jobs }, "watched chats planned");
}
