/**
 * Guild scheduled events for the next edition, as Discord has them: in a voice or stage channel
 * the event takes place there; otherwise it is "external", located at the first URL of the
 * description (the hashtag's page), else the channel's link. A series whose schedule Discord can
 * repeat gets a recurrence rule (src/domain/recurrence.ts). An event afterchat made before is
 * edited in place (time, name, rule); a server already holding Discord's 100 scheduled or active
 * events gets none, and the caller is told.
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
import type { ScheduledEvent } from "../../src/edge.js";
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
      // Deleted by someone, or already over: make a new one.
      if (!(error instanceof DiscordAPIError && (error.code === UNKNOWN_EVENT || error.status === 404)))
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
