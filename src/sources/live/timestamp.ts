/**
 * Parses the timestamps the three APIs send, never throwing. Bluesky's precision varies
 * (`.677Z`, `.561858Z`, `+00:00`; see fixtures/SOURCES.md "Format quirks"), and `new Date()` reads a
 * value without zone as LOCAL time, so the shape is checked and a missing zone means UTC.
 */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:?\d{2})?$/;

export function parseTimestamp(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  const match = RFC3339.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, fraction = "", zone = "Z"] = match;
  const ms = Number(fraction.slice(0, 3).padEnd(3, "0"));
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const date = new Date(utc - zoneOffsetMs(zone));
  // Date.UTC rolls 2025-02-31 over to March: refuse values that did not survive the round trip.
  const check = new Date(utc);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return null;
  return Number.isNaN(date.getTime()) ? null : date;
}

function zoneOffsetMs(zone: string): number {
  if (zone === "Z" || zone === "z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}

/** RFC 3339 at whole seconds (`2021-09-22T16:37:29Z`), the form X documents for start_time/end_time. */
export function toRfc3339Seconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
