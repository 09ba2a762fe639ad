/**
 * The one way afterchat writes a date or time for people, per language, in the series' zone:
 * - "day": the day an edition starts, "Tue, Dec 8" / "mar. 8 déc.";
 * - "dateTime": an instant, "Tue, Dec 8, 2026, 6:30 PM" / "mar. 8 déc. 2026, 18:30";
 * - "zoned": an instant people must act by (a task's due date, a reminder, a poll's close), the
 *   zone named so readers elsewhere know which clock it is: "… 6:30 PM (Europe/Paris)".
 * Every message that shows a date goes through formatDate; CSV cells use domain/dates.ts
 * formatSortable (a spreadsheet's date, not a sentence's).
 * @see https://moment.github.io/luxon/#/formatting?id=tolocalestring-strings-for-humans
 */
import { DateTime } from "luxon";
import { validZone } from "../domain/dates.js";
import type { Locale } from "./index.js";

export type DateStyle = "day" | "dateTime" | "zoned";

const TAGS: Record<Locale, string> = { en: "en-US", fr: "fr-FR" };

const DAY = { weekday: "short", month: "short", day: "numeric" } as const;
const DATE_TIME = { ...DAY, year: "numeric", hour: "numeric", minute: "2-digit" } as const;

export function formatDate(
  at: Date,
  locale: Locale,
  timeZone: string,
  style: DateStyle = "dateTime",
): string {
  // The zone as written, or UTC when luxon does not know it (shown, so a wrong setting is visible).
  const zone = validZone(timeZone);
  const local = DateTime.fromJSDate(at, { zone }).setLocale(TAGS[locale]);
  if (style === "day") return local.toLocaleString(DAY);
  const text = local.toLocaleString(DATE_TIME);
  return style === "zoned" ? `${text} (${zone})` : text;
}
