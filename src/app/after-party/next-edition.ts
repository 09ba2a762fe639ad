/**
 * The edition after this one: an edition already planned in the store (it may carry a topic),
 * else the series' next scheduled start by its cron (the scheduler's own walk, src/domain/schedule.ts,
 * so the after-party announces the time planning will use). Null for a series without either.
 */
import type { Edition } from "../../domain/edition.js";
import { nextOccurrence } from "../../domain/schedule.js";
import type { Series } from "../../domain/series.js";
import type { Store } from "../../ports.js";

export interface NextEdition {
  number: number;
  startsAt: Date;
  endsAt: Date;
  topic: string | null;
}

export async function nextEdition(store: Store, series: Series, after: Edition): Promise<NextEdition | null> {
  const planned = (await store.editions.list(series.workspaceId, series.id))
    .filter((e) => e.id !== after.id && e.startsAt >= after.endsAt)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  if (planned)
    return {
      number: planned.number,
      startsAt: planned.startsAt,
      endsAt: planned.endsAt,
      topic: planned.topic,
    };
  if (!series.cron) return null;
  const startsAt = nextOccurrence(series.cron, series.timeZone, after.endsAt);
  if (!startsAt) return null;
  return {
    number: Math.max(after.number + 1, await store.editions.nextNumber(series.workspaceId, series.id)),
    startsAt,
    endsAt: new Date(startsAt.getTime() + series.durationMinutes * 60_000),
    topic: null,
  };
}
