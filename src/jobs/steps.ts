/**
 * The use cases the lifecycle calls, in one map the composition root builds. Several are written
 * by other areas (polls, after-party); until one exists, its entry logs that it is not wired and
 * does nothing, so the rest of the lifecycle still runs. Tests pass recording fakes.
 *
 * Every step must be safe to call again for the same edition (a job can run twice after a crash;
 * the lifecycle also guards each call with a marker, src/jobs/once.ts).
 */
import type { Services } from "../app/services.js";
import { postEditionReport } from "../app/stats/edition-report-message.js";
import { runTaskReminderJob } from "../app/tasks/reminders.js";
import { reviewPreviousTasks } from "../app/tasks/review.js";
import type { Edition } from "../domain/edition.js";
import type { Job } from "../domain/job.js";
import type { Series } from "../domain/series.js";
import type { Message } from "../render/message.js";
import { announceHostLeft, scheduleEditionEvent } from "./handlers/fallbacks.js";

export type EditionStep = (services: Services, series: Series, edition: Edition) => Promise<void>;

export interface LifecycleSteps {
  /** The previous edition's tasks, for the top of the debrief (null: nothing to review). */
  reviewPreviousTasks(services: Services, series: Series, edition: Edition): Promise<Message | null>;
  /** Pulls the posts (live sources), builds the report and posts it in the debrief channel. */
  postEditionReport: EditionStep;
  /** Opens the team feedback poll (closing after settings.pollHours). */
  openTeamPoll: EditionStep;
  /** Closes the edition's poll if still open and posts its results. */
  closeTeamPoll: EditionStep;
  /** Opens the after-party thread (settings.afterParty, series.afterPartyChannel). */
  openAfterParty: EditionStep;
  /** Says the host has left, in the after-party (a no-op when openAfterParty already does). */
  announceHostLeft: EditionStep;
  /** Creates the platform's scheduled event for an edition (settings.scheduledEvent). */
  scheduleEvent: EditionStep;
  /** Brings unanswered after-party questions back to the team. */
  escalateOpenQuestions: EditionStep;
  /** Ends the after-party and posts its summary. */
  closeAfterParty: EditionStep;
  /** A task reminder job (kind "task.reminder"), run by the tasks area. */
  runTaskReminder(services: Services, job: Job): Promise<void>;
}

const warned = new Set<string>();

/** A step whose use case is not written yet: says so once in the log, does nothing. */
export function notWired(name: string): EditionStep {
  return async (services, _series, edition) => {
    if (warned.has(name)) return;
    warned.add(name);
    services.log.warn({ step: name, edition: edition.id }, "scheduler step not wired yet: skipped");
  };
}

/** The steps that exist today; the composition root overrides the rest as they land. */
export function defaultSteps(overrides: Partial<LifecycleSteps> = {}): LifecycleSteps {
  return {
    reviewPreviousTasks,
    postEditionReport,
    openTeamPoll: notWired("openTeamPoll"),
    closeTeamPoll: notWired("closeTeamPoll"),
    openAfterParty: notWired("openAfterParty"),
    announceHostLeft,
    scheduleEvent: scheduleEditionEvent,
    escalateOpenQuestions: notWired("escalateOpenQuestions"),
    closeAfterParty: notWired("closeAfterParty"),
    runTaskReminder: async (services, job) => {
      const outcome = await runTaskReminderJob(services, job);
      services.log.debug({ job: job.key, outcome }, "task reminder");
    },
    ...overrides,
  };
}
