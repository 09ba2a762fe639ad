/**
 * The platform scheduled event (Discord) for a series' next edition, as Discord has them:
 * - a schedule Discord can repeat (src/domain/recurrence.ts) gets one event with a recurrence
 *   rule, kept for the next editions and brought up to date (time, topic, rule) each time;
 * - otherwise each edition has its own event, updated when its time or topic changes;
 * - a server holding Discord's 100 upcoming events gets none, and the moderators are told once, in
 *   the debrief channel.
 * What was created is written to the audit log (subject: the series), so an event is never created
 * twice for one edition (the after-party may be opened twice, by a retry or by hand).
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#create-guild-scheduled-event
 */
import type { Edition } from "../../domain/edition.js";
import { type Recurrence, recurrenceOf } from "../../domain/recurrence.js";
import type { Series } from "../../domain/series.js";
import type { ScheduledEvent } from "../../edge.js";
import type { Translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import { sentence } from "../../render/message.js";
import type { Services } from "../services.js";
import { hashtagUrl } from "./hashtag-url.js";
import type { NextEdition } from "./next-edition.js";

export const EVENT_CREATED = "afterparty.event";
export const EVENT_UPDATED = "afterparty.event.updated";
const EVENT_LIMIT = "afterparty.event.limit";
const SUBJECT = "scheduled_event";
/** Discord's cap on a server's scheduled or active events. */
export const UPCOMING_EVENTS_MAX = 100;

export type EventOutcome =
  | { status: "created" | "updated" | "exists"; eventRef: string; startsAt: Date; recurring: boolean }
  | { status: "skipped"; reason: "disabled" | "no_schedule" | "no_channel" | "unsupported" | "limit" };

/** What the audit keeps of the event last made for a series. */
export interface EventRecord {
  eventRef: string;
  number: number;
  name: string;
  description: string;
  startsAt: string;
  endsAt: string;
  recurrence: string | null;
}

export async function ensureNextEditionEvent(
  services: Services,
  series: Series,
  next: NextEdition | null,
  t: Translator,
): Promise<EventOutcome> {
  const { store } = services;
  if (!series.settings.scheduledEvent) return { status: "skipped", reason: "disabled" };
  if (!series.cron || !next) return { status: "skipped", reason: "no_schedule" };
  const channel = series.afterPartyChannel;
  const platform = channel ? services.platforms.for(channel) : null;
  if (!channel || !platform) return { status: "skipped", reason: "no_channel" };

  const event = eventFor(series, next, t);
  const wanted = recordOf(event, next.number);
  const last = await lastEventRecord(store, series);
  if (!last) {
    const legacy = await legacyRecord(store, series, next.startsAt);
    if (legacy) return { status: "exists", eventRef: legacy, startsAt: next.startsAt, recurring: false };
  }
  // A repeating event still serving an edition that is not over stays with it: the edition's end
  // completes it, then the next edition gets it (or a new one).
  if (last?.recurrence && last.number < next.number && new Date(last.endsAt) > services.clock.now())
    return { status: "exists", eventRef: last.eventRef, startsAt: next.startsAt, recurring: true };
  // A repeating event carries on to the next edition; otherwise only this edition's own event is reused.
  const reusable = last && (last.number === next.number || last.recurrence !== null) ? last : null;
  if (reusable && sameEvent(reusable, wanted))
    return {
      status: "exists",
      eventRef: reusable.eventRef,
      startsAt: next.startsAt,
      recurring: !!event.recurrence,
    };

  const made = await platform.scheduleEvent(
    channel,
    event,
    reusable ? { replaces: reusable.eventRef } : undefined,
  );
  if (!made) return { status: "skipped", reason: "unsupported" };
  if ("refused" in made) {
    await tellModeratorsOnce(services, series, next, t);
    return { status: "skipped", reason: "limit" };
  }
  const updated = reusable !== null && made.eventRef === reusable.eventRef;
  await store.audit.append({
    workspaceId: series.workspaceId,
    actorRef: "afterchat",
    action: updated ? EVENT_UPDATED : EVENT_CREATED,
    subjectType: SUBJECT,
    subjectId: series.id,
    detail: { ...wanted, eventRef: made.eventRef, channel },
  });
  return {
    status: updated ? "updated" : "created",
    eventRef: made.eventRef,
    startsAt: next.startsAt,
    recurring: !!event.recurrence,
  };
}

function eventFor(series: Series, next: NextEdition, t: Translator): ScheduledEvent {
  const values = {
    hashtag: series.hashtag,
    title: series.title,
    number: next.number,
    topic: next.topic ?? "",
    url: hashtagUrl(series),
  };
  const recurrence: Recurrence | null = series.cron
    ? recurrenceOf(series.cron, series.timeZone, next.startsAt)
    : null;
  return {
    name: t.t(next.topic ? "afterparty.event.nameTopic" : "afterparty.event.name", values),
    description: t.t(
      next.topic ? "afterparty.event.descriptionTopic" : "afterparty.event.description",
      values,
    ),
    startsAt: next.startsAt,
    endsAt: next.endsAt,
    recurrence,
  };
}

function recordOf(event: ScheduledEvent, number: number): Omit<EventRecord, "eventRef"> {
  const rule = event.recurrence;
  return {
    number,
    name: event.name,
    description: event.description,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    recurrence: rule ? `${rule.frequency}/${rule.interval}/${rule.weekdays?.join(",") ?? "*"}` : null,
  };
}

function sameEvent(a: EventRecord, b: Omit<EventRecord, "eventRef">): boolean {
  return (
    a.number === b.number &&
    a.name === b.name &&
    a.description === b.description &&
    a.startsAt === b.startsAt &&
    a.endsAt === b.endsAt &&
    a.recurrence === b.recurrence
  );
}

/** The event last made (or edited) for this series, as recorded. */
export async function lastEventRecord(store: Store, series: Series): Promise<EventRecord | null> {
  return (await eventRecords(store, series))[0] ?? null;
}

/** Every event made or edited for this series, the latest first. */
async function eventRecords(store: Store, series: Series): Promise<EventRecord[]> {
  const events = await store.audit.list(series.workspaceId, { subjectType: SUBJECT, subjectId: series.id });
  return events
    .filter((e) => e.action === EVENT_CREATED || e.action === EVENT_UPDATED)
    .map(({ detail: d }) => ({
      eventRef: String(d.eventRef ?? ""),
      number: Number(d.number ?? 0),
      name: String(d.name ?? ""),
      description: String(d.description ?? ""),
      startsAt: String(d.startsAt ?? ""),
      endsAt: String(d.endsAt ?? ""),
      recurrence: typeof d.recurrence === "string" ? d.recurrence : null,
    }));
}

/**
 * The event of this edition: the one last made or moved for it; else a repeating event made for
 * an earlier edition, which repeats into this one. Null: it has none.
 */
export async function editionEventRef(
  store: Store,
  series: Series,
  edition: Pick<Edition, "number" | "startsAt">,
): Promise<string | null> {
  const records = await eventRecords(store, series);
  const own = records.find((r) => r.number === edition.number)?.eventRef;
  if (own) return own;
  const legacy = await legacyRecord(store, series, edition.startsAt);
  if (legacy) return legacy;
  return records.find((r) => r.recurrence !== null && r.number < edition.number)?.eventRef || null;
}

/** Events recorded before series-wide records (subject `series@start`): still never made twice. */
async function legacyRecord(store: Store, series: Series, startsAt: Date): Promise<string | null> {
  const subjectId = `${series.id}@${startsAt.toISOString()}`;
  const events = await store.audit.list(series.workspaceId, { subjectType: SUBJECT, subjectId });
  const found = events.find((e) => e.action === EVENT_CREATED);
  return found ? String(found.detail.eventRef ?? "") : null;
}

/** The server is full of events: the moderators read why there is none, once per edition. */
async function tellModeratorsOnce(
  services: Services,
  series: Series,
  next: NextEdition,
  t: Translator,
): Promise<void> {
  const { store } = services;
  const subjectId = `${series.id}#${next.number}`;
  const told = await store.audit.list(series.workspaceId, { subjectType: SUBJECT, subjectId });
  if (told.some((e) => e.action === EVENT_LIMIT)) return;
  const channel = series.debriefChannel;
  const debrief = channel ? services.platforms.for(channel) : null;
  if (channel && debrief)
    await debrief.post(
      channel,
      sentence(
        t.t("afterparty.event.limit", {
          hashtag: series.hashtag,
          number: next.number,
          max: UPCOMING_EVENTS_MAX,
        }),
      ),
    );
  await store.audit.append({
    workspaceId: series.workspaceId,
    actorRef: "afterchat",
    action: EVENT_LIMIT,
    subjectType: SUBJECT,
    subjectId,
    detail: { number: next.number },
  });
}
