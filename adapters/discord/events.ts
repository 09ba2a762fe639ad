/**
 * Guild scheduled events for the next edition, as Discord has them: in a voice or stage channel
 * the event takes place there; otherwise it is "external", located at the first URL of the
 * description (the hashtag's page), else the channel's link. A series whose schedule Discord can
 * repeat gets a recurrence rule (src/domain/recurrence.ts). An event afterchat made before is
 * edited in place (time, name, rule); a server already holding Discord's 100 scheduled or active
 * events gets none, and the caller is told.
 *
 * Discord starts and ends only external events by itself; a voice or stage event stays SCHEDULED
 * (then is cancelled hours later) unless the bot sets it ACTIVE, then COMPLETED. moveGuildEvent
 * does that, only along the transitions Discord allows (SCHEDULED -> ACTIVE | CANCELED,
 * ACTIVE -> COMPLETED): completing an event that never started starts it first.
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-object-valid-guild-scheduled-event-status-transitions
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#create-guild-scheduled-event
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#modify-guild-scheduled-event
 */
import {
  ChannelType,
  type Client,
  DiscordAPIError,
  type Guild,
  GuildScheduledEventEntityType,
  GuildScheduledEventPrivacyLevel,
  GuildScheduledEventRecurrenceRuleFrequency,
  type GuildScheduledEventRecurrenceRuleOptions,
  GuildScheduledEventStatus,
} from "discord.js";
import type { Recurrence } from "../../src/domain/recurrence.js";
import type { EventMove, ScheduledEvent } from "../../src/edge.js";
import { truncate } from "../../src/render/markup.js";
import { channelRef, type DecodedRef, discordUrl } from "./refs.js";

const EVENT_NAME_MAX = 100;
const EVENT_DESCRIPTION_MAX = 1000;
const LOCATION_MAX = 100;
/** "A guild can have a maximum of 100 events with SCHEDULED or ACTIVE status at any time." */
export const UPCOMING_MAX = 100;
/** Maximum number of uncompleted guild scheduled events reached. */
const TOO_MANY_EVENTS = 30038;
const UNKNOWN_EVENT = 10070;
/** "Cannot update a finished event" (completed or cancelled). */
const FINISHED_EVENT = 180000;

export type EventAnswer = { eventRef: string } | { refused: "limit" };

export async function scheduleGuildEvent(
  client: Client,
  guild: Guild,
  ref: DecodedRef,
  event: ScheduledEvent,
  /** The id of the event to edit. */
  replaces: string | undefined,
): Promise<EventAnswer> {
  const place = await client.channels.fetch(ref.targetId).catch(() => null);
  const voice = place?.type === ChannelType.GuildVoice || place?.type === ChannelType.GuildStageVoice;
  const common = {
    name: truncate(event.name, EVENT_NAME_MAX),
    description: truncate(event.description, EVENT_DESCRIPTION_MAX),
    scheduledStartTime: event.startsAt,
    scheduledEndTime: event.endsAt,
    privacyLevel: GuildScheduledEventPrivacyLevel.GuildOnly,
    ...(voice && place
      ? {
          channel: place.id,
          entityType:
            place.type === ChannelType.GuildVoice
              ? GuildScheduledEventEntityType.Voice
              : GuildScheduledEventEntityType.StageInstance,
        }
      : {
          entityType: GuildScheduledEventEntityType.External,
          entityMetadata: { location: location(event.description, ref) },
        }),
  } as const;
  const recurrenceRule = event.recurrence ? ruleOf(event.recurrence) : null;

  if (replaces) {
    try {
      const edited = await guild.scheduledEvents.edit(replaces, { ...common, recurrenceRule });
      return { eventRef: channelRef(ref.guildId, edited.id) };
    } catch (error) {
      // Deleted by someone, or already over (completed, cancelled): make a new one.
      if (!(isGone(error) || (error instanceof DiscordAPIError && error.code === FINISHED_EVENT)))
        throw error;
    }
  }
  if ((await upcomingCount(guild)) >= UPCOMING_MAX) return { refused: "limit" };
  try {
    const created = await guild.scheduledEvents.create({
      ...common,
      ...(recurrenceRule ? { recurrenceRule } : {}),
    });
    return { eventRef: channelRef(ref.guildId, created.id) };
  } catch (error) {
    if (error instanceof DiscordAPIError && error.code === TOO_MANY_EVENTS) return { refused: "limit" };
    throw error;
  }
}

/** Sets the event ACTIVE or COMPLETED, moving only forward; see EventMove. */
export async function moveGuildEvent(
  guild: Guild,
  eventId: string,
  wanted: "active" | "completed",
): Promise<EventMove> {
  try {
    const event = await guild.scheduledEvents.fetch({ guildScheduledEvent: eventId, force: true });
    const { Scheduled, Active, Completed } = GuildScheduledEventStatus;
    if (event.status === GuildScheduledEventStatus.Canceled) return "over";
    if (wanted === "active") {
      if (event.status === Active) return "already";
      if (event.status === Completed) return "over";
      await guild.scheduledEvents.edit(eventId, { status: Active });
      return "moved";
    }
    if (event.status === Completed) return "already";
    if (event.status === Scheduled) await guild.scheduledEvents.edit(eventId, { status: Active });
    await guild.scheduledEvents.edit(eventId, { status: Completed });
    return "moved";
  } catch (error) {
    if (isGone(error)) return "gone";
    // Finished by someone (or by Discord) between the read and the change.
    if (error instanceof DiscordAPIError && error.code === FINISHED_EVENT) return "over";
    throw error;
  }
}

function isGone(error: unknown): boolean {
  return error instanceof DiscordAPIError && (error.code === UNKNOWN_EVENT || error.status === 404);
}

/** Scheduled or active events of the server (the ones Discord's cap counts). */
async function upcomingCount(guild: Guild): Promise<number> {
  const events = await guild.scheduledEvents.fetch();
  return events.filter(
    (e) => e.status === GuildScheduledEventStatus.Scheduled || e.status === GuildScheduledEventStatus.Active,
  ).size;
}

function ruleOf(recurrence: Recurrence): GuildScheduledEventRecurrenceRuleOptions {
  const frequency =
    recurrence.frequency === "weekly"
      ? GuildScheduledEventRecurrenceRuleFrequency.Weekly
      : GuildScheduledEventRecurrenceRuleFrequency.Daily;
  // Every day: no byWeekday at all (Discord takes only its known day sets there).
  return {
    startAt: recurrence.start,
    frequency,
    interval: recurrence.interval,
    ...(recurrence.weekdays ? { byWeekday: recurrence.weekdays } : {}),
  } as GuildScheduledEventRecurrenceRuleOptions;
}

function location(description: string, ref: DecodedRef): string {
  const url = /https?:\/\/\S+/u.exec(description)?.[0];
  return truncate(url ?? discordUrl(ref.guildId, ref.parentId ?? ref.targetId), LOCATION_MAX);
}
