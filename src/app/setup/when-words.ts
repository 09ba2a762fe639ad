/**
 * A date as people type it ("friday 18:00", "vendredi 18h", "2026-12-03 18:00", "in 3 days"),
 * read as wall-clock time in the series' zone. chrono reads the words (English, then French, or
 * the other way round for a French speaker) against a reference that shows the zone's wall clock;
 * luxon turns the wall-clock fields back into an instant in that zone.
 * @see https://github.com/wanasit/chrono (ParsedResult.start.get, forwardDate)
 * @see https://moment.github.io/luxon/#/zones?id=creating-datetimes-in-a-zone
 */
import { DateTime } from "luxon";
import { chronoParsers } from "../../domain/chrono.js";
import type { Locale } from "../../i18n/index.js";

/** The instant the words name, or null when they are not a date. A date alone starts at `defaultHour`. */
export function readWhen(
  words: string,
  options: { now: Date; timeZone: string; locale: Locale; defaultHour?: number },
): Date | null {
  const text = words.trim();
  if (text === "") return null;
  const wall = DateTime.fromJSDate(options.now).setZone(options.timeZone);
  if (!wall.isValid) return null;
  // chrono computes in the process's local time: give it the zone's wall clock as a local date.
  const reference = new Date(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const { en, fr } = chronoParsers();
  const parsers = options.locale === "fr" ? [fr, en] : [en, fr];
  for (const parser of parsers) {
    const [result] = parser.parse(text, reference, { forwardDate: true });
    if (result === undefined) continue;
    // The whole text must be the date: "friday and then some" is not a date.
    if (result.index !== 0 || result.text.length !== text.length) continue;
    const start = result.start;
    const hourKnown = start.isCertain("hour");
    const at = DateTime.fromObject(
      {
        year: start.get("year") ?? wall.year,
        month: start.get("month") ?? wall.month,
        day: start.get("day") ?? wall.day,
        hour: hourKnown ? (start.get("hour") ?? 0) : (options.defaultHour ?? 0),
        minute: hourKnown ? (start.get("minute") ?? 0) : 0,
      },
      { zone: options.timeZone },
    );
    if (at.isValid) return at.toJSDate();
  }
  return null;
}
