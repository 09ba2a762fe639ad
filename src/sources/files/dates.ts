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
  const time = apiTimestampTime(value);
  if (!Number.isNaN(time)) return new Date(time);
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

/**
 * The time of an API timestamp read from its digits in one pass, or NaN to leave it to the Date parser (not
 * that spelling, or a field outside its plain range): every post has one, and parsing the string was half the
 * cost of reading a tweet. Only fields in their plain ranges take this path (no day past the 28th, no 24:00,
 * no year before 100, which Date.UTC would read as 19xx), where the parser computes MakeDate(MakeDay(...),
 * MakeTime(...)): the same sum of whole numbers, with the day counted here (daysFromCivil) instead of by a
 * call to Date.UTC, a C++ builtin that cost more than the rest of the function.
 * @see https://tc39.es/ecma262/#sec-date-time-string-format
 */
function apiTimestampTime(value: string): number {
  if (
    value.length !== 24 ||
    value.charCodeAt(4) !== 45 /* - */ ||
    value.charCodeAt(7) !== 45 ||
    value.charCodeAt(10) !== 84 /* T */ ||
    value.charCodeAt(13) !== 58 /* : */ ||
    value.charCodeAt(16) !== 58 ||
    value.charCodeAt(19) !== 46 /* . */ ||
    value.charCodeAt(23) !== 90 /* Z */
  ) {
    return Number.NaN;
  }
  // A non-digit makes its field NaN, and every comparison with NaN is false.
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  const ms = digits(value, 20, 3);
  const plain =
    year >= 100 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= 28 &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    ms >= 0;
  if (!plain) return Number.NaN;
  return (
    daysFromCivil(year, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms
  );
}

/**
 * Days from 1970-01-01 to a day of the proleptic Gregorian calendar (month 1-12), as MakeDay counts them.
 * @see https://howardhinnant.github.io/date_algorithms.html#days_from_civil
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The number written by `length` ASCII digits at `start`, or NaN when one is not a digit. */
function digits(text: string, start: number, length: number): number {
  let number = 0;
  for (let index = start; index < start + length; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    number = number * 10 + digit;
  }
  return number;
}

/**
 * An export's `Date` as YYYY-MM-DD, checked to be a real calendar day: "2021-01-01" (daily overview until
 * 2023) or "Sat, Sep 13, 2026" (both 2024 exports; the weekday is optional and not checked).
 */
export function parseIsoDay(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return utc(iso[1]!, Number(iso[2]) - 1, iso[3]!, "0", "0", "0", 0) ? iso[0] : null;
  const spelled = /^(?:[A-Za-z]{3},\s*)?([A-Za-z]{3})\s+(\d{1,2}),\s*(\d{4})$/.exec(text);
  if (!spelled) return null;
  const month = MONTHS.indexOf(spelled[1]!.toLowerCase());
  if (month < 0) return null;
  const day = spelled[2]!.padStart(2, "0");
  return utc(spelled[3]!, month, day, "0", "0", "0", 0)
    ? `${spelled[3]}-${String(month + 1).padStart(2, "0")}-${day}`
    : null;
}
