/**
 * Due dates typed by people ("friday", "vendredi", "in 3 days", "03/12/2026") read in a series' time
 * zone, and shown back in the reader's language.
 *
 * Rules (README "Tasks"):
 * - A date without a time means 17:00 (DUE_HOUR) local time in the series' time zone: the end of a
 *   working day, early enough for a same-day reminder.
 * - A weekday alone ("friday") means its next occurrence after today: said on a Friday, it is the
 *   Friday of next week ("today" is the word for today).
 * - Relative times ("in 3 hours") are exact instants; relative days ("in 3 days", "next week") keep
 *   the local calendar day, so a DST change in between does not move the hour.
 * - Dates in the past (or now) are refused with reason "past".
 * - The actor's language is tried first, then the other one: "03/12/2026" is 3 December in French
 *   (little-endian) and March 12 in English (chrono's en parser is US middle-endian).
 *
 * @see https://github.com/wanasit/chrono (ParsingReference.timezone takes minutes of offset)
 * @see https://moment.github.io/luxon/#/zones (DateTime.fromObject with a zone handles DST gaps)
 */

import { DateTime } from "luxon";
import type { Locale } from "../i18n/index.js";
import { err, ok, type Result } from "../result.js";
import { type ChronoParser, chronoParsers } from "./chrono.js";

export const DUE_HOUR = 17;

/** Longest text we hand to the parser: anything longer is not a date. */
const MAX_INPUT = 120;

export type DueParse = Result<Date, { input: string; reason: "unreadable" | "past" }>;

export interface DueContext {
  now: Date;
  /** IANA zone of the series ("Europe/Paris"); an unknown zone falls back to UTC. */
  timeZone: string;
  locale: Locale;
}

/** Words around a date that do not change it ("by friday", "pour vendredi", "due tomorrow"). */
const FILLER = new Set([
  "by",
  "on",
  "before",
  "due",
  "until",
  "the",
  "le",
  "la",
  "pour",
  "avant",
  "d'ici",
  "d’ici",
  "au",
  "plus",
  "tard",
  "jusqu'à",
  "jusqu’à",
]);

export function parseDue(input: string, context: DueContext): DueParse {
  const text = input.trim();
  if (text === "" || text.length > MAX_INPUT) return err({ input, reason: "unreadable" });
  try {
    const zone = validZone(context.timeZone);
    const order: Locale[] = context.locale === "fr" ? ["fr", "en"] : ["en", "fr"];
    for (const locale of order) {
      const date = parseWith(chronoParsers()[locale], text, context.now, zone);
      if (date === null) continue;
      if (date.getTime() <= context.now.getTime()) return err({ input, reason: "past" });
      return ok(date);
    }
  } catch {
    // chrono or luxon choking on odd input is an unreadable date, never a crash.
  }
  return err({ input, reason: "unreadable" });
}

function parseWith(parser: ChronoParser, text: string, now: Date, zone: string): Date | null {
  const local = DateTime.fromJSDate(now, { zone });
  const results = parser.parse(text, { instant: now, timezone: local.offset }, { forwardDate: true });
  const result = results[0];
  if (!result || !coversInput(text, result.index, result.text)) return null;
  const start = result.start;
  if (start.isCertain("hour") && start.tags().has("result/relativeDateAndTime")) return start.date();
  const year = start.get("year");
  const month = start.get("month");
  const day = start.get("day");
  if (year === null || month === null || day === null) return null;
  let due = DateTime.fromObject(
    {
      year,
      month,
      day,
      hour: start.isCertain("hour") ? (start.get("hour") ?? DUE_HOUR) : DUE_HOUR,
      minute: start.isCertain("hour") ? (start.get("minute") ?? 0) : 0,
    },
    { zone },
  );
  const weekdayOnly = start.isCertain("weekday") && !start.isCertain("day");
  if (weekdayOnly && due.hasSame(local, "day")) due = due.plus({ days: 7 });
  return due.isValid ? due.toJSDate() : null;
}

/** The date must be the whole input, give or take filler words and punctuation. */
function coversInput(text: string, index: number, matched: string): boolean {
  const rest = `${text.slice(0, index)} ${text.slice(index + matched.length)}`.toLowerCase();
  const words = rest.split(/[\s,.;:!?]+/).filter((word) => word !== "");
  return words.every((word) => FILLER.has(word));
}

/** The zone as written, or UTC when luxon does not know it. */
export function validZone(timeZone: string): string {
  return DateTime.now().setZone(timeZone).isValid ? timeZone : "UTC";
}

/** "2026-12-04 17:00" in the zone: for CSV cells, which spreadsheets read as a date. */
export function formatSortable(date: Date, timeZone: string): string {
  return DateTime.fromJSDate(date, { zone: validZone(timeZone) }).toFormat("yyyy-MM-dd HH:mm");
}

/** `days` calendar days after `from`, at DUE_HOUR local time (playbook due dates). */
export function dueDaysAfter(from: Date, days: number, timeZone: string): Date {
  return DateTime.fromJSDate(from, { zone: validZone(timeZone) })
    .plus({ days })
    .set({ hour: DUE_HOUR, minute: 0, second: 0, millisecond: 0 })
    .toJSDate();
}
