/**
 * How a timeline's time axis is labelled, chosen from the span it covers: times for a chat of an hour or
 * a day, dates with times up to a week, dates up to three months, months with their year up to three
 * years, years beyond. Ticks then fall on whole units (d3-time intervals), so a multi-year archive reads
 * "2009 2010 …" instead of "Jan 1" on every tick.
 * @see https://d3js.org/d3-time-format#locale_format
 * @see https://vega.github.io/vega-lite/docs/axis.html#ticks (tickCount as a time interval)
 */
import type { Locale } from "../../i18n/index.js";

export type TickUnit = "minute" | "hour" | "day" | "month" | "year";

export interface TimeTicks {
  unit: TickUnit;
  /** d3-time-format pattern, in the chart's locale (vega-lite axis `format`). */
  format: string;
  /** Times, or dates: the axis is titled "Time (zone)" or "Date (zone)". */
  dates: boolean;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function timeTicks(first: number, last: number, locale: Locale): TimeTicks {
  const span = last - first;
  const fr = locale === "fr";
  const sameYear = new Date(first).getUTCFullYear() === new Date(last).getUTCFullYear();
  if (span <= 2 * HOUR) return { unit: "minute", format: fr ? "%H:%M" : "%-I:%M %p", dates: false };
  if (span <= DAY) return { unit: "hour", format: fr ? "%H:%M" : "%-I %p", dates: false };
  if (span <= 7 * DAY) return { unit: "day", format: fr ? "%-d %b %H:%M" : "%b %-d, %-I %p", dates: true };
  if (span <= 92 * DAY) {
    const year = sameYear ? "" : " %Y";
    return { unit: "day", format: fr ? `%-d %b${year}` : `%b %-d${year}`, dates: true };
  }
  if (span <= 3 * 366 * DAY) return { unit: "month", format: "%b %Y", dates: true };
  return { unit: "year", format: "%Y", dates: true };
}
