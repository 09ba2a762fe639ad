/**
 * A schedule in people's words, English or French: "tuesdays 18:00", "mardi 18h30",
 * "mon, thu 6pm" → the five-field cron the scheduler runs ("0 18 * * 2"). Anything else (every
 * day, monthly, ranges) is written as a cron, for experts.
 */

const DAYS: Record<string, number> = {};
const NAMES = {
  en: ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"],
  fr: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
} as const;
for (const names of Object.values(NAMES))
  names.forEach((name, day) => {
    DAYS[name] = day;
    DAYS[`${name}s`] = day;
    DAYS[name.slice(0, 3)] = day;
  });
DAYS.tues = 2;
DAYS.thur = 4;
DAYS.thurs = 4;

const fold = (word: string) =>
  word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[.,;]+$/u, "");

/** "18:00", "18h", "18h30", "6pm", "6:30pm" → [hour, minute], or null. */
function readTime(word: string): [number, number] | null {
  const m = /^(\d{1,2})(?:[:h](\d{2})?)?(am|pm)?$/u.exec(fold(word));
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  if (m[3] === "pm" && hour < 12) hour += 12;
  if (m[3] === "am" && hour === 12) hour = 0;
  if (!m[2] && !m[3] && !/h$/u.test(fold(word))) return null; // a bare number is not a time
  return hour < 24 && minute < 60 ? [hour, minute] : null;
}

/** The cron of "<days> <time>" words, or null when they are not that. */
export function cronFromWords(words: readonly string[]): string | null {
  const days = new Set<number>();
  let time: [number, number] | null = null;
  for (const raw of words) {
    const word = fold(raw);
    if (word === "" || word === "and" || word === "et" || word === "at" || word === "a" || word === "à")
      continue;
    const parts = word.split(",").filter(Boolean);
    if (parts.every((p) => p in DAYS)) {
      for (const p of parts) days.add(DAYS[p]!);
      continue;
    }
    const read = readTime(raw);
    if (!read || time) return null;
    time = read;
  }
  if (days.size === 0 || !time) return null;
  return `${time[1]} ${time[0]} * * ${[...days].sort((a, b) => a - b).join(",")}`;
}

/** The weekday pick that means "no regular day" (editions planned by hand). */
export const NO_WEEKDAY = "none";

/**
 * The picks (weekday "2" or "2#1" for the first Tuesday of the month, time "18:00") that show a
 * schedule again in a form, or null when only a cron can say it.
 */
export function picksOf(cron: string | null): { weekday: string; time: string } | null {
  if (cron === null) return { weekday: NO_WEEKDAY, time: "" };
  const match = /^(\d{1,2}) (\d{1,2}) \* \* ([0-6](?:#1)?)$/u.exec(cron.trim());
  if (!match) return null;
  const [minute, hour] = [Number(match[1]), Number(match[2])];
  if (minute > 59 || hour > 23) return null;
  return {
    weekday: match[3]!,
    time: `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`,
  };
}
