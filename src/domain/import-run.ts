/**
 * An import run as stored, and what it really is now. A run is written "running" when it starts
 * and "complete", "empty" (nothing stored), "failed" or "interrupted" (a signal) when it ends; a process killed outright
 * (SIGKILL, a crash, a power cut) never writes its end, so a "running" run is only believed while
 * its process shows signs of life: on this machine, its pid still exists; elsewhere, a heartbeat
 * (renewed after every batch) younger than STALE_AFTER_MS.
 */
import type { ImportSummary } from "../ports.js";

export const IMPORT_RUN_STATUSES = ["running", "complete", "empty", "failed", "interrupted"] as const;
export type ImportRunStatus = (typeof IMPORT_RUN_STATUSES)[number];

export interface RunOwner {
  pid: number;
  host: string;
}

export interface ImportRun {
  id: string;
  workspaceId: string;
  editionId: string | null;
  source: string;
  status: ImportRunStatus;
  /** What was stored (so far, while running). */
  summary: ImportSummary | null;
  startedAt: Date;
  finishedAt: Date | null;
  owner: RunOwner | null;
  heartbeatAt: Date | null;
}

/** A batch takes seconds at most; minutes without a heartbeat mean the process is gone. */
export const STALE_AFTER_MS = 5 * 60 * 1000;

/** "running", the stored end, or "gone": a run left "running" by a process that no longer runs. */
export type ImportRunState = ImportRunStatus | "gone";

export function runState(
  run: ImportRun,
  now: Date,
  here: { host: string; alive(pid: number): boolean },
): ImportRunState {
  if (run.status !== "running") return run.status;
  if (run.owner && run.owner.host === here.host) return here.alive(run.owner.pid) ? "running" : "gone";
  const lastSign = run.heartbeatAt ?? run.startedAt;
  return now.getTime() - lastSign.getTime() > STALE_AFTER_MS ? "gone" : "running";
}
