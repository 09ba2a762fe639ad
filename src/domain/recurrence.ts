/**
 * A series' schedule as a Discord scheduled event's recurrence rule, where Discord can say it:
 * every day, every week on one day, or daily on one of the day sets Discord knows (Monday-Friday,
 * the weekend...). Anything else (two days a week, the first Tuesday of the month, a time that
 * moves) gets no rule, and each edition keeps its own event.
 *
 * The rule is read from the schedule's next occurrences (src/domain/schedule.ts), not from the
 * cron text, so whatever the cron says (ranges, lists, L and #) is judged by the days it gives.
 *
 * A zone with daylight saving time gets no rule: the rule carries no time zone, only its UTC
 * `start`, so Discord repeats it at the same UTC time (an 18:30 Paris chat would show at 19:30
 * after the March change). Such a series has one event per edition, each at its own local time.
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-recurrence-rule-object
 */
import { DateTime } from "luxon";
import { nextOccurrences } from "./schedule.js";

/** Discord's weekday numbers: Monday 0 ... Sunday 6. */
export type RecurrenceWeekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface Recurrence {
  frequency: "daily" | "weekly";
  /** Discord allows 2 only for weekly rules; a cron never says "every other week". */
  interval: 1;
  /** Daily: null (every day) or one of DAILY_SETS; weekly: exactly one day. */
  weekdays: RecurrenceWeekday[] | null;
  /** The first occurrence. */
  start: Date;
}

/** The only day sets a daily rule may name (Discord's "known sets"). */
export const DAILY_SETS: readonly (readonly RecurrenceWeekday[])[] = [
  [0, 1, 2, 3, 4],
  [1, 2, 3, 4, 5],
  [6, 0, 1, 2, 3],
  [4, 5],
  [5, 6],
  [6, 0],
];

/** How many occurrences are compared with the rule: three weeks of a daily schedule. */
const SAMPLE = 22;
const DAY_MS = 86_400_000;

export function recurrenceOf(cron: string, timeZone: string, startsAt: Date): Recurrence | null {
  if (observesDaylightSaving(timeZone, startsAt)) return null;
  const from = new Date(startsAt.getTime() - 1);
  // A schedule more than a week apart has no rule: say so before walking years of a yearly cron.
  const two = nextOccurrences(cron, timeZone, from, 2, new Date(startsAt.getTime() + 8 * DAY_MS));
  if (!two.ok || two.value.length < 2) return null;
  const found = nextOccurrences(cron, timeZone, from, SAMPLE);
  if (!found.ok || found.value.length < SAMPLE || found.value[0]?.getTime() !== startsAt.getTime())
    return null;
  const local = found.value.map((at) => DateTime.fromJSDate(at, { zone: timeZone }));
  const first = local[0]!;
  // Discord shows the rule's days where the event starts; keep clear of a zone whose day differs.
  if (DateTime.fromJSDate(startsAt, { zone: "utc" }).weekday !== first.weekday) return null;
  if (local.some((at) => at.hour !== first.hour || at.minute !== first.minute)) return null;
  const days = [...new Set(local.map(weekdayOf))];
  const rule = ruleFor(days);
  if (!rule) return null;
  const follows = local.every((at, i) => i === 0 || nextDay(local[i - 1]!, rule).hasSame(at, "day"));
  return follows ? { ...rule, interval: 1, start: startsAt } : null;
}

type Rule = Pick<Recurrence, "frequency" | "weekdays">;

function ruleFor(days: RecurrenceWeekday[]): Rule | null {
  if (days.length === 1) return { frequency: "weekly", weekdays: days };
  if (days.length === 7) return { frequency: "daily", weekdays: null };
  const set = DAILY_SETS.find(
    (known) => known.length === days.length && known.every((d) => days.includes(d)),
  );
  return set ? { frequency: "daily", weekdays: [...set] } : null;
}

/** The day the rule gives after this one. */
function nextDay(from: DateTime, rule: Rule): DateTime {
  if (rule.frequency === "weekly") return from.plus({ days: 7 });
  let day = from.plus({ days: 1 });
  while (rule.weekdays && !rule.weekdays.includes(weekdayOf(day))) day = day.plus({ days: 1 });
  return day;
}

const weekdayOf = (at: DateTime) => (at.weekday - 1) as RecurrenceWeekday;

/** Whether the zone's UTC offset changes within the year after `from` (summer time, or a rule change). */
export function observesDaylightSaving(timeZone: string, from: Date): boolean {
  const start = DateTime.fromJSDate(from, { zone: timeZone });
  if (!start.isValid) return true;
  for (let month = 1; month <= 12; month++)
    if (start.plus({ months: month }).offset !== start.offset) return true;
  return false;
}
