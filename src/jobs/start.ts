/**
 * The scheduler of one bot process (src/main.ts): a job runner over the shared database with the
 * edition lifecycle's handlers, planning every hour and at start. Any number of processes may run
 * it on one PostgreSQL database: each job still runs once (docs/scheduling.md).
 */
import type { Services } from "../app/services.js";
import type { Config } from "../config.js";
import { JOB_KINDS, planJobKey, sweepJobKey } from "../domain/job-keys.js";
import type { Logger } from "../log.js";
import { lifecycleHandlers } from "./handlers/index.js";
import { schedulerNotices } from "./notices.js";
import { processOwner } from "./owner.js";
import { createJobRunner, type JobRunner } from "./runner.js";
import { defaultSteps, type LifecycleSteps } from "./steps.js";
import { cronTicker, type Ticker } from "./ticker.js";

export interface SchedulerInput {
  config: Pick<Config, "scheduler">;
  services: Services;
  log: Logger;
  /** Use cases of other areas, as they are wired (defaults: src/jobs/steps.ts). */
  steps?: Partial<LifecycleSteps>;
  /** For tests: a fixed owner name and a heartbeat that does not tick by itself. */
  owner?: string;
  ticker?: (pattern: string, work: () => Promise<unknown>) => Ticker;
  stopTimeoutMs?: number;
}

export interface Scheduler {
  runner: JobRunner;
  /** Queues this hour's planning run (once across processes) and runs what is due. */
  plan(): Promise<void>;
  /** Queues this five minutes' sweep (once across processes) and runs what is due. */
  sweep(): Promise<void>;
  stop(): Promise<void>;
}

/** Planning every hour, at minute 0 (node-cron, in the process's zone: only the hour matters). */
const PLAN_PATTERN = "0 * * * *";
/** The poll sweep every five minutes. */
const SWEEP_PATTERN = "*/5 * * * *";

export async function startScheduler(input: SchedulerInput): Promise<Scheduler> {
  const { config, services, log } = input;
  const graceMs = config.scheduler.graceMinutes * 60_000;
  const runner = createJobRunner({
    store: services.store,
    clock: services.clock,
    owner: input.owner ?? processOwner(),
    leaseMs: config.scheduler.leaseSeconds * 1000,
    pollMs: config.scheduler.pollSeconds * 1000,
    graceMs,
    handlers: lifecycleHandlers(services, defaultSteps(input.steps)),
    log,
    notices: schedulerNotices(services, graceMs),
    ...(input.ticker ? { ticker: input.ticker } : {}),
    ...(input.stopTimeoutMs ? { stopTimeoutMs: input.stopTimeoutMs } : {}),
  });

  const queue = async (key: string, kind: string) => {
    await services.store.jobs.schedule({
      key,
      kind,
      workspaceId: null,
      payload: {},
      runAt: services.clock.now(),
    });
  };
  const plan = async () => {
    await queue(planJobKey(services.clock.now()), JOB_KINDS.plan);
    await runner.tick();
  };
  const sweep = async () => {
    await queue(sweepJobKey(services.clock.now()), JOB_KINDS.sweep);
    await runner.tick();
  };

  // start(): missed jobs are skipped or kept (grace window), then this hour's planning runs.
  await queue(planJobKey(services.clock.now()), JOB_KINDS.plan);
  await runner.start();
  const make =
    input.ticker ?? ((pattern, work) => cronTicker(pattern, `afterchat-${pattern}-${runner.owner}`, work));
  const every = (pattern: string, work: () => Promise<void>, what: string) =>
    make(pattern, () =>
      work().catch((error: unknown) => log.error({ err: error }, `${what} failed; it runs again soon`)),
    );
  const planner = every(PLAN_PATTERN, plan, "planning");
  const sweeper = every(SWEEP_PATTERN, sweep, "the poll sweep");
  log.info({ owner: runner.owner }, "scheduler started");
  return {
    runner,
    plan,
    sweep,
    async stop() {
      await planner.stop();
      await sweeper.stop();
      await runner.stop();
      log.info({ owner: runner.owner }, "scheduler stopped");
    },
  };
}
