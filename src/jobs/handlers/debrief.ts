/**
 * settings.debriefDelayMinutes after the end: the previous edition's tasks come first, then the
 * report (posts pulled from the live sources, stats, charts), then the team poll opens.
 * Each part is sent once even when the job runs again (src/jobs/once.ts).
 */
import type { Services } from "../../app/services.js";
import type { Job } from "../../domain/job.js";
import { editionJobKey } from "../../domain/job-keys.js";
import { once } from "../once.js";
import type { LifecycleSteps } from "../steps.js";
import { advanceStatus, loadEditionJob } from "./edition-job.js";
import { postToDebrief } from "./post.js";

export async function debriefEdition(services: Services, job: Job, steps: LifecycleSteps): Promise<void> {
  const { store } = services;
  const loaded = await loadEditionJob(store, services, job);
  if (!loaded) return;
  const { series } = loaded;
  const edition = await advanceStatus(store, loaded.edition, "debriefing");
  const ws = series.workspaceId;
  await once(store, job, ws, "tasks-review", async () => {
    const review = await steps.reviewPreviousTasks(services, series, edition);
    if (review) await postToDebrief(services, series, review);
  });
  await once(store, job, ws, "report", () => steps.postEditionReport(services, series, edition));
  await once(store, job, ws, "poll", () => steps.openTeamPoll(services, series, edition));
}

/**
 * settings.pollHours after the debrief: the poll closes and its results are posted. A poll whose
 * deadline is later (the debrief ran late, or a moderator moved it) gets a job at that deadline.
 */
export async function closeEditionPoll(services: Services, job: Job, steps: LifecycleSteps): Promise<void> {
  const { store } = services;
  const loaded = await loadEditionJob(store, services, job);
  if (!loaded) return;
  const { series, edition } = loaded;
  await once(store, job, series.workspaceId, "poll-close", () =>
    steps.closeTeamPoll(services, series, edition),
  );
  const open = await store.polls.openForEdition(series.workspaceId, edition.id);
  if (open?.closesAt && open.closesAt > services.clock.now())
    await store.jobs.schedule({
      ...job,
      key: editionJobKey(edition.id, `poll-close-${open.closesAt.getTime()}`),
      runAt: open.closesAt,
    });
}
