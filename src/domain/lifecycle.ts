/**
 * An edition's life on a schedule, planned ahead as jobs (docs/scheduling.md has the timeline):
 *
 *   promo-72h, promo-24h   startsAt - settings.promoReminderHours
 *   start                  startsAt                                   status live
 *   event-start            startsAt                                   the platform event goes live
 *   end                    endsAt                                     event completed, status debriefing, notes asked, after-party opened
 *   escalate-1, -2...      endsAt + questionEscalationMinutes, again while the after-party is open
 *   debrief                endsAt + debriefDelayMinutes               tasks review, report, team poll
 *   poll-close             debrief + pollHours                        results
 *   after-party-end        endsAt + afterPartyHours                   after-party summary
 *   close                  the later of poll-close and after-party-end   status closed
 *
 * Every delay comes from the series' settings. Pure: src/app/planning.ts queues these jobs (and
 * creates the editions a schedule gives), the scheduler in src/jobs runs them.
 */
import type { Edition } from "./edition.js";
import type { NewJob } from "./job.js";
import { type EditionPayload, editionJobKey, JOB_KINDS } from "./job-keys.js";
import type { Series } from "./series.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** When each step of an edition runs. */
export function editionTimeline(series: Series, edition: Pick<Edition, "startsAt" | "endsAt">) {
  const s = series.settings;
  const start = edition.startsAt.getTime();
  const end = edition.endsAt.getTime();
  const debrief = end + s.debriefDelayMinutes * MINUTE;
  const pollClose = debrief + s.pollHours * HOUR;
  const afterPartyEnd = s.afterParty && series.afterPartyChannel ? end + s.afterPartyHours * HOUR : null;
  return {
    promos: [...new Set(s.promoReminderHours)]
      .filter((h) => h > 0)
      .sort((a, b) => b - a)
      .map((hours) => ({ hours, at: new Date(start - hours * HOUR) })),
    start: new Date(start),
    end: new Date(end),
    debrief: new Date(debrief),
    pollClose: new Date(pollClose),
    afterPartyEnd: afterPartyEnd === null ? null : new Date(afterPartyEnd),
    firstEscalation:
      afterPartyEnd === null
        ? null
        : new Date(Math.min(end + s.questionEscalationMinutes * MINUTE, afterPartyEnd)),
    close: new Date(Math.max(pollClose, afterPartyEnd ?? 0)),
  };
}

/** The jobs of one edition; steps whose time is already past at `now` are left out. */
export function editionJobs(series: Series, edition: Edition, now: Date): NewJob[] {
  const at = editionTimeline(series, edition);
  const payload: EditionPayload = { editionId: edition.id, seriesId: series.id };
  const job = (suffix: string, kind: string, runAt: Date, extra: Record<string, unknown> = {}): NewJob => ({
    key: editionJobKey(edition.id, suffix),
    kind,
    workspaceId: series.workspaceId,
    payload: { ...payload, ...extra },
    runAt,
  });
  const jobs: NewJob[] = [
    ...at.promos.map((p) => job(`promo-${p.hours}h`, JOB_KINDS.promo, p.at, { hours: p.hours })),
    job("start", JOB_KINDS.start, at.start),
    job("end", JOB_KINDS.end, at.end),
    job("debrief", JOB_KINDS.debrief, at.debrief),
    job("poll-close", JOB_KINDS.pollClose, at.pollClose),
    job("close", JOB_KINDS.close, at.close),
  ];
  // The event is made when the edition is planned and goes live at its start (the end job
  // completes it before the after-party moves a repeating event on to the next edition).
  if (series.settings.scheduledEvent && series.afterPartyChannel)
    jobs.push(job("event", JOB_KINDS.event, now), job("event-start", JOB_KINDS.eventStart, at.start));
  if (at.afterPartyEnd) jobs.push(job("after-party-end", JOB_KINDS.afterPartyEnd, at.afterPartyEnd));
  if (at.firstEscalation) jobs.push(escalationJob(series, edition, 1, at.firstEscalation));
  // The event job is due "now": it is the one step planned at the moment itself.
  return jobs.filter((j) => j.runAt >= now || j.kind === JOB_KINDS.event);
}

export function escalationJob(series: Series, edition: Edition, round: number, runAt: Date): NewJob {
  return {
    key: editionJobKey(edition.id, `escalate-${round}`),
    kind: JOB_KINDS.escalate,
    workspaceId: series.workspaceId,
    payload: { editionId: edition.id, seriesId: series.id, round },
    runAt,
  };
}
