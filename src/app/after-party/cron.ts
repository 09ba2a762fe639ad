/**
 * The next time a five-field cron expression fires after a given instant, in the series' time
 * zone, read with node-cron's own parser so it agrees with the scheduler. node-cron computes next
 * runs only from the system clock (ScheduledTask.getNextRun), and the after-party needs one from
 * the edition's end (a Clock the tests move), hence this. Like node-cron, a day must match both
 * the day-of-month and the day-of-week fields.
 * @see https://github.com/node-cron/node-cron
 */
import { DateTime } from "luxon";
import { parse, validate } from "node-cron";

/** Looks this many days ahead at most (a yearly chat on 29 February still fits within 8 years). */
const HORIZON_DAYS = 8 * 366;

export function nextCronRun(cron: string, timeZone: string, after: Date): Date | null {
  if (cron.trim().split(/\s+/u).length !== 5 || !validate(cron)) return null;
  const fields = parse(cron);
  const minutes = [...fields.minute].sort((a, b) => a - b);
  const hours = [...fields.hour].sort((a, b) => a - b);
  const start = DateTime.fromJSDate(after, { zone: timeZone });
  if (!start.isValid) return null;
  for (let day = 0; day <= HORIZON_DAYS; day += 1) {
    const date = start.startOf("day").plus({ days: day });
    if (
      !fields.month.includes(date.month) ||
      !dayMatches(fields.dayOfMonth, date) ||
      !weekdayMatches(fields.dayOfWeek, date)
    )
      continue;
    for (const hour of hours)
      for (const minute of minutes) {
        const at = date.set({ hour, minute, second: 0, millisecond: 0 });
        // A wall time skipped by a DST change moves forward: keep it only if it is still that hour.
        if (at.hour !== hour || at.minute !== minute) continue;
        if (at.toMillis() > after.getTime()) return at.toJSDate();
      }
  }
  return null;
}

function dayMatches(days: Array<number | string>, date: DateTime): boolean {
  return days.some((d) => d === date.day || (d === "L" && date.day === date.daysInMonth));
}

/** Cron counts Sunday as 0 (node-cron also accepts 7); luxon as 7. */
function weekdayMatches(days: Array<number | string>, date: DateTime): boolean {
  const weekday = date.weekday % 7;
  return days.some((d) => d === weekday || (d === 7 && weekday === 0));
}
