/**
 * When a series' editions happen: the next occurrences of its five-field cron in its IANA zone.
 *
 * node-cron 4 parses and matches the expression (the same library the set-up form validates with,
 * so a cron accepted there means the same days here: day-of-month AND day-of-week, plus its L, W
 * and # tokens). Its own `getNextRun()` reads the real clock, which a scheduler with a Clock port
 * cannot use, so the walk is done here: day by day in the zone's calendar, each wall-clock time
 * turned into an instant by luxon.
 *
 * Daylight saving, decided once and tested:
 * - a wall-clock time that does not exist that day (spring forward, 02:30 in Paris on the last
 *   Sunday of March) happens at the same distance after the jump (03:30), once;
 * - a wall-clock time that happens twice (fall back) happens once, the first time.
 * @see https://github.com/node-cron/node-cron (parse, createTask().match)
 * @see https://moment.github.io/luxon/#/zones?id=ambiguous-times (getPossibleOffsets)
 */
import { DateTime } from "luxon";
import { createTask, parse } from "node-cron";
import { err, ok, type Result } from "../result.js";

export type ScheduleProblem = "cron_invalid" | "zone_invalid";
export type Occurrences = Result<Date[], ScheduleProblem>;

/** How far ahead the walk looks: Feb 29 on a Monday can be 28 years away. */
const MAX_DAYS = 366 * 30;

/**
 * Up to `count` occurrences strictly after `after`, in time order, and none at or past `until`
 * (when given). Never throws: an unreadable cron or zone comes back as a problem.
 */
export function nextOccurrences(
  cron: string,
  timeZone: string,
  after: Date,
  count: number,
  until?: Date,
): Occurrences {
  if (!DateTime.now().setZone(timeZone).isValid) return err("zone_invalid");
  const fields = fiveFields(cron);
  if (!fields) return err("cron_invalid");
  const matcher = dayMatcher(cron, fields);
  try {
    return ok(walk(fields, matcher.matches, timeZone, after, count, until));
  } finally {
    matcher.dispose();
  }
}

/** The first occurrence after `after`, or null (none, or an unreadable schedule). */
export function nextOccurrence(cron: string, timeZone: string, after: Date): Date | null {
  const result = nextOccurrences(cron, timeZone, after, 1);
  return result.ok ? (result.value[0] ?? null) : null;
}

interface Fields {
  minutes: number[];
  hours: number[];
}

function fiveFields(cron: string): Fields | null {
  // A sixth (seconds) field is refused: editions are planned by the minute.
  if (cron.trim().split(/\s+/u).length !== 5) return null;
  try {
    const parsed = parse(cron);
    const minutes = [...parsed.minute].sort((a, b) => a - b);
    const hours = [...parsed.hour].sort((a, b) => a - b);
    return minutes.length && hours.length ? { minutes, hours } : null;
  } catch {
    return null;
  }
}

/**
 * Whether a calendar day matches the cron's day, month and weekday fields, with node-cron's own
 * rules: its matcher, run in UTC (no daylight saving there) at a time the cron allows.
 */
function dayMatcher(cron: string, fields: Fields) {
  const task = createTask(cron, () => undefined, { timezone: "UTC" });
  const hour = fields.hours[0] ?? 0;
  const minute = fields.minutes[0] ?? 0;
  return {
    matches: (year: number, month: number, day: number) =>
      task.match(new Date(Date.UTC(year, month - 1, day, hour, minute))),
    // createTask registers the task in node-cron's registry; destroying it removes it.
    dispose: () => void task.destroy(),
  };
}

function walk(
  fields: Fields,
  dayMatches: (year: number, month: number, day: number) => boolean,
  zone: string,
  after: Date,
  count: number,
  until: Date | undefined,
): Date[] {
  const out: Date[] = [];
  const limit = until?.getTime() ?? Number.POSITIVE_INFINITY;
  // Start a day early: a time on the previous local day can still lie after `after` in UTC terms.
  let day = DateTime.fromJSDate(after, { zone }).startOf("day").minus({ days: 1 });
  for (let i = 0; i < MAX_DAYS && out.length < count; i += 1, day = day.plus({ days: 1 })) {
    if (day.toMillis() > limit) break;
    if (!dayMatches(day.year, day.month, day.day)) continue;
    const times = new Set<number>();
    for (const hour of fields.hours)
      for (const minute of fields.minutes) times.add(instantOf(day, hour, minute, zone));
    for (const time of [...times].sort((a, b) => a - b)) {
      if (time <= after.getTime() || time >= limit || out.length >= count) continue;
      if (out.length && time <= (out.at(-1)?.getTime() ?? 0)) continue;
      out.push(new Date(time));
    }
  }
  return out;
}

/** The instant a wall-clock time of that day happens at (see the module comment for DST). */
function instantOf(day: DateTime, hour: number, minute: number, zone: string): number {
  const local = DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day, hour, minute },
    { zone },
  );
  const possible = local.getPossibleOffsets().map((d) => d.toMillis());
  return possible.length ? Math.min(...possible) : local.toMillis();
}

/** How far back `previousOccurrence` looks: a monthly chat's last edition. */
const LOOK_BACK_DAYS = 35;

/** The last occurrence at or before `before` (within five weeks), or null. */
export function previousOccurrence(cron: string, timeZone: string, before: Date): Date | null {
  const from = new Date(before.getTime() - LOOK_BACK_DAYS * 86_400_000);
  const result = nextOccurrences(
    cron,
    timeZone,
    from,
    LOOK_BACK_DAYS * 24 * 60,
    new Date(before.getTime() + 1),
  );
  return result.ok ? (result.value.at(-1) ?? null) : null;
}
