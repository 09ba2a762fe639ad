/**
 * Runs the jobs the database says are due, each once across every process sharing the database.
 *
 * Exactly once (docs/scheduling.md "Exactly once"):
 * 1. `store.jobs.claim` takes due jobs atomically under a lease for this process (`owner`);
 *    two processes never hold the same job (PostgreSQL: FOR UPDATE SKIP LOCKED).
 * 2. A "transaction" handler only writes to the database: its writes and the job's completion
 *    commit in ONE transaction, and the completion is refused unless this owner still holds the
 *    lease. A process that lost its lease (stalled, killed) rolls its writes back.
 * 3. An "idempotent" handler talks to a platform, which no transaction covers: it checks a
 *    marker before each send and records it after (src/jobs/once.ts), so a job run again after a
 *    crash skips what was already sent.
 *
 * The lease is renewed every half lease while a job runs; at shutdown the runner stops claiming,
 * waits for what runs (up to `stopTimeoutMs`), then hands the rest back.
 */
import type { Job } from "../domain/job.js";
import type { Logger } from "../log.js";
import type { Clock, Store } from "../ports.js";
import { type Failure, failureOf, lastErrorText, MAX_ATTEMPTS, RETRY_BASE_MS, retryAt } from "./retry.js";
import { cronTicker, type Ticker, tickPattern } from "./ticker.js";

export type JobMode = "transaction" | "idempotent";

export interface JobContext {
  /** In "transaction" mode, bound to the job's transaction: use this one only. */
  store: Store;
  /** Aborted when the lease is lost or the process is stopping: stop at the next safe point. */
  signal: AbortSignal;
}

export interface JobHandler {
  mode: JobMode;
  run(job: Job, context: JobContext): Promise<void>;
}

/** Told about what users should hear of (see src/jobs/notices.ts). */
export interface RunnerNotices {
  skipped?(jobs: Job[]): Promise<void>;
  gaveUp?(job: Job, failure: Failure): Promise<void>;
}

export interface JobRunnerOptions {
  store: Store;
  clock: Clock;
  owner: string;
  leaseMs: number;
  pollMs: number;
  graceMs: number;
  handlers: Record<string, JobHandler>;
  log: Logger;
  /** Jobs claimed at once (default 5). */
  batchSize?: number;
  retryBaseMs?: number;
  maxAttempts?: number;
  /** How long stop() waits for running jobs before handing them back (default 10 s). */
  stopTimeoutMs?: number;
  notices?: RunnerNotices;
  /** The heartbeat (default: node-cron every pollMs). */
  ticker?: (pattern: string, work: () => Promise<unknown>) => Ticker;
}

export type JobOutcome = "done" | "retry" | "failed" | "lost" | "released";

export interface TickResult {
  ran: Array<{ key: string; outcome: JobOutcome }>;
}

export interface JobRunner {
  readonly owner: string;
  /** Claims and runs what is due now, batch after batch, until nothing is left (jobs queued due by a job included). */
  tick(): Promise<TickResult>;
  /** At start: jobs missed by more than the grace window are skipped and reported. */
  catchUp(): Promise<Job[]>;
  /** catchUp, a first tick, then a tick every pollMs. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

class LeaseLost extends Error {
  constructor(job: Job) {
    super(`lease on ${job.key} lost`);
    this.name = "LeaseLost";
  }
}

interface Held {
  job: Job;
  controller: AbortController;
  renewing: boolean;
  finished: boolean;
}

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { store, clock, owner, leaseMs, log } = options;
  const batchSize = options.batchSize ?? 5;
  const held = new Map<string, Held>();
  let stopping = false;
  let current: Promise<TickResult> | null = null;
  let ticker: Ticker | null = null;
  let renewal: NodeJS.Timeout | null = null;

  const leaseUntil = () => new Date(clock.now().getTime() + leaseMs);

  async function renewAll(): Promise<void> {
    for (const entry of held.values()) {
      if (entry.renewing || entry.finished) continue;
      entry.renewing = true;
      store.jobs
        .renew(entry.job.id, owner, leaseUntil())
        .then((kept) => {
          // A job that finished meanwhile is not "lost": its row is simply no longer running.
          if (!kept && !entry.finished) {
            log.warn(
              { job: entry.job.key, owner },
              "lease lost while the job ran; it will not be completed here",
            );
            entry.controller.abort(new LeaseLost(entry.job));
          }
        })
        .catch((error: unknown) => log.warn({ err: error, job: entry.job.key }, "lease renewal failed"))
        .finally(() => {
          entry.renewing = false;
        });
    }
  }

  function hold(job: Job): Held {
    const entry: Held = { job, controller: new AbortController(), renewing: false, finished: false };
    held.set(job.id, entry);
    renewal ??= setInterval(() => void renewAll(), Math.max(10, Math.floor(leaseMs / 2)));
    renewal.unref();
    return entry;
  }

  function letGo(entry: Held): void {
    entry.finished = true;
    held.delete(entry.job.id);
    if (held.size === 0 && renewal) {
      clearInterval(renewal);
      renewal = null;
    }
  }

  async function execute(entry: Held): Promise<JobOutcome> {
    const { job, controller } = entry;
    const handler = options.handlers[job.kind];
    if (!handler) {
      const failure: Failure = {
        code: "internal",
        params: {},
        detail: `no handler for job kind "${job.kind}"`,
      };
      await store.jobs.fail(job.id, owner, lastErrorText(failure), null, clock.now());
      await tell(() => options.notices?.gaveUp?.(job, failure));
      return "failed";
    }
    if (handler.mode === "transaction") {
      await store.transaction(async (tx) => {
        // Completing first locks the job row for the whole transaction (other claimers skip it).
        if (!(await tx.jobs.complete(job.id, owner, clock.now()))) throw new LeaseLost(job);
        await handler.run(job, { store: tx, signal: controller.signal });
      });
      return "done";
    }
    await handler.run(job, { store, signal: controller.signal });
    if (!(await store.jobs.complete(job.id, owner, clock.now()))) throw new LeaseLost(job);
    return "done";
  }

  async function runOne(entry: Held, waited: boolean): Promise<JobOutcome> {
    const { job } = entry;
    try {
      // A job that waited behind others in its batch may have been taken over meanwhile: never
      // start one this process no longer holds (two senders checking the same marker at once).
      if (
        entry.controller.signal.aborted ||
        (waited && !(await store.jobs.renew(job.id, owner, leaseUntil())))
      )
        throw new LeaseLost(job);
      return await execute(entry);
    } catch (error) {
      if (error instanceof LeaseLost || entry.controller.signal.reason instanceof LeaseLost) {
        log.warn({ job: job.key, owner }, "job not completed: another process holds it now");
        return "lost";
      }
      if (stopping && entry.controller.signal.aborted) {
        await store.jobs.release(job.id, owner);
        return "released";
      }
      return await recordFailure(job, error);
    } finally {
      letGo(entry);
    }
  }

  async function recordFailure(job: Job, error: unknown): Promise<JobOutcome> {
    const failure = failureOf(error);
    const now = clock.now();
    const next = retryAt(
      now,
      job.attempts,
      options.retryBaseMs ?? RETRY_BASE_MS,
      options.maxAttempts ?? MAX_ATTEMPTS,
    );
    log.warn({ err: error, job: job.key, attempt: job.attempts, retryAt: next }, "job failed");
    const recorded = await store.jobs.fail(job.id, owner, lastErrorText(failure), next, now);
    if (!recorded) return "lost";
    if (next) return "retry";
    await tell(() =>
      options.notices?.gaveUp?.({ ...job, status: "failed", lastError: lastErrorText(failure) }, failure),
    );
    return "failed";
  }

  /** A notice that cannot be sent is logged: it must not undo the job's own outcome. */
  async function tell(send: () => Promise<void> | undefined): Promise<void> {
    try {
      await send();
    } catch (error) {
      log.error({ err: error }, "could not tell moderators about a job");
    }
  }

