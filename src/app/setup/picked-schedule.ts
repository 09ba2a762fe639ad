/**
 * The schedule as picked (Slack's selects and time picker, Discord's selects) read into the same
 * Schedule the typed field gives, and combined with that typed field. Pure.
 *
 * Picks: weekday "2" (every Tuesday), "2#1" (the first Tuesday of the month: node-cron's `#`,
 * src/domain/schedule.ts) or "none"; time "18:30" (or hour "18" and minute "30"); zone (IANA
 * name); duration (minutes). The typed field stays for experts (a cron, several days a week). A
 * weekday picked AND a schedule typed is refused under both fields rather than one silently
 * ignored; the picked zone and length are the typed schedule's defaults.
 */
import type { SetupField, SetupProblem } from "../../domain/setup.js";
import { NO_WEEKDAY } from "../../domain/weekly.js";
import { err, ok, type Result } from "../../result.js";
import { readLength, readSchedule, type Schedule } from "./schedule.js";
import { canonicalZone } from "./zone.js";

const WEEKDAY = /^([0-6])(#1)?$/u;
const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/u;

type Values = Partial<Record<SetupField, string>>;
type Fallback = Pick<Schedule, "timeZone" | "durationMinutes">;

/** The schedule the form says: picked, typed, or none; or every problem, each under its field. */
export function readFormSchedule(values: Values, fallback: Fallback): Result<Schedule, SetupProblem[]> {
  const problems: SetupProblem[] = [];
  const timeZone = readZone(values.zone, fallback.timeZone, problems);
  const durationMinutes = readDuration(values.duration, fallback.durationMinutes, problems);
  const cron = readPickedCron(values, problems);
  const typed = (values.schedule ?? "").trim();
  if (cron !== null && typed !== "") {
    problems.push({ code: "schedule_both", field: "weekday" }, { code: "schedule_both" });
    return err(problems);
  }
  if (typed !== "") {
    const read = readTyped(typed, { timeZone, durationMinutes }, values.zone !== undefined);
    if (!read.ok) return err([...problems, ...read.error]);
    return problems.length ? err(problems) : read;
  }
  return problems.length ? err(problems) : ok({ cron, timeZone, durationMinutes });
}

/**
 * The typed schedule; where a zone is picked beside it, a typed schedule without one ("0 9 * * 1,4",
 * "mon, thu 9:00 1h") takes the picked zone, placed where it reads (before the length, if any).
 */
function readTyped(typed: string, fallback: Fallback, zonePicked: boolean): Result<Schedule, SetupProblem[]> {
  const read = readSchedule(typed, fallback);
  if (read.ok || !zonePicked || !read.error.every((p) => p.code === "zone_missing")) return read;
  const tokens = typed.split(/\s+/u);
  for (let at = tokens.length; at > 0; at -= 1) {
    const withZone = [...tokens.slice(0, at), fallback.timeZone, ...tokens.slice(at)].join(" ");
    const again = readSchedule(withZone, fallback);
    if (again.ok) return again;
  }
  return read;
}

/** "0 18 * * 2" from the weekday and time picked; null when no day is picked. */
function readPickedCron(values: Values, problems: SetupProblem[]): string | null {
  const day = (values.weekday ?? "").trim();
  if (day === "" || day === NO_WEEKDAY) return null;
  if (!WEEKDAY.test(day)) {
    problems.push({ code: "cron_invalid", input: day, field: "weekday" });
    return null;
  }
  const time = pickedTime(values);
  const match = time === null ? null : TIME.exec(time);
  if (!match) {
    problems.push({ code: "time_missing", field: values.time === undefined ? "hour" : "time" });
    return null;
  }
  return `${Number(match[2])} ${Number(match[1])} * * ${day}`;
}

/** Slack's time picker gives "18:30"; Discord's selects give the hour and the minute apart. */
function pickedTime(values: Values): string | null {
  if (values.time) return values.time.trim();
  if (!values.hour) return null;
  return `${values.hour.trim()}:${(values.minute ?? "00").trim().padStart(2, "0")}`;
}

function readZone(picked: string | undefined, fallback: string, problems: SetupProblem[]): string {
  if (!picked?.trim()) return fallback;
  const zone = canonicalZone(picked.trim());
  if (!zone) problems.push({ code: "zone_invalid", input: picked.trim(), field: "zone" });
  return zone ?? fallback;
}

function readDuration(picked: string | undefined, fallback: number, problems: SetupProblem[]): number {
  if (!picked?.trim()) return fallback;
  const minutes = readLength(picked);
  if (minutes === null) {
    problems.push({ code: "length_invalid", input: picked.trim(), field: "duration" });
    return fallback;
  }
  return minutes;
}
