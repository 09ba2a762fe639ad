/**
 * Job kind -> handler. A step that only writes to the database runs in "transaction" mode (its
 * writes commit with the job's completion, exactly once); a step that posts or DMs runs in
 * "idempotent" mode and guards each send with a marker (src/jobs/once.ts).
 */
import type { Services } from "../../app/services.js";
import { purgeRetiredWorkspaces } from "../../app/workspaces/lifecycle.js";
import type { Job } from "../../domain/job.js";
import { JOB_KINDS } from "../../domain/job-keys.js";
import { once } from "../once.js";
import type { JobHandler } from "../runner.js";
import type { LifecycleSteps } from "../steps.js";
import { endAfterParty, escalateQuestions } from "./after-party.js";
import { closeEditionPoll, debriefEdition } from "./debrief.js";
import { loadEditionJob } from "./edition-job.js";
import { endEdition } from "./end.js";
import { promoReminder } from "./promo.js";
import { closeEdition, plan, startEdition } from "./status.js";
import { watchReminder, watchReport } from "./watch.js";

type Step = (services: Services, job: Job, steps: LifecycleSteps) => Promise<void>;

/** The Discord scheduled event of an edition, once. */
async function editionEvent(services: Services, job: Job, steps: LifecycleSteps): Promise<void> {
  const loaded = await loadEditionJob(services.store, services, job);
  if (!loaded?.series.settings.scheduledEvent) return;
  const { series, edition } = loaded;
  await once(services.store, job, series.workspaceId, "event", () =>
    steps.scheduleEvent(services, series, edition),
  );
}

/** At the edition's start, its scheduled event goes live, once. */
async function editionEventStart(services: Services, job: Job, steps: LifecycleSteps): Promise<void> {
  const loaded = await loadEditionJob(services.store, services, job);
  if (!loaded?.series.settings.scheduledEvent) return;
  const { series, edition } = loaded;
  await once(services.store, job, series.workspaceId, "event-start", () =>
    steps.startEvent(services, series, edition),
  );
}

/** A poll's reminder to those who have not voted, once. */
async function pollReminder(services: Services, job: Job, steps: LifecycleSteps): Promise<void> {
  const pollId = typeof job.payload.pollId === "string" ? job.payload.pollId : null;
  if (!pollId || !job.workspaceId) return;
  const workspaceId = job.workspaceId;
  await once(services.store, job, workspaceId, "remind", () =>
    steps.remindNonVoters(services, workspaceId, pollId),
  );
}

/**
 * A job of a retired workspace (uninstalled, tokens revoked, guild left) does nothing: its pending
 * jobs were removed when it was retired, and this stops one already claimed or planned meanwhile.
 */
async function workspaceActive(store: Services["store"], job: Job): Promise<boolean> {
  if (!job.workspaceId) return true;
  const standing = await store.workspaces.standing(job.workspaceId);
  return standing !== null && standing.retiredAt === null;
}

export function lifecycleHandlers(services: Services, steps: LifecycleSteps): Record<string, JobHandler> {
  const inTransaction = (step: Step): JobHandler => ({
    mode: "transaction",
    run: async (job, context) => {
      if (await workspaceActive(context.store, job))
        await step({ ...services, store: context.store }, job, steps);
    },
  });
  const idempotent = (step: Step): JobHandler => ({
    mode: "idempotent",
    run: async (job) => {
      if (await workspaceActive(services.store, job)) await step(services, job, steps);
    },
  });
  return {
    // The hourly planning also deletes the data of workspaces retired past their retention.
    [JOB_KINDS.plan]: inTransaction(async (s, job) => {
      await plan(s, job);
      await purgeRetiredWorkspaces(s);
    }),
    [JOB_KINDS.start]: inTransaction(startEdition),
    [JOB_KINDS.close]: inTransaction(closeEdition),
    [JOB_KINDS.end]: idempotent(endEdition),
    [JOB_KINDS.debrief]: idempotent(debriefEdition),
    [JOB_KINDS.pollClose]: idempotent(closeEditionPoll),
    [JOB_KINDS.promo]: idempotent(promoReminder),
    [JOB_KINDS.escalate]: idempotent(escalateQuestions),
    [JOB_KINDS.afterPartyEnd]: idempotent(endAfterParty),
    [JOB_KINDS.event]: idempotent(editionEvent),
    [JOB_KINDS.eventStart]: idempotent(editionEventStart),
    [JOB_KINDS.taskReminder]: idempotent((s, job, st) => st.runTaskReminder(s, job)),
    [JOB_KINDS.pollReminder]: idempotent(pollReminder),
    [JOB_KINDS.watchRemind]: idempotent(watchReminder),
    [JOB_KINDS.watchReport]: idempotent((s, job) => watchReport(s, job)),
    [JOB_KINDS.sweep]: idempotent((s, _job, st) => st.closeDuePolls(s, s.clock.now())),
  };
}
