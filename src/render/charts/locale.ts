/**
 * Vega number and time locales built from Intl, so axis ticks read "1 000" in French and month names come
 * from the same CLDR data as the rest of the report.
 * @see https://vega.github.io/vega/docs/config/#locale
 */
import type { Locale as VegaLocale } from "vega";
import type { Locale } from "../../i18n/index.js";
import { LOCALE_TAGS } from "../report/format.js";

type Seven = [string, string, string, string, string, string, string];
type Twelve = [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

export function vegaLocale(locale: Locale): VegaLocale {
  const tag = LOCALE_TAGS[locale];
  const parts = new Intl.NumberFormat(tag).formatToParts(1234567.5);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  // 2023-01-01 was a Sunday: days run Sunday first, as d3-time-format expects.
  const day = (index: number) => new Date(Date.UTC(2023, 0, 1 + index, 12));
  const month = (index: number) => new Date(Date.UTC(2023, index, 15, 12));
  const names = <T extends string[]>(
    count: number,
    at: (i: number) => Date,
    options: Intl.DateTimeFormatOptions,
  ) => {
    const format = new Intl.DateTimeFormat(tag, { ...options, timeZone: "UTC" });
    return Array.from({ length: count }, (_, i) => format.format(at(i))) as T;
  };
  const hour = new Intl.DateTimeFormat(tag, { hour: "numeric", hour12: true, timeZone: "UTC" });
  const period = (h: number) =>
    hour.formatToParts(new Date(Date.UTC(2023, 0, 1, h))).find((p) => p.type === "dayPeriod")?.value ?? "";
  return {
    number: {
      decimal: part("decimal"),
      thousands: part("group"),
      grouping: [3],
      currency: ["", ""],
      minus: "\u2212",
    },
    time: {
      dateTime: "%x %X",
      date: locale === "fr" ? "%d/%m/%Y" : "%m/%d/%Y",
      time: locale === "fr" ? "%H:%M:%S" : "%-I:%M:%S %p",
      periods: [period(9), period(21)],
      days: names<Seven>(7, day, { weekday: "long" }),
      shortDays: names<Seven>(7, day, { weekday: "short" }),
      months: names<Twelve>(12, month, { month: "long" }),
      shortMonths: names<Twelve>(12, month, { month: "short" }),
    },
  };
}
