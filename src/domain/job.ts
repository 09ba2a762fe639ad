export const JOB_STATUSES = ["pending", "running", "done", "failed", "skipped"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** A scheduled job: a row with a due time, claimed under a lease so it runs once. */
export interface Job {
  id: string;
  /** Idempotency key: scheduling the same key twice keeps one job ("edition:<id>:debrief"). */
  key: string;
  kind: string;
  workspaceId: string | null;
  payload: Record<string, unknown>;
  runAt: Date;
  status: JobStatus;
  attempts: number;
  lastError: string | null;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  finishedAt: Date | null;
}

export type NewJob = Pick<Job, "key" | "kind" | "workspaceId" | "payload" | "runAt">;
