/**
 * The set-up form's schedule field: "[days time | cron] [time zone] [length]", e.g. "tuesdays 18:00
 * Europe/Paris 1h" (English or French words, src/domain/weekly.ts) or "0 18 * * 2 Europe/Paris 60m".
 * Discord modals allow five fields, so the three live in one. Cron: five fields checked with
 * node-cron 4 `validate` (which would also accept a sixth "seconds" field: we refuse it, the
 * scheduler works by the minute). Zone: IANA name. Length: minutes ("60", "90m", "1h30").
 * @see https://github.com/node-cron/node-cron (validate)
 */
import { validate } from "node-cron";
import { parseDuration } from "../../domain/duration.js";
import { nextOccurrence } from "../../domain/schedule.js";
import type { SetupProblem } from "../../domain/setup.js";
import { cronFromWords } from "../../domain/weekly.js";
import { err, ok, type Result } from "../../result.js";
import { canonicalZone } from "./zone.js";

export interface Schedule {
  cron: string | null;
  timeZone: string;
  durationMinutes: number;
}

const MIN_LENGTH = 10;
/** Any fixed instant: only whether the cron ever fires matters here. */
const NEVER_REFERENCE = new Date(Date.UTC(2026, 0, 1));
const MAX_LENGTH = 12 * 60;

export function readSchedule(
  input: string,
  fallback: Pick<Schedule, "timeZone" | "durationMinutes">,
): Result<Schedule, SetupProblem[]> {
  const tokens = input.trim().split(/\s+/u).filter(Boolean);
  if (tokens.length === 0) return ok({ cron: null, ...fallback });
  const zoneAt = tokens.findIndex(looksLikeZone);
  if (zoneAt < 0) {
    if (cronFromWords(tokens) || cronFromWords(tokens.slice(0, -1))) return fail({ code: "zone_missing" });
    if (tokens.length < 5) return fail({ code: "cron_invalid", input: tokens.join(" ") });
    const after = tokens.slice(5);
    const cronProblem = checkCron(tokens.slice(0, 5));
    if (cronProblem) return fail(cronProblem);
    if (after.length === 0 || readLength(after.join(" ")) !== null) return fail({ code: "zone_missing" });
    return fail({ code: "zone_invalid", input: after[0]! });
  }
  const problems: SetupProblem[] = [];
  // People's words ("tuesdays 18:00") before the zone become the cron; five fields stay a cron.
  const fromWords = cronFromWords(tokens.slice(0, zoneAt));
  const cronTokens = fromWords ? fromWords.split(" ") : tokens.slice(0, zoneAt);
  if (cronTokens.length > 0) {
    const cronProblem = checkCron(cronTokens);
    if (cronProblem) problems.push({ ...cronProblem, input: tokens.slice(0, zoneAt).join(" ") });
  }
  const zone = canonicalZone(tokens[zoneAt]!);
  if (!zone) problems.push({ code: "zone_invalid", input: tokens[zoneAt]! });
  const lengthText = tokens.slice(zoneAt + 1).join(" ");
  const length = lengthText === "" ? fallback.durationMinutes : readLength(lengthText);
  if (length === null) problems.push({ code: "length_invalid", input: lengthText });
  if (problems.length > 0 || !zone || length === null) return err(problems);
  return ok({
    cron: cronTokens.length ? cronTokens.join(" ") : null,
    timeZone: zone,
    durationMinutes: length,
  });
}

function fail(problem: SetupProblem) {
  return err([problem]);
}

/** "Europe/Paris", "America/Argentina/Buenos_Aires", "UTC". */
function looksLikeZone(token: string): boolean {
  return /^[A-Za-z][A-Za-z_-]*(?:\/[A-Za-z0-9_+-]+)+$/u.test(token) || /^(?:utc|gmt)$/iu.test(token);
}

function checkCron(fields: string[]): SetupProblem | null {
  const cron = fields.join(" ");
  if (fields.length !== 5 || !validate(cron)) return { code: "cron_invalid", input: cron };
  // A valid cron may still never fire ("0 18 30 2 *"): the scheduler would wait forever.
  if (nextOccurrence(cron, "UTC", NEVER_REFERENCE) === null) return { code: "cron_invalid", input: cron };
  return null;
}

/** Minutes from "60", "90m", "1h30"; null when unreadable or outside 10 minutes .. 12 hours. */
export function readLength(text: string): number | null {
  const minutes = /^\d+$/u.test(text.trim())
    ? Number(text.trim())
    : (() => {
        const parsed = parseDuration(text);
        return parsed.ok ? Math.round(parsed.value / 60_000) : null;
      })();
  if (minutes === null || minutes < MIN_LENGTH || minutes > MAX_LENGTH) return null;
  return minutes;
}
