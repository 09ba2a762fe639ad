/**
 * Finding the edition an interaction is about (the series: series-finder.ts, by the dispatcher).
 *
 * "The current edition" means one thing everywhere (stats, import, notes, polls, tasks, playbook,
 * the App Home): the edition live now, else the last one started, else the next one planned
 * (docs/scheduling.md, "Which edition").
 */
import type { Edition } from "../domain/edition.js";
import { previousOccurrence } from "../domain/schedule.js";
import type { Series } from "../domain/series.js";
import { AfterchatError } from "../errors.js";
import type { Store } from "../ports.js";

/** The live edition, else the last one started, else the next one planned; null when none exists. */
export async function currentEdition(store: Store, series: Series, now: Date): Promise<Edition | null> {
  const started = await store.editions.current(series.workspaceId, series.id, now);
  if (started) return started;
  const upcoming = (await store.editions.list(series.workspaceId, series.id)).filter((e) => e.startsAt > now);
  return upcoming.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0] ?? null;
}

/** An edition by number, or the current one. */
export async function requireEdition(
  store: Store,
  series: Series,
  number: number | null,
  now: Date,
): Promise<Edition> {
  const edition =
    number === null
      ? await currentEdition(store, series, now)
      : await store.editions.byNumber(series.workspaceId, series.id, number);
  if (edition) return edition;
  if (number === null) throw new AfterchatError("edition_none", { hashtag: series.hashtag });
  throw new AfterchatError("edition_not_found", { number, hashtag: series.hashtag });
}

/**
 * The edition notes, polls and tasks attach to: the current one, else a first edition created now
 * (ending now, lasting the series' duration). `created` tells the caller to say so.
 */
export async function editionForDebrief(
  store: Store,
  series: Series,
  now: Date,
): Promise<{ edition: Edition; created: boolean }> {
  const current = await currentEdition(store, series, now);
  if (current) return { edition: current, created: false };
  return { edition: await createPastEdition(store, series, now), created: true };
}

/**
 * The edition an import without a number fills: the current one once it has started; before any
 * edition started (a file of a chat held before the first planned one) the chat that just happened,
 * created: the schedule's last occurrence before now, else one ending now. Its number follows its
 * date, so the planned editions after it move up one.
 */
export async function editionForImport(
  store: Store,
  series: Series,
  now: Date,
): Promise<{ edition: Edition; created: boolean }> {
  const current = await currentEdition(store, series, now);
  if (current && current.startsAt <= now) return { edition: current, created: false };
  return { edition: await createPastEdition(store, series, now), created: true };
}

async function createPastEdition(store: Store, series: Series, now: Date): Promise<Edition> {
  const duration = series.durationMinutes * 60_000;
  const scheduled = series.cron
    ? previousOccurrence(series.cron, series.timeZone, new Date(now.getTime() - duration))
    : null;
  const startsAt = scheduled ?? new Date(now.getTime() - duration);
  const existing = (await store.editions.list(series.workspaceId, series.id)).find(
    (e) => e.startsAt.getTime() === startsAt.getTime(),
  );
  if (existing) return existing;
  return store.editions.create({
    workspaceId: series.workspaceId,
    seriesId: series.id,
    startsAt,
    endsAt: new Date(startsAt.getTime() + duration),
    status: "debriefing",
  });
}
