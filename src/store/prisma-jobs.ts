import { JOB_STATUSES, type Job, type NewJob } from "../domain/job.js";
import type { JobRepository } from "../ports.js";
import type { DbOrTx } from "./database.js";
import type { JobModel } from "./generated/sqlite/models.js";
import { newId } from "./ids.js";
import { claimStatement, scheduleStatement } from "./job-sql.js";
import { type DbKind, jsonObject, oneOf } from "./prisma-support.js";

export function toJob(row: JobModel): Job {
  return {
    id: row.id,
    key: row.key,
    kind: row.kind,
    workspaceId: row.workspaceId,
    payload: jsonObject(row.payload, ["Job", "payload"]),
    runAt: row.runAt,
    status: oneOf(JOB_STATUSES, row.status, ["Job", "status"]),
    attempts: row.attempts,
    lastError: row.lastError,
    leaseOwner: row.leaseOwner,
    leaseUntil: row.leaseUntil,
    finishedAt: row.finishedAt,
  };
}

const BY_RUN_AT = [{ runAt: "asc" as const }, { key: "asc" as const }];

export class PrismaJobRepository implements JobRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly kind: DbKind,
  ) {}

  /** Changes a job only while `owner` holds its lease: a process that lost it changes nothing. */
  private async whileHeld(
    id: string,
    owner: string,
    data: Parameters<DbOrTx["job"]["updateMany"]>[0]["data"],
  ) {
    const { count } = await this.db.job.updateMany({
      where: { id, leaseOwner: owner, status: "running" },
      data,
    });
    return count === 1;
  }

  async schedule(job: NewJob): Promise<boolean> {
    // Dates go in as Date objects, as in claim: each driver adapter writes its column format.
    const { sql, params } = scheduleStatement(this.kind, {
      id: newId(),
      key: job.key,
      kind: job.kind,
      workspaceId: job.workspaceId,
      payload: JSON.stringify(job.payload),
      runAt: job.runAt,
      now: new Date(),
    });
    return (await this.db.$executeRawUnsafe(sql, ...params)) === 1;
  }

  async claim(owner: string, now: Date, leaseUntil: Date, limit: number): Promise<Job[]> {
    if (limit <= 0) return [];
    // Dates go in as Date objects: each driver adapter writes them in its column format.
    const { sql, params } = claimStatement(this.kind, {
      owner,
      leaseUntil,
      updatedAt: new Date(),
      now,
      limit,
    });
    const claimed = await this.db.$queryRawUnsafe<Array<{ id: string }>>(sql, ...params);
    if (claimed.length === 0) return [];
    const rows = await this.db.job.findMany({
      where: { id: { in: claimed.map((r) => r.id) } },
      orderBy: BY_RUN_AT,
    });
    return rows.map(toJob);
  }

  async renew(id: string, owner: string, leaseUntil: Date): Promise<boolean> {
    return this.whileHeld(id, owner, { leaseUntil });
  }

  async complete(id: string, owner: string, at: Date): Promise<boolean> {
    return this.whileHeld(id, owner, { status: "done", finishedAt: at, leaseUntil: null });
  }

  async fail(id: string, owner: string, error: string, retryAt: Date | null, at: Date): Promise<boolean> {
    if (retryAt)
      return this.whileHeld(id, owner, {
        status: "pending",
        runAt: retryAt,
        lastError: error,
        leaseOwner: null,
        leaseUntil: null,
      });
    return this.whileHeld(id, owner, {
      status: "failed",
      lastError: error,
      finishedAt: at,
      leaseUntil: null,
    });
  }

  async release(id: string, owner: string): Promise<void> {
    // Handing a job back on shutdown does not count as an attempt.
    await this.whileHeld(id, owner, {
      status: "pending",
      leaseOwner: null,
      leaseUntil: null,
      attempts: { decrement: 1 },
    });
  }

  async skipMissed(before: Date, at: Date): Promise<Job[]> {
    // One UPDATE ... RETURNING: a job claimed meanwhile is no longer pending and is left alone.
    const rows = await this.db.job.updateManyAndReturn({
      where: { status: "pending", runAt: { lt: before } },
      data: { status: "skipped", finishedAt: at },
    });
    return rows.map(toJob).sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || (a.key < b.key ? -1 : 1));
  }

  async get(key: string): Promise<Job | null> {
    const row = await this.db.job.findUnique({ where: { key } });
    return row ? toJob(row) : null;
  }

  async list(filter: { workspaceId?: string; status?: Job["status"][]; kind?: string } = {}): Promise<Job[]> {
    const rows = await this.db.job.findMany({
      where: {
        workspaceId: filter.workspaceId,
        status: filter.status ? { in: filter.status } : undefined,
        kind: filter.kind,
      },
      orderBy: BY_RUN_AT,
    });
    return rows.map(toJob);
  }

  async cancelPending(keyPrefix: string): Promise<number> {
    // LIKE treats "_" and "%" as wildcards: narrow with startsWith, then keep exact prefixes only.
    const candidates = await this.db.job.findMany({
      where: { status: "pending", key: { startsWith: keyPrefix } },
      select: { id: true, key: true },
    });
    const ids = candidates.filter((j) => j.key.startsWith(keyPrefix)).map((j) => j.id);
    if (ids.length === 0) return 0;
    // Deleted, not marked: the same key can then be scheduled again at the new time.
    const { count } = await this.db.job.deleteMany({ where: { id: { in: ids }, status: "pending" } });
    return count;
  }
}
