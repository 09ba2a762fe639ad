/**
 * Numbers, percentages, signed changes and dates as each locale writes them ("12,345" / "12 345",
 * "4.2%" / "4,2 %"), through Intl only, so the CLDR data shipped with Node decides the details.
 * @see https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/Intl/NumberFormat
 * @see https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/Intl/DateTimeFormat/formatRange
 */
import { formatDate } from "../../i18n/dates.js";
import type { Locale } from "../../i18n/index.js";
import { LOCALE_TAGS } from "../../i18n/locale-tags.js";

export { LOCALE_TAGS };

/** A true minus sign: Intl writes a hyphen, which reads as a dash in tables. */
const MINUS = "\u2212";

export interface Format {
  readonly locale: Locale;
  /** The IANA zone dates are shown in ("UTC" when the one asked for is unknown). */
  readonly timeZone: string;
  /** An integer count: "12,345" / "12 345". */
  count(value: number): string;
  /** A decimal with exactly `digits` fraction digits: "4.0" / "4,0". */
  decimal(value: number, digits?: number): string;
  /** A ratio as a percentage: 0.042 -> "4.2%" / "4,2 %". */
  percent(ratio: number): string;
  /** A signed difference and its percentage: "+12 (+8.5%)", "−3 (−2,1 %)"; the percentage when known. */
  signed(change: number, changePct: number | null): string;
  /** "Mar 4, 2025, 6:05 PM" / "4 mars 2025, 18:05". */
  dateTime(iso: string): string;
  /** "6:05 PM" / "18:05". */
  time(iso: string): string;
  /** Time alone when `withDate` is false. */
  when(iso: string, withDate: boolean): string;
  /** "Tuesday, March 4, 2025, 6:00 – 7:04 PM" / "mardi 4 mars 2025, 18:00 – 19:04". */
  range(fromIso: string, toIso: string): string;
  /** Whether two instants fall on the same calendar day in the zone. */
  sameDay(aIso: string, bIso: string): boolean;
  /** A length of time in its largest whole unit: 5 -> "5 minutes", 60 -> "1 hour", 20160 -> "2 weeks". */
  duration(minutes: number): string;
  /**
   * The same duration in parts: its number, its whole text ("2 weeks") and its unit alone, singular
   * ("week"), for "per week" where "per 1 week" would read wrong.
   */
  durationParts(minutes: number): { count: number; text: string; unit: string };
}

/** Largest unit that divides the minutes evenly, so timeline slots read "1 day", not "1,440 min". */
const UNITS = [
  { unit: "week", minutes: 7 * 24 * 60 },
  { unit: "day", minutes: 24 * 60 },
  { unit: "hour", minutes: 60 },
  { unit: "minute", minutes: 1 },
] as const;

/** The zone when Intl knows it, else "UTC" (shown to the user, so a wrong setting is visible, not hidden). */
export function knownTimeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone;
  } catch {
    return "UTC";
  }
}

export function formatFor(locale: Locale, timeZone: string): Format {
  const tag = LOCALE_TAGS[locale];
  const zone = knownTimeZone(timeZone);
  const counts = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const signedCounts = new Intl.NumberFormat(tag, { maximumFractionDigits: 0, signDisplay: "exceptZero" });
  const percents = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 });
  const signedPercents = new Intl.NumberFormat(tag, {
    style: "percent",
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  });
  const times = new Intl.DateTimeFormat(tag, { timeStyle: "short", timeZone: zone });
  const ranges = new Intl.DateTimeFormat(tag, { dateStyle: "full", timeStyle: "short", timeZone: zone });
  // en-CA writes YYYY-MM-DD: a stable key for "same calendar day".
  const days = new Intl.DateTimeFormat("en-CA", { dateStyle: "short", timeZone: zone });
  const minus = (text: string) => text.replace(/-/g, MINUS);
  const time = (iso: string) => times.format(new Date(iso));
  // The one date style of messages (src/i18n/dates.ts); the range and the time alone are the report's own.
  const dateTime = (iso: string) => formatDate(new Date(iso), locale, zone, "dateTime");

  const durationParts = (minutes: number) => {
    const { unit, minutes: size } =
      UNITS.find((u) => minutes >= u.minutes && minutes % u.minutes === 0) ?? UNITS[3];
    const format = new Intl.NumberFormat(tag, { style: "unit", unit, unitDisplay: "long" });
    const one = format.formatToParts(1).find((part) => part.type === "unit")?.value ?? unit;
    return { count: minutes / size, text: format.format(minutes / size), unit: one };
  };
  const duration = (minutes: number) => durationParts(minutes).text;

  return {
    locale,
    timeZone: zone,
    duration,
    durationParts,
    count: (value) => minus(counts.format(value)),
    decimal: (value, digits = 1) =>
      minus(
        new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
          value,
        ),
      ),
    percent: (ratio) => minus(percents.format(ratio)),
    signed: (change, changePct) => {
      const absolute = minus(signedCounts.format(change));
      return changePct === null ? absolute : `${absolute} (${minus(signedPercents.format(changePct / 100))})`;
    },
    dateTime,
    time,
    when: (iso, withDate) => (withDate ? dateTime(iso) : time(iso)),
    range: (fromIso, toIso) => ranges.formatRange(new Date(fromIso), new Date(toIso)),
    sameDay: (aIso, bIso) => days.format(new Date(aIso)) === days.format(new Date(bIso)),
  };
}
