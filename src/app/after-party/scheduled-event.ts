/**
 * The platform scheduled event (Discord) for a series' next edition, created once per edition
 * start: the creation is written to the audit log, and an event already recorded for that start
 * is not created again (the after-party may be opened twice, by a retry or by hand).
 */
import type { Series } from "../../domain/series.js";
import type { Translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import type { Services } from "../services.js";
import { hashtagUrl } from "./hashtag-url.js";
import type { NextEdition } from "./next-edition.js";

export const EVENT_CREATED = "afterparty.event";
const SUBJECT = "scheduled_event";

export type EventOutcome =
  | { status: "created"; eventRef: string; startsAt: Date }
  | { status: "exists"; eventRef: string; startsAt: Date }
  | { status: "skipped"; reason: "disabled" | "no_schedule" | "no_channel" | "unsupported" };

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
  const subjectId = `${series.id}@${next.startsAt.toISOString()}`;
  const existing = await recorded(store, series.workspaceId, subjectId);
  if (existing) return { status: "exists", eventRef: existing, startsAt: next.startsAt };

  const url = hashtagUrl(series);
  const values = {
    hashtag: series.hashtag,
    title: series.title,
    number: next.number,
    topic: next.topic ?? "",
    url,
  };
  const created = await platform.scheduleEvent(channel, {
    name: t.t(next.topic ? "afterparty.event.nameTopic" : "afterparty.event.name", values),
    description: t.t(
      next.topic ? "afterparty.event.descriptionTopic" : "afterparty.event.description",
      values,
    ),
    startsAt: next.startsAt,
    endsAt: next.endsAt,
  });
  if (!created) return { status: "skipped", reason: "unsupported" };
  await store.audit.append({
    workspaceId: series.workspaceId,
    actorRef: "afterchat",
    action: EVENT_CREATED,
    subjectType: SUBJECT,
    subjectId,
    detail: { eventRef: created.eventRef, number: next.number, channel },
  });
  return { status: "created", eventRef: created.eventRef, startsAt: next.startsAt };
}

async function recorded(store: Store, workspaceId: string, subjectId: string): Promise<string | null> {
  const events = await store.audit.list(workspaceId, { subjectType: SUBJECT, subjectId });
  const found = events.find((e) => e.action === EVENT_CREATED);
  return found ? String(found.detail.eventRef ?? "") : null;
}
