/**
 * An instant as the reader's language writes it, in the series' zone, the zone named in full so
 * readers elsewhere know which clock it is ("Fri 6 Mar 2026, 18:00 (Europe/Paris)").
 */
import { DateTime } from "luxon";
import type { Locale } from "../../i18n/index.js";

export function formatWhen(at: Date, timeZone: string, locale: Locale): string {
  const local = DateTime.fromJSDate(at)
    .setZone(timeZone)
    .setLocale(locale === "fr" ? "fr-FR" : "en-GB");
  const text = local.toLocaleString({
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
  return `${text} (${timeZone})`;
}
