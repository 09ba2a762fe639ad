/**
 * The day an edition starts, as its readers write it, in the series' zone ("Tue, Dec 8" /
 * "mar. 8 déc."): messages name an edition by its number and this date, so a number that moved
 * (numbers follow dates) still says which chat it is. The "day" style of the one date writer.
 */
import { formatDate } from "../i18n/dates.js";
import type { Locale } from "../i18n/index.js";

export function editionDate(startsAt: Date, timeZone: string, locale: Locale): string {
  return formatDate(startsAt, locale, timeZone, "day");
}
