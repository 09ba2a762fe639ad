/**
 * Durations as people type them, in English or French: "30m", "2h", "48h", "3d", "3j", "1h30",
 * "1h 30m", "90 min", "2 days", "2 jours", "1.5h", "1,5 h". Pure: returns milliseconds or why not.
 */
import { err, ok, type Result } from "../result.js";

/** Milliseconds, or the input that could not be read (trimmed). */
export type DurationResult = Result<number, string>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** Unit words (accents removed, lower case) -> milliseconds. */
const UNITS: Record<string, number> = {
  m: MINUTE,
  mn: MINUTE,
  min: MINUTE,
  mins: MINUTE,
  minute: MINUTE,
  minutes: MINUTE,
  h: HOUR,
  hr: HOUR,
  hrs: HOUR,
  hour: HOUR,
  hours: HOUR,
  heure: HOUR,
  heures: HOUR,
  d: DAY,
  j: DAY,
  day: DAY,
  days: DAY,
  jour: DAY,
  jours: DAY,
  w: WEEK,
  wk: WEEK,
  week: WEEK,
  weeks: WEEK,
  sem: WEEK,
  semaine: WEEK,
  semaines: WEEK,
};

/** A number followed by an optional unit; "1h30" is two parts, the second without a unit. */
const PART = /(\d+(?:[.,]\d+)?)\s*([a-z]*)/y;

/** Longest duration accepted anywhere (a year): beyond that it is a typo, not a plan. */
const MAX_MS = 366 * DAY;

export function parseDuration(input: string): DurationResult {
  const text = simplify(input);
  const fail = err(input.trim());
  if (text === "") return fail;
  let total = 0;
  let lastUnit: number | null = null;
  let position = 0;
  while (position < text.length) {
    if (text[position] === " ") {
      position += 1;
      continue;
    }
    PART.lastIndex = position;
    const match = PART.exec(text);
    if (!match) return fail;
    const amount = Number(match[1]!.replace(",", "."));
    const word = match[2]!;
    const unit: number | null | undefined =
      word === "" ? impliedUnit(lastUnit) : Object.hasOwn(UNITS, word) ? UNITS[word] : null;
    if (unit === undefined || unit === null) return fail;
    total += amount * unit;
    lastUnit = unit;
    position = PART.lastIndex;
  }
  const ms = Math.round(total);
  if (!(ms > 0) || ms > MAX_MS) return fail;
  return ok(ms);
}

/** A bare number after hours means minutes ("1h30"); after days, hours; alone it is ambiguous. */
function impliedUnit(previous: number | null): number | null {
  if (previous === HOUR) return MINUTE;
  if (previous === DAY) return HOUR;
  return null;
}

/** Lower case, accents removed, "and"/"et" and commas between parts dropped. */
function simplify(input: string): string {
  return input
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\b(?:and|et)\b/g, " ")
    .replace(/,(?!\d)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Milliseconds as the shortest exact "2d 3h 30m" (for echoing a duration back). */
export function formatDuration(ms: number): string {
  const parts: string[] = [];
  let rest = Math.round(ms / MINUTE);
  const days = Math.floor(rest / (24 * 60));
  rest -= days * 24 * 60;
  const hours = Math.floor(rest / 60);
  rest -= hours * 60;
  if (days) parts.push(`${days}d`);
  if (hours) parts.push(`${hours}h`);
  if (rest || parts.length === 0) parts.push(`${rest}m`);
  return parts.join(" ");
}
