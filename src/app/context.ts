/** Finding the edition an interaction is about (the series: series-finder.ts, by the dispatcher). */
import type { Edition } from "../domain/edition.js";
import type { Series } from "../domain/series.js";
import { AfterchatError } from "../errors.js";
import type { Store } from "../ports.js";

/** An edition by number, or the current one (live, else the last started). */
export async function requireEdition(
  store: Store,
  series: Series,
  number: number | null,
  now: Date,
): Promise<Edition> {
  const edition =
    number === null
      ? await store.editions.current(series.workspaceId, series.id, now)
      : await store.editions.byNumber(series.workspaceId, series.id, number);
  if (!edition)
    throw new AfterchatError("edition_not_found", { number: number ?? 1, hashtag: series.hashtag });
  return edition;
}

/**
 * The edition notes and polls attach to: the live or last started one; else the next scheduled
 * one; else a first edition created now (ending now, lasting the series' duration). `created`
 * tells the caller to say so.
 */
export async function editionForDebrief(
  store: Store,
  series: Series,
  now: Date,
): Promise<{ edition: Edition; created: boolean }> {
  const current = await store.editions.current(series.workspaceId, series.id, now);
  if (current) return { edition: current, created: false };
  const upcoming = (await store.editions.list(series.workspaceId, series.id)).filter((e) => e.startsAt > now);
  const next = upcoming.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  if (next) return { edition: next, created: false };
  const number = await store.editions.nextNumber(series.workspaceId, series.id);
  const startsAt = new Date(now.getTime() - series.durationMinutes * 60_000);
  const edition = await store.editions.create({
    workspaceId: series.workspaceId,
    seriesId: series.id,
    number,
    startsAt,
    endsAt: now,
    status: "debriefing",
  });
  return { edition, created: true };
}
