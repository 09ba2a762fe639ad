/**
 * Planning of watched chats, like a series' (src/app/planning.ts): the next occurrences of each
 * watch's schedule become watched editions (unique per watch and start), each with two jobs whose
 * keys name the edition, so planning any number of times, in any number of processes, queues each
 * reminder and each report once.
 */
import { JOB_KINDS, watchJobKey } from "../../domain/job-keys.js";
import { nextOccurrences } from "../../domain/schedule.js";
import { type Watch, watchEditionWindow } from "../../domain/watch.js";
import type { Store } from "../../ports.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Editions planned ahead: the next one always, others starting within a day. */
const LOOK_AHEAD = 25 * HOUR;
const MAX_AHEAD = 10;
/** The mini-report waits this long after the end, for late answers and counts to settle. */
export const WATCH_REPORT_DELAY_MINUTES = 30;

export interface WatchPlanOutcome {
  jobs: number;
  unreadable: Array<{ watchId: string; problem: string }>;
}

/** One watch's next editions and their jobs; returns how many jobs were new. */
export async function planWatch(
  store: Store,
  watch: Watch,
  now: Date,
): Promise<number | { problem: string }> {
  if (!watch.cron) return 0;
  const occurrences = nextOccurrences(watch.cron, watch.timeZone, now, MAX_AHEAD);
  if (!occurrences.ok) return { problem: occurrences.error };
  const wanted = occurrences.value.filter((d, i) => i === 0 || d.getTime() - now.getTime() <= LOOK_AHEAD);
  let jobs = 0;
  for (const startsAt of wanted) {
    const edition = await store.watchEditions.ensure(
      watch.workspaceId,
      watch.id,
      watchEditionWindow(watch, startsAt),
    );
    const payload = { watchId: watch.id, watchEditionId: edition.id };
    const remindAt = new Date(edition.startsAt.getTime() - watch.remindMinutes * MINUTE);
    if (remindAt > now && watch.remindMinutes > 0)
      jobs += Number(
        await store.jobs.schedule({
          key: watchJobKey(watch.id, edition.id, "remind"),
          kind: JOB_KINDS.watchRemind,
          workspaceId: watch.workspaceId,
          payload,
          runAt: remindAt,
        }),
      );
    if (edition.status === "scheduled")
      jobs += Number(
        await store.jobs.schedule({
          key: watchJobKey(watch.id, edition.id, "report"),
          kind: JOB_KINDS.watchReport,
          workspaceId: watch.workspaceId,
          payload,
          runAt: new Date(edition.endsAt.getTime() + WATCH_REPORT_DELAY_MINUTES * MINUTE),
        }),
      );
  }
  return jobs;
}

/** Every scheduled watch of every active workspace (the hourly planning job). */
export async function planWatches(store: Store, now: Date): Promise<WatchPlanOutcome> {
  const outcome: WatchPlanOutcome = { jobs: 0, unreadable: [] };
  for (const watch of await store.watches.listScheduledAcrossWorkspaces()) {
    const planned = await planWatch(store, watch, now);
    if (typeof planned === "number") outcome.jobs += planned;
    else outcome.unreadable.push({ watchId: watch.id, problem: planned.problem });
  }
  return outcome;
}