  async function drain(): Promise<TickResult> {
    const result: TickResult = { ran: [] };
    while (!stopping) {
      const now = clock.now();
      const claimed = await store.jobs.claim(owner, now, new Date(now.getTime() + leaseMs), batchSize);
      if (claimed.length === 0) break;
      // Claimed jobs wait their turn under lease renewal; in runAt order, so an edition's steps
      // that were all due at once (after downtime) run in their natural order.
      const entries = claimed.map(hold);
      for (const [index, entry] of entries.entries()) {
        if (stopping) {
          letGo(entry);
          await store.jobs.release(entry.job.id, owner);
          result.ran.push({ key: entry.job.key, outcome: "released" });
          continue;
        }
        result.ran.push({ key: entry.job.key, outcome: await runOne(entry, index > 0) });
      }
    }
    return result;
  }

  const runner: JobRunner = {
    owner,
    tick() {
      if (stopping) return Promise.resolve({ ran: [] });
      if (current) return current;
      current = drain()
        .catch((error: unknown) => {
          log.error({ err: error }, "scheduler tick failed; the next tick tries again");
          return { ran: [] };
        })
        .finally(() => {
          current = null;
        });
      return current;
    },

    async catchUp() {
      const now = clock.now();
      const skipped = await store.jobs.skipMissed(new Date(now.getTime() - options.graceMs), now);
      if (skipped.length) {
        log.warn({ count: skipped.length, keys: skipped.map((j) => j.key) }, "missed jobs skipped");
        await tell(() => options.notices?.skipped?.(skipped));
      }
      return skipped;
    },

    async start() {
      await runner.catchUp();
      await runner.tick();
      if (stopping) return; // stopped during the first tick: no heartbeat to leave behind
      const make =
        options.ticker ?? ((pattern, work) => cronTicker(pattern, `afterchat-jobs-${owner}`, work));
      ticker = make(tickPattern(options.pollMs), () => runner.tick());
    },

    async stop() {
      stopping = true;
      await ticker?.stop();
      ticker = null;
      const running = current;
      const timeout = options.stopTimeoutMs ?? 10_000;
      if (running && !(await within(timeout, running))) {
        // Ask running handlers to stop, and hand their jobs back for another process. A release
        // waits for the job's own transaction on PostgreSQL (row lock): bounded too.
        for (const entry of [...held.values()]) {
          entry.controller.abort(new Error("stopping"));
          const release = store.jobs
            .release(entry.job.id, owner)
            .catch((error: unknown) =>
              log.warn({ err: error, job: entry.job.key }, "could not release a job"),
            );
          await within(Math.min(timeout, 2_000), release);
        }
      }
      if (renewal) clearInterval(renewal);
      renewal = null;
    },
  };
  return runner;
}

/** Whether `work` settled within `ms` (it is not cancelled otherwise). */
async function within(ms: number, work: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const settled = await Promise.race([
    work.then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    }),
  ]);
  clearTimeout(timer);
  return settled;
}
