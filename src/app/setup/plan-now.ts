/**
 * Planning right after a set-up change, instead of at the next hourly planning run
 * (docs/scheduling.md): a saved schedule gets its next editions and their jobs at once, and the
 * editions already planned from the old schedule move to the new one (their pending jobs with
 * them). Editions created by hand (at a time the old schedule did not give) are left where they
 * are. A failure here is logged, never shown: the series is saved, and the hourly planning tries
 * again.
 */
import type { Edition } from "../../domain/edition.js";
import { nextOccurrences } from "../../domain/schedule.js";
import type { Series } from "../../domain/series.js";
import type { Store } from "../../ports.js";
import { planSeries, rescheduleEdition } from "../planning.js";
import type { Services } from "../services.js";

type Schedule = Pick<Series, "cron" | "timeZone" | "durationMinutes">;

/** Planning keeps a handful of editions ahead; this bounds the walk whatever is in the store. */
const MAX_MOVED = 100;

export async function planSavedSchedule(
  { store, clock, log }: Services,
  before: Schedule | null,
  series: Series,
): Promise<void> {
  const now = clock.now();
  try {
    await store.transaction(async (tx) => {
      if (before && scheduleChanged(before, series)) await moveUpcomingEditions(tx, before, series, now);
      const planned = await planSeries(tx, series, now);
      if ("problem" in planned)
        log.warn({ series: series.id, problem: planned.problem }, "schedule not planned");
    });
  } catch (error) {
    log.warn(
      { err: error, series: series.id },
      "planning after set-up failed; the hourly planning will retry",
    );
  }
}

function scheduleChanged(before: Schedule, after: Schedule): boolean {
  return (
    before.cron !== after.cron ||
    before.timeZone !== after.timeZone ||
    before.durationMinutes !== after.durationMinutes
  );
}

/** The upcoming editions the old schedule planned, in order, take the new schedule's times in order. */
async function moveUpcomingEditions(
  store: Store,
  before: Schedule,
  series: Series,
  now: Date,
): Promise<void> {
  if (!before.cron || !series.cron) return;
  const upcoming = (await store.editions.list(series.workspaceId, series.id))
    .filter((e) => e.status === "scheduled" && e.startsAt > now)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const last = upcoming.at(-1);
  if (!last) return;
  const until = new Date(last.startsAt.getTime() + 1);
  const old = nextOccurrences(before.cron, before.timeZone, now, MAX_MOVED, until);
  if (!old.ok) return;
  const oldTimes = new Set(old.value.map((d) => d.getTime()));
  const planned = upcoming.filter((e) => oldTimes.has(e.startsAt.getTime()));
  const times = nextOccurrences(series.cron, series.timeZone, now, planned.length);
  if (!times.ok) return;
  for (const [i, edition] of planned.entries()) {
    const startsAt = times.value[i];
    if (startsAt) await moveEdition(store, series, edition, startsAt, now);
  }
}

async function moveEdition(store: Store, series: Series, edition: Edition, startsAt: Date, now: Date) {
  const endsAt = new Date(startsAt.getTime() + series.durationMinutes * 60_000);
  if (edition.startsAt.getTime() === startsAt.getTime() && edition.endsAt.getTime() === endsAt.getTime())
    return;
  const moved = await store.editions.update(series.workspaceId, edition.id, { startsAt, endsAt });
  await rescheduleEdition(store, series, moved, now);
}
