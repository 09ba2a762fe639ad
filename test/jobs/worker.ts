/**
 * A scheduler process for the multi-process tests: the real runner (node-cron ticking, real
 * clock, leases) over a PostgreSQL schema the test created. Started as
 *   node --import tsx test/jobs/worker.ts '<json WorkerConfig>'
 * It prints one JSON line per event on stdout ("ready", "running", "done", "stopped"), waits for
 * "go" on stdin before it starts claiming (so every process competes from the same moment), and
 * stops on SIGTERM the way src/main.ts does.
 *
 * Job kind "effect" (transaction mode): its effect is an audit event naming the job, written in
 * the job's own transaction. Payload `sleepMs`: sleeps that long inside the transaction on the
 * first attempt (a job to kill mid-way), waking early when the runner says stop.
 */
import { createInterface } from "node:readline";
import { createJobRunner, type JobHandler } from "../../src/jobs/runner.js";
import { silentLogger } from "../../src/log.js";
import { openDatabase } from "../../src/store/database.js";
import { createPrismaStore } from "../../src/store/prisma-store.js";

export interface WorkerConfig {
  url: string;
  schema: string;
  owner: string;
  workspaceId: string;
  leaseMs: number;
  pollMs: number;
  batchSize: number;
  stopTimeoutMs: number;
}

const config = JSON.parse(process.argv[2] ?? "{}") as WorkerConfig;
const say = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(event)}\n`);

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

const database = await openDatabase(config.url, { schema: config.schema });
const store = createPrismaStore(database);

const effect: JobHandler = {
  mode: "transaction",
  async run(job, { store: tx, signal }) {
    say({ event: "running", key: job.key, attempt: job.attempts });
    await tx.audit.append({
      workspaceId: config.workspaceId,
      actorRef: config.owner,
      action: "effect",
      subjectType: "job",
      subjectId: job.key,
      detail: { owner: config.owner, attempt: job.attempts },
    });
    const sleepMs = typeof job.payload.sleepMs === "number" ? job.payload.sleepMs : 0;
    if (sleepMs > 0 && job.attempts === 1) await sleep(sleepMs, signal);
    else await sleep(Math.floor(Math.random() * 5), signal); // interleave the processes a little
    say({ event: "done", key: job.key });
  },
};

const runner = createJobRunner({
  store,
  clock: { now: () => new Date() },
  owner: config.owner,
  leaseMs: config.leaseMs,
  pollMs: config.pollMs,
  graceMs: 24 * 3600_000,
  handlers: { effect },
  log: silentLogger(),
  batchSize: config.batchSize,
  stopTimeoutMs: config.stopTimeoutMs,
});

process.once("SIGTERM", () => {
  say({ event: "stopping" });
  void runner
    .stop()
    .then(() => database.close())
    .then(() => {
      say({ event: "stopped" });
      process.exit(0);
    });
});

const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  if (line.trim() === "go") void runner.start().then(() => say({ event: "started" }));
});
say({ event: "ready", owner: config.owner });
