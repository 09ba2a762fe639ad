/**
 * After the schedule or an upcoming edition's topic changed: the Discord event already made for
 * the upcoming edition follows (time, topic, recurrence). Nothing is created here (events are made
 * when an edition is planned or an after-party opens), and a failure is logged, never shown: the
 * change itself is saved, and the next after-party brings the event up to date again.
 */
import type { Series } from "../../domain/series.js";
import { channelTranslator } from "../channel-locale.js";
import type { Services } from "../services.js";
import { type EventOutcome, ensureNextEditionEvent, lastEventRecord } from "./scheduled-event.js";

export async function refreshUpcomingEvent(services: Services, series: Series): Promise<EventOutcome | null> {
  const { store, clock, log } = services;
  try {
    const last = await lastEventRecord(store, series);
    if (!last) return null;
    const now = clock.now();
    const upcoming = (await store.editions.list(series.workspaceId, series.id))
      .filter((e) => e.status === "scheduled" && e.startsAt > now)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
    // A one-off event belongs to its edition: only that edition's changes move it.
    if (!upcoming || (last.recurrence === null && last.number !== upcoming.number)) return null;
    const t = await channelTranslator(store, series);
    const { number, startsAt, endsAt, topic } = upcoming;
    return await ensureNextEditionEvent(services, series, { number, startsAt, endsAt, topic }, t);
  } catch (error) {
    log.warn({ err: error, series: series.id }, "scheduled event not brought up to date");
    return null;
  }
}
