import { DateTime } from "luxon";

/**
 * An instant as the milliseconds whose UTC fields are its wall-clock time in `timeZone`. Charts plot these
 * on a UTC scale (Vega formats UTC scales with UTC fields), so axes read local time whatever zone the
 * machine runs in. @see https://vega.github.io/vega/docs/scales/#time
 */
export function wallClock(iso: string, timeZone: string): number {
  const at = DateTime.fromISO(iso, { zone: timeZone });
  return at.toMillis() + at.offset * 60_000;
}
