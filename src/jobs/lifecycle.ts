/**
 * An edition's life on a schedule, planned ahead as jobs (docs/scheduling.md has the timeline):
 *
 *   promo-72h, promo-24h   startsAt - settings.promoReminderHours
 *   start                  startsAt                                   status live
 *   end                    endsAt                                     status debriefing, notes asked, after-party opened
 *   escalate-1, -2...      endsAt + questionEscalationMinutes, again while the after-party is open
 *   debrief                endsAt + debriefDelayMinutes               tasks review, report, team poll
 *   poll-close             debrief + pollHours                        results
 *   after-party-end        endsAt + afterPartyHours                   after-party summary
 *   close                  the later of poll-close and after-party-end   status closed
 *
 * Every delay comes from the series' settings. Planning is idempotent: an occurrence already
 * planned (same series, same start) is not created again, and job keys are stable.
 */
import type { Edition } from "../domain/edition.js";
import type { NewJob } from "../domain/job.js";
import { nextOccurrences } from "../domain/schedule.js";
import type { Series } from "../domain/series.js";
import type { Store } from "../ports.js";
import { type EditionPayload, editionJobKey, JOB_KINDS } from "./keys.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Never more editions ahead than this, whatever the cron (a cron every minute is a mistake). */
const MAX_AHEAD = 10;

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
  if (series.settings.scheduledEvent) jobs.push(job("event", JOB_KINDS.event, now));
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

/** Queues an edition's jobs (again: known keys are left alone). Returns how many were new. */
export async function scheduleEditionJobs(store: Store, series: Series, edition: Edition, now: Date) {
  let added = 0;
  for (const job of editionJobs(series, edition, now)) if (await store.jobs.schedule(job)) added += 1;
  return added;
}

/**
 * An edition that moved (new times) or was cancelled: its pending jobs are removed so that
 * planning can queue them again at the new times. For the use cases that move editions.
 */
export async function rescheduleEdition(store: Store, series: Series, edition: Edition, now: Date) {
  await store.jobs.cancelPending(`edition:${edition.id}:`);
  return scheduleEditionJobs(store, series, edition, now);
}

export interface PlanOutcome {
  created: Array<{ seriesId: string; number: number; startsAt: Date }>;
  jobs: number;
  /** Series whose cron or zone cannot be read (set-up validates both; the database may not). */
  unreadable: Array<{ seriesId: string; problem: string }>;
}

/**
 * Creates the upcoming editions of every scheduled series (the next one at least, and all those
 * starting within the longest promotion reminder plus a day) and queues their jobs; then queues
 * the jobs of editions created by hand (`/afterchat edition new`) that are still to come.
 */
export async function planEditions(store: Store, now: Date): Promise<PlanOutcome> {
  const outcome: PlanOutcome = { created: [], jobs: 0, unreadable: [] };
  for (const series of await store.series.listScheduledAcrossWorkspaces()) {
    const planned = await planSeries(store, series, now);
    if ("problem" in planned) outcome.unreadable.push({ seriesId: series.id, problem: planned.problem });
    else {
      outcome.created.push(...planned.created);
      outcome.jobs += planned.jobs;
    }
  }
  const seriesById = new Map<string, Series | null>();
  for (const edition of await store.editions.listByStatusAcrossWorkspaces(["scheduled"])) {
    if (edition.startsAt <= now) continue;
    if (!seriesById.has(edition.seriesId))
      seriesById.set(edition.seriesId, await store.series.getAcrossWorkspaces(edition.seriesId));
    const series = seriesById.get(edition.seriesId);
    if (series?.active) outcome.jobs += await scheduleEditionJobs(store, series, edition, now);
  }
  return outcome;
}

/** One series' planning (also for the set-up use case, right after a schedule is saved). */
export async function planSeries(
  store: Store,
  series: Series,
  now: Date,
): Promise<{ problem: string } | Omit<PlanOutcome, "unreadable">> {
  if (!series.cron || !series.active) return { created: [], jobs: 0 };
  const lookAhead = Math.max(0, ...series.settings.promoReminderHours) * HOUR + 24 * HOUR;
  const occurrences = nextOccurrences(series.cron, series.timeZone, now, MAX_AHEAD);
  if (!occurrences.ok) return { problem: occurrences.error };
  const wanted = occurrences.value.filter((d, i) => i === 0 || d.getTime() - now.getTime() <= lookAhead);
  const existing = await store.editions.list(series.workspaceId, series.id);
  const created: Array<{ seriesId: string; number: number; startsAt: Date }> = [];
  let jobs = 0;
  for (const startsAt of wanted) {
    let edition = existing.find((e) => e.startsAt.getTime() === startsAt.getTime());
    if (!edition) {
      edition = await store.editions.create({
        workspaceId: series.workspaceId,
        seriesId: series.id,
        number: await store.editions.nextNumber(series.workspaceId, series.id),
        startsAt,
        endsAt: new Date(startsAt.getTime() + series.durationMinutes * MINUTE),
        status: "scheduled",
      });
      created.push({ seriesId: series.id, number: edition.number, startsAt });
    }
    if (edition.status === "closed") continue;
    jobs += await scheduleEditionJobs(store, series, edition, now);
  }
  return { created, jobs };
}
