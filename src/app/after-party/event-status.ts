/**
 * An edition's scheduled event goes live when the edition starts and is over when it ends:
 * Discord starts and ends only external events by itself, and cancels a voice or stage event
 * nobody started (adapters/discord/events.ts). A step that runs late (afterchat was stopped)
 * moves the event to where the edition is now: past its end it is completed, never started. An
 * event someone deleted stays deleted (logged): they may have meant it.
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-status-update-automation
 */
import type { Edition } from "../../domain/edition.js";
import type { Series } from "../../domain/series.js";
import type { EventMove } from "../../edge.js";
import type { Services } from "../services.js";
import { editionEventRef } from "./scheduled-event.js";

export type EventStatusOutcome =
  | { status: EventMove; eventRef: string; to: "active" | "completed" }
  | { status: "skipped"; reason: "no_event" | "unsupported" };

export async function moveEditionEvent(
  services: Services,
  series: Series,
  edition: Edition,
  wanted: "active" | "completed",
): Promise<EventStatusOutcome> {
  const { store, clock, log } = services;
  const to = wanted === "active" && clock.now() >= edition.endsAt ? "completed" : wanted;
  const eventRef = await editionEventRef(store, series, edition);
  if (!eventRef) return { status: "skipped", reason: "no_event" };
  const moved = (await services.platforms.for(eventRef)?.setEventStatus(eventRef, to)) ?? null;
  if (!moved) return { status: "skipped", reason: "unsupported" };
  if (moved === "gone")
    log.warn(
      { series: series.id, edition: edition.id, eventRef },
      "scheduled event deleted on the platform: left so",
    );
  return { status: moved, eventRef, to };
}
