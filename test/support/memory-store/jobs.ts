import type { Job, NewJob } from "../../../src/domain/job.js";
import type { JobRepository } from "../../../src/ports.js";
import { compareText } from "../../../src/store/rules.js";
import { copy, type MemoryDb, newId } from "./tables.js";

type JobRow = MemoryDb["t"]["jobs"][number];

function toJob(row: JobRow): Job {
  const { createdAt: _c, updatedAt: _u, ...job } = copy(row);
  return job;
}

const byRunAt = (a: JobRow, b: JobRow) => a.runAt.getTime() - b.runAt.getTime() || compareText(a.key, b.key);

export class MemoryJobs implements JobRepository {
  constructor(private readonly db: MemoryDb) {}

  /** The running job this owner holds, or undefined (it lost the lease, or never had it). */
  private held(id: string, owner: string): JobRow | undefined {
    return this.db.t.jobs.find((j) => j.id === id && j.status === "running" && j.leaseOwner === owner);
  }

  private touch(row: JobRow, patch: Partial<JobRow>): void {
    Object.assign(row, patch, { updatedAt: this.db.clock.now() });
  }

  async schedule(job: NewJob): Promise<boolean> {
    if (this.db.t.jobs.some((j) => j.key === job.key)) return false;
    const now = this.db.clock.now();
    this.db.t.jobs.push({
      ...copy(job),
      id: newId(),
      status: "pending",
      attempts: 0,
      lastError: null,
      leaseOwner: null,
      leaseUntil: null,
      finishedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    return true;
  }

  async claim(owner: string, now: Date, leaseUntil: Date, limit: number): Promise<Job[]> {
    const due = this.db.t.jobs
      .filter(
        (j) =>
          (j.status === "pending" && j.runAt <= now) ||
          (j.status === "running" && j.leaseUntil !== null && j.leaseUntil < now),
      )
      .sort(byRunAt)
      .slice(0, Math.max(0, limit));
    for (const row of due)
      this.touch(row, { status: "running", leaseOwner: owner, leaseUntil, attempts: row.attempts + 1 });
    return due.map(toJob);
  }

  async renew(id: string, owner: string, leaseUntil: Date): Promise<boolean> {
    const row = this.held(id, owner);
    if (row) this.touch(row, { leaseUntil });
    return row !== undefined;
  }

  async complete(id: string, owner: string, at: Date): Promise<boolean> {
    const row = this.held(id, owner);
    if (row) this.touch(row, { status: "done", finishedAt: at, leaseUntil: null });
    return row !== undefined;
  }

  async fail(id: string, owner: string, error: string, retryAt: Date | null, at: Date): Promise<boolean> {
    const row = this.held(id, owner);
    if (!row) return false;
    if (retryAt)
      this.touch(row, {
        status: "pending",
        runAt: retryAt,
        lastError: error,
        leaseOwner: null,
        leaseUntil: null,
      });
    else this.touch(row, { status: "failed", lastError: error, finishedAt: at, leaseUntil: null });
    return true;
  }

  async release(id: string, owner: string): Promise<void> {
    const row = this.held(id, owner);
    // Handing a job back on shutdown does not count as an attempt.
    if (row)
      this.touch(row, {
        status: "pending",
        leaseOwner: null,
        leaseUntil: null,
        attempts: Math.max(0, row.attempts - 1),
      });
  }

  async skipMissed(before: Date, at: Date): Promise<Job[]> {
    const missed = this.db.t.jobs.filter((j) => j.status === "pending" && j.runAt < before).sort(byRunAt);
    for (const row of missed) this.touch(row, { status: "skipped", finishedAt: at });
    return missed.map(toJob);
  }

  async get(key: string): Promise<Job | null> {
    const row = this.db.t.jobs.find((j) => j.key === key);
    return row ? toJob(row) : null;
  }

  async list(filter: { workspaceId?: string; status?: Job["status"][]; kind?: string } = {}): Promise<Job[]> {
    return this.db.t.jobs
      .filter(
        (j) =>
          (filter.workspaceId === undefined || j.workspaceId === filter.workspaceId) &&
          (filter.status === undefined || filter.status.includes(j.status)) &&
          (filter.kind === undefined || j.kind === filter.kind),
      )
      .sort(byRunAt)
      .map(toJob);
  }

  async cancelPending(keyPrefix: string): Promise<number> {
    // Deleted, not marked: the same key can then be scheduled again at the new time.
    const before = this.db.t.jobs.length;
    this.db.t.jobs = this.db.t.jobs.filter((j) => !(j.status === "pending" && j.key.startsWith(keyPrefix)));
    return before - this.db.t.jobs.length;
  }
}
