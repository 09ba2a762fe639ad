/**
 * The use cases the lifecycle calls, in one map the composition root builds. Those written by
 * other areas are wired here as they land; one still missing logs that it is not wired and does
 * nothing, so the rest of the lifecycle still runs. Tests pass recording fakes.
 *
 * Every step must be safe to call again for the same edition (a job can run twice after a crash;
 * the lifecycle also guards each call with a marker, src/jobs/once.ts).
 *
 * Wired: tasks review, report (pull + stats + post), task reminders, after-party open (with the
 * host's goodbye and the next edition's event), escalation and close, scheduled events, the
 * team poll (open at the debrief, a reminder to non-voters, close at its deadline with the results
 * chart) and the sweep of polls past their deadline.
 */

import { moveEditionEvent } from "../app/after-party/event-status.js";
import { closeAfterParty, escalateOpenQuestions, openAfterParty } from "../app/after-party/index.js";
import { refreshUpcomingEvent } from "../app/after-party/refresh-event.js";
import { ensureNextEditionEvent } from "../app/after-party/scheduled-event.js";
import { channelTranslator } from "../app/channel-locale.js";
import { closeDuePolls, closeTeamPoll, openTeamPoll, remindNonVoters } from "../app/polls/index.js";
import type { Services } from "../app/services.js";
import { postEditionReport } from "../app/stats/edition-report-message.js";
import { runTaskReminderJob } from "../app/tasks/reminders.js";
import { reviewPreviousTasks } from "../app/tasks/review.js";
import type { Edition } from "../domain/edition.js";
import type { Job } from "../domain/job.js";
import type { Series } from "../domain/series.js";
import { pollChart } from "../render/charts/on-demand.js";
import type { Message } from "../render/message.js";

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
  /** Opens the after-party thread with the host's goodbye (settings.afterParty, afterPartyChannel). */
  openAfterParty: EditionStep;
  /** Brings unanswered after-party questions back to the team. */
  escalateOpenQuestions: EditionStep;
  /** Ends the after-party and posts its summary. */
  closeAfterParty: EditionStep;
  /** Creates the platform's scheduled event for an edition (settings.scheduledEvent). */
  scheduleEvent: EditionStep;
  /** At the edition's start: its event goes live (completed instead when the edition is over). */
  startEvent: EditionStep;
  /** At the edition's end: its event is completed. */
  endEvent: EditionStep;
  /** A task reminder job (kind "task.reminder"), run by the tasks area. */
  runTaskReminder(services: Services, job: Job): Promise<void>;
  /** Every few minutes: polls past their deadline (a moderator's own polls too) close with results. */
  closeDuePolls(services: Services, now: Date): Promise<void>;
  /** DMs the team members who have not voted in an open poll (kind "poll.remind"). */
  remindNonVoters(services: Services, workspaceId: string, pollId: string): Promise<void>;
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

/** Runs an area's use case by edition id and logs what it answered (they return outcomes, not throw). */
function byId(
  name: string,
  run: (services: Services, editionId: string) => Promise<{ status: string }>,
): EditionStep {
  return async (services, _series, edition) => {
    const outcome = await run(services, edition.id);
    services.log.info({ step: name, edition: edition.id, outcome }, "scheduler step");
  };
}

/**
 * The edition's own event, created when it is planned. Same use case and same once-per-start
 * record as the after-party's "next edition" event, so whichever asks first creates it.
 */
const scheduleEvent: EditionStep = async (services, series, edition) => {
  const t = await channelTranslator(services.store, series);
  const next = {
    number: edition.number,
    startsAt: edition.startsAt,
    endsAt: edition.endsAt,
    topic: edition.topic,
  };
  const outcome = await ensureNextEditionEvent(services, series, next, t);
  services.log.info({ step: "scheduleEvent", edition: edition.id, outcome }, "scheduler step");
};

/**
 * Moves the edition's event (src/app/after-party/event-status.ts) and logs what it did. Once
 * completed, a repeating event moves on to the next planned edition (a new event if Discord takes
 * no change to the finished one), with or without an after-party to do it.
 */
function eventStatus(wanted: "active" | "completed"): EditionStep {
  return async (services, series, edition) => {
    const outcome = await moveEditionEvent(services, series, edition, wanted);
    services.log.info({ step: `event-${wanted}`, edition: edition.id, outcome }, "scheduler step");
    if (wanted === "completed") await refreshUpcomingEvent(services, series);
  };
}

/** The steps that exist today; the composition root may override any of them. */
export function defaultSteps(overrides: Partial<LifecycleSteps> = {}): LifecycleSteps {
  return {
    reviewPreviousTasks,
    postEditionReport,
    openTeamPoll,
    closeTeamPoll: (services, series, edition) =>
      closeTeamPoll(services, series, edition, { chart: pollChart }),
    openAfterParty: byId("openAfterParty", openAfterParty),
    escalateOpenQuestions: byId("escalateOpenQuestions", (s, id) => escalateOpenQuestions(s, id)),
    closeAfterParty: byId("closeAfterParty", closeAfterParty),
    scheduleEvent,
    startEvent: eventStatus("active"),
    endEvent: eventStatus("completed"),
    runTaskReminder: async (services, job) => {
      const outcome = await runTaskReminderJob(services, job);
      services.log.debug({ job: job.key, outcome }, "task reminder");
    },
    closeDuePolls: async (services, now) => {
      const closed = await closeDuePolls(services, now, { chart: pollChart });
      if (closed.length) services.log.info({ polls: closed }, "polls past their deadline closed");
    },
    remindNonVoters: async (services, workspaceId, pollId) => {
      const reminded = await remindNonVoters(services, workspaceId, pollId);
      services.log.info({ pollId, reminded }, "poll reminders sent");
    },
    ...overrides,
  };
}
