/**
 * Planning: the editions a schedule gives and the jobs of each (src/domain/lifecycle.ts says
 * which and when). Idempotent: an occurrence already planned (same series, same start) is not
 * created again and job keys are stable, so the hourly planning run (src/jobs) and the set-up use
 * cases that plan at once can both call it any number of times.
 */
import type { Edition } from "../domain/edition.js";
import { editionJobs } from "../domain/lifecycle.js";
import { nextOccurrences } from "../domain/schedule.js";
import type { Series } from "../domain/series.js";
import type { Store } from "../ports.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Never more editions ahead than this, whatever the cron (a cron every minute is a mistake). */
const MAX_AHEAD = 10;

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
