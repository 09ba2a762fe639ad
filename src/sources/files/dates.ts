/** Date parsers for the three X spellings; each returns null instead of an Invalid Date. */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function valid(date: Date): Date | null {
  return Number.isNaN(date.getTime()) ? null : date;
}

function offsetMinutes(sign: string, hours: string, minutes: string): number {
  return (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

function utc(
  y: string,
  mo: number,
  d: string,
  h: string,
  mi: string,
  s: string,
  offset: number,
): Date | null {
  const date = new Date(
    Date.UTC(Number(y), mo, Number(d), Number(h), Number(mi), Number(s)) - offset * 60_000,
  );
  // Date.UTC rolls 31 Feb over to March: refuse values that do not round-trip.
  const check = new Date(Date.UTC(Number(y), mo, Number(d)));
  if (check.getUTCMonth() !== mo || check.getUTCDate() !== Number(d)) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return null;
  return valid(date);
}

/** API v1.1 and archive `created_at`: "Sat May 13 17:20:09 +0000 2023". */
export function parseTwitterDate(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  const m = /^\w{3} (\w{3}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/.exec(value.trim());
  if (!m) return null;
  const month = MONTHS.indexOf((m[1] ?? "").toLowerCase());
  if (month < 0) return null;
  return utc(m[9]!, month, m[2]!, m[3]!, m[4]!, m[5]!, offsetMinutes(m[6]!, m[7]!, m[8]!));
}

/** Analytics export `time`: "2016-12-23 18:50 +0000" (seconds and offset optional, offset defaults to UTC). */
export function parseAnalyticsTime(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  const m =
    /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\s*(?:Z|([+-])(\d{2}):?(\d{2})))?$/.exec(
      value.trim(),
    );
  if (!m) return null;
  const offset = m[7] ? offsetMinutes(m[7], m[8]!, m[9]!) : 0;
  return utc(m[1]!, Number(m[2]) - 1, m[3]!, m[4]!, m[5]!, m[6] ?? "0", offset);
}

/** API v2 `created_at`: ISO 8601 with a zone, e.g. "2021-09-22T16:37:29.000Z". */
export function parseIsoDate(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  if (isApiTimestamp(value)) return valid(new Date(value));
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value.trim())) return null;
  return valid(new Date(value.trim()));
}

/** The API's own spelling, "2021-09-22T16:37:29.000Z", which the regex above accepts: checked without it. */
function isApiTimestamp(value: string): boolean {
  if (value.length !== 24) return false;
  for (let index = 0; index < 24; index += 1) {
    const code = value.charCodeAt(index);
    const expected = API_TIMESTAMP.charCodeAt(index);
    if (expected === 48 /* 0: any digit */ ? code < 48 || code > 57 : code !== expected) return false;
  }
  return true;
}
const API_TIMESTAMP = "0000-00-00T00:00:00.000Z";

/** Daily export `Date`: "2021-01-01", checked to be a real calendar day. */
export function parseIsoDay(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  return utc(m[1]!, Number(m[2]) - 1, m[3]!, "0", "0", "0", 0) ? m[0] : null;
}
