/**
 * The account section: what an X analytics daily overview says about the account over the chat's days.
 * Those figures are the whole account's (every post of the day, not only the chat's), so they are shown
 * beside the chat's figures, never mixed into them. See docs/metrics.md "account".
 */
import type { AccountDay, AccountSection } from "./report.js";

/** One day of a daily overview, as the sources read it (src/sources/types.ts DailyMetrics has this shape). */
export interface DailyFigures {
  /** YYYY-MM-DD, the export's own calendar day. */
  date: string;
  postsPublished: number;
  impressions: number;
  engagements: number;
  /** Other columns by canonical English name: "follows" (new follows), "unfollows"... */
  extra: Readonly<Record<string, number>>;
}

/** Inclusive YYYY-MM-DD bounds. */
export interface DayRange {
  from: string;
  to: string;
}

/**
 * The calendar days from one instant to another in a time zone (the chat's; UTC by default), as a DayRange.
 * An open end (null) takes every day on that side.
 */
export function dayRangeOf(from: Date | null, to: Date | null, timeZone = "UTC"): DayRange {
  return {
    from: from === null ? "0000-01-01" : dayIn(from, timeZone),
    to: to === null ? "9999-12-31" : dayIn(to, timeZone),
  };
}

/**
 * YYYY-MM-DD of an instant in a time zone, with Intl alone (no date library loaded on the report's path:
 * luxon costs 5 MB of a process that reports a 200,000-post archive).
 */
function dayIn(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(date);
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/**
 * The days of `days` inside `range` (every day when the range is null), one entry per date (the last copy
 * of a date wins, as a refreshed export replaces an older one), oldest first, with their totals. Null when
 * no day is left: a report without daily data has no account section.
 */
export function accountSection(days: Iterable<DailyFigures>, range: DayRange | null): AccountSection | null {
  const byDate = new Map<string, AccountDay>();
  for (const day of days) {
    if (range !== null && (day.date < range.from || day.date > range.to)) continue;
    byDate.set(day.date, {
      date: day.date,
      posts: day.postsPublished,
      impressions: day.impressions,
      engagements: day.engagements,
      follows: day.extra.follows ?? null,
      unfollows: day.extra.unfollows ?? null,
    });
  }
  if (byDate.size === 0) return null;
  const list = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const sumKnown = (pick: (day: AccountDay) => number | null): number | null => {
    const known = list.map(pick).filter((value): value is number => value !== null);
    return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0);
  };
  const impressions = list.reduce((sum, day) => sum + day.impressions, 0);
  const engagements = list.reduce((sum, day) => sum + day.engagements, 0);
  return {
    from: list[0]!.date,
    to: list[list.length - 1]!.date,
    days: list,
    totals: {
      posts: list.reduce((sum, day) => sum + day.posts, 0),
      impressions,
      engagements,
      follows: sumKnown((day) => day.follows),
      unfollows: sumKnown((day) => day.unfollows),
      engagementRate: impressions > 0 ? engagements / impressions : null,
    },
  };
}
