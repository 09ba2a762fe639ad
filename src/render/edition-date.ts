/**
 * The day an edition starts, as its readers write it, in the series' zone ("Tue 8 Dec" /
 * "mar. 8 déc."): messages name an edition by its number and this date, so a number that moved
 * (numbers follow dates) still says which chat it is.
 */
import type { Locale } from "../i18n/index.js";

export function editionDate(startsAt: Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone,
  }).format(startsAt);
}
