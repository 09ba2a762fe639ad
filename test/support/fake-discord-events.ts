/**
 * What real Discord refuses for guild scheduled events, so a test against the fake fails where
 * Discord would: more than 100 scheduled or active events in a server (30038); an external event
 * without an end time or location, a voice or stage event without its channel (50035); a
 * recurrence rule outside Discord's system limitations (daily: every day or one of six known day
 * sets; weekly: one day, interval 1 or 2; monthly: one n-th weekday; yearly: one month and day;
 * `count`, `end` and `by_year_day` cannot be set); a status move Discord does not allow, or any
 * change to a completed or cancelled event.
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-recurrence-rule-object
 */
import type { Json } from "./fake-discord-data.js";

export const UPCOMING_EVENTS_MAX = 100;
const SCHEDULED = 1;
const ACTIVE = 2;
const COMPLETED = 3;
const CANCELED = 4;
const KNOWN_DAILY_SETS = ["0,1,2,3,4", "1,2,3,4,5", "0,1,2,3,6", "4,5", "5,6", "0,6"];

/** Discord's only status moves: SCHEDULED -> ACTIVE | CANCELED, ACTIVE -> COMPLETED. */
const TRANSITIONS: Record<number, number[]> = { [SCHEDULED]: [ACTIVE, CANCELED], [ACTIVE]: [COMPLETED] };

/**
 * Why Discord would refuse this edit of `event` for its status: a completed or cancelled event
 * cannot be updated at all (180000); a status move outside TRANSITIONS is an invalid form (50035).
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-object-valid-guild-scheduled-event-status-transitions
 */
export function statusProblem(event: Json, body: Json): { code: number; message: string } | null {
  if (event.status === COMPLETED || event.status === CANCELED)
    return { code: 180000, message: "Cannot update a finished event" };
  if (!("status" in body)) return null;
  const to = Number(body.status);
  return TRANSITIONS[Number(event.status)]?.includes(to)
    ? null
    : { code: 50035, message: `Invalid Form Body: status: cannot go from ${event.status} to ${to}` };
}

export function isUpcoming(event: Json): boolean {
  return event.status === SCHEDULED || event.status === ACTIVE;
}

/** Why Discord would refuse this event (merged with what it already was, for an edit); null: fine. */
export function eventProblem(event: Json): string | null {
  if (event.entity_type === 3) {
    if (!event.scheduled_end_time) return "scheduled_end_time: required for external events";
    const location = (event.entity_metadata as Json | null)?.location;
    if (!location) return "entity_metadata.location: required for external events";
  } else if (!event.channel_id) return "channel_id: required for voice and stage events";
  if (event.scheduled_end_time && String(event.scheduled_end_time) <= String(event.scheduled_start_time))
    return "scheduled_end_time: must be after the start";
  const rule = event.recurrence_rule as Json | null | undefined;
  return rule ? recurrenceProblem(rule) : null;
}

function recurrenceProblem(rule: Json): string | null {
  if (rule.count != null || rule.end != null || rule.by_year_day != null)
    return "recurrence_rule: count, end and by_year_day cannot be set";
  if (typeof rule.start !== "string") return "recurrence_rule.start: required";
  const weekdays = rule.by_weekday as number[] | null | undefined;
  const nWeekdays = rule.by_n_weekday as Json[] | null | undefined;
  const months = rule.by_month as number[] | null | undefined;
  const monthDays = rule.by_month_day as number[] | null | undefined;
  const used = [weekdays, nWeekdays, months ?? monthDays].filter((x) => x != null).length;
  if (used > 1) return "recurrence_rule: by_weekday, by_n_weekday and by_month are mutually exclusive";
  if (rule.interval !== 1 && !(rule.frequency === 2 && rule.interval === 2))
    return "recurrence_rule.interval: only weekly events may be every other week";
  switch (rule.frequency) {
    case 3: // DAILY
      if (weekdays && !KNOWN_DAILY_SETS.includes([...weekdays].sort().join(",")))
        return "recurrence_rule.by_weekday: not a known set for daily events";
      return nWeekdays || months || monthDays ? "recurrence_rule: daily takes by_weekday only" : null;
    case 2: // WEEKLY
      return weekdays?.length === 1 ? null : "recurrence_rule.by_weekday: weekly events take exactly one day";
    case 1: // MONTHLY
      return nWeekdays?.length === 1 ? null : "recurrence_rule.by_n_weekday: exactly one";
    case 0: // YEARLY
      return months?.length === 1 && monthDays?.length === 1
        ? null
        : "recurrence_rule: one by_month and by_month_day";
    default:
      return "recurrence_rule.frequency: unknown";
  }
}
