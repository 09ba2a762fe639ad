/**
 * Job kinds and keys. A key names one occurrence of one step ("edition:<id>:debrief"): scheduling
 * it again is a no-op (JobRepository.schedule is idempotent by key), so planning can run any
 * number of times without duplicating anything.
 */
export const JOB_KINDS = {
  plan: "plan",
  sweep: "sweep",
  start: "edition.start",
  end: "edition.end",
  debrief: "edition.debrief",
  pollClose: "edition.poll-close",
  promo: "edition.promo",
  escalate: "edition.escalate",
  afterPartyEnd: "edition.after-party-end",
  close: "edition.close",
  event: "edition.event",
  eventStart: "edition.event-start",
  taskReminder: "task.reminder",
  pollReminder: "poll.remind",
  watchRemind: "watch.remind",
  watchReport: "watch.report",
} as const;
export type StepName = keyof typeof JOB_KINDS;
export type JobKind = (typeof JOB_KINDS)[StepName];

export function stepOfKind(kind: string): StepName | null {
  const found = Object.entries(JOB_KINDS).find(([, value]) => value === kind);
  return found ? (found[0] as StepName) : null;
}

/** "edition:<id>:<suffix>" with suffixes start, end, debrief, poll-close, promo-72h, escalate-3... */
export function editionJobKey(editionId: string, suffix: string): string {
  return `edition:${editionId}:${suffix}`;
}

export function editionKeyPrefix(editionId: string): string {
  return `edition:${editionId}:`;
}

/** One planning run per hour across every process ("plan:2026-12-01T18"). */
export function planJobKey(now: Date): string {
  return `plan:${now.toISOString().slice(0, 13)}`;
}

/** One sweep (polls past their deadline) per five minutes across every process ("sweep:2026-12-01T18:05"). */
export function sweepJobKey(now: Date): string {
  const minute = Math.floor(now.getUTCMinutes() / 5) * 5;
  return `sweep:${now.toISOString().slice(0, 14)}${String(minute).padStart(2, "0")}`;
}

/** What every edition job carries. */
export interface EditionPayload {
  editionId: string;
  seriesId: string;
  [more: string]: unknown;
}

/** "watch:<watchId>:<editionId>:remind|report": one reminder and one report per watched edition. */
export function watchJobKey(watchId: string, editionId: string, step: "remind" | "report"): string {
  return `${watchKeyPrefix(watchId)}${editionId}:${step}`;
}

/** Every job of a watch (cancelled when the watch is removed). */
export function watchKeyPrefix(watchId: string): string {
  return `watch:${watchId}:`;
}

/** What every watch job carries. */
export interface WatchPayload {
  watchId: string;
  watchEditionId: string;
  [more: string]: unknown;
}
