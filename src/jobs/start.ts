/**
 * The scheduler of one bot process (src/main.ts): a job runner over the shared database with the
 * edition lifecycle's handlers, planning every hour and at start. Any number of processes may run
 * it on one PostgreSQL database: each job still runs once (docs/scheduling.md).
 */
import type { Services } from "../app/services.js";
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import { lifecycleHandlers } from "./handlers/index.js";
import { JOB_KINDS, planJobKey } from "./keys.js";
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
  stop(): Promise<void>;
}

/** Planning every hour, at minute 0 (node-cron, in the process's zone: only the hour matters). */
const PLAN_PATTERN = "0 * * * *";

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

  const plan = async () => {
    const now = services.clock.now();
    await services.store.jobs.schedule({
      key: planJobKey(now),
      kind: JOB_KINDS.plan,
      workspaceId: null,
      payload: {},
      runAt: now,
    });
    await runner.tick();
  };

  // Missed jobs are judged before this start's planning queues anything new.
  await runner.catchUp();
  await services.store.jobs.schedule({
    key: planJobKey(services.clock.now()),
    kind: JOB_KINDS.plan,
    workspaceId: null,
    payload: {},
    runAt: services.clock.now(),
  });
  await runner.start();
  const make =
    input.ticker ?? ((pattern, work) => cronTicker(pattern, `afterchat-plan-${runner.owner}`, work));
  const planner = make(PLAN_PATTERN, () =>
    plan().catch((error: unknown) => log.error({ err: error }, "planning failed; the next hour tries again")),
  );
  log.info({ owner: runner.owner }, "scheduler started");
  return {
    runner,
    plan,
    async stop() {
      await planner.stop();
      await runner.stop();
      log.info({ owner: runner.owner }, "scheduler stopped");
    },
  };
}
