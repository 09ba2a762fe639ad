/**
 * Real scheduler processes (test/jobs/worker.ts) on one PostgreSQL schema made for the test:
 * spawn them, read their events, signal them. Waiting is on events with a deadline, never on
 * elapsed time.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { dirname, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { Store } from "../../../src/ports.js";
import { type Database, openDatabase } from "../../../src/store/database.js";
import { migrate } from "../../../src/store/migrate.js";
import { createPrismaStore } from "../../../src/store/prisma-store.js";
import { testWorkspace } from "../../support/actors.js";
import { freshPgSchema, pgTestUrl } from "../../support/db.js";
import type { WorkerConfig } from "../worker.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export type WorkerEvent = { event: string; key?: string; [more: string]: unknown };

export interface WorkerProcess {
  owner: string;
  events: WorkerEvent[];
  /** Resolves with the first event (past or future) that matches. */
  waitFor(match: (e: WorkerEvent) => boolean, what: string, timeoutMs?: number): Promise<WorkerEvent>;
  go(): void;
  signal(signal: NodeJS.Signals): void;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

export function spawnWorker(config: WorkerConfig): WorkerProcess {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ["--import", "tsx", "test/jobs/worker.ts", JSON.stringify(config)],
    { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] },
  );
  const events: WorkerEvent[] = [];
  const waiters = new Set<() => void>();
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => {
    errors += chunk.toString();
  });
  createInterface({ input: child.stdout }).on("line", (line) => {
    try {
      events.push(JSON.parse(line) as WorkerEvent);
    } catch {
      errors += `${line}\n`;
    }
    for (const wake of waiters) wake();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once("exit", (code, signal) => {
      for (const wake of waiters) wake();
      done({ code, signal });
    }),
  );
  return {
    owner: config.owner,
    events,
    waitFor(match, what, timeoutMs = 30_000) {
      return new Promise((resolveEvent, reject) => {
        const check = () => {
          const found = events.find(match);
          if (found) {
            waiters.delete(check);
            clearTimeout(timer);
            resolveEvent(found);
          } else if (child.exitCode !== null || child.signalCode !== null) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(new Error(`${config.owner} exited before ${what}; stderr: ${errors}`));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`${config.owner}: no ${what} within ${timeoutMs} ms; stderr: ${errors}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    go: () => child.stdin.write("go\n"),
    signal: (signal) => void child.kill(signal),
    exited,
    stderr: () => errors,
  };
}

export interface JobsDatabase {
  store: Store;
  database: Database;
  workspaceId: string;
  worker(owner: string, overrides?: Partial<WorkerConfig>): WorkerProcess;
  /** Effects (audit events "effect") per job key. */
  effects(): Promise<Map<string, string[]>>;
  close(): Promise<void>;
}

export async function jobsDatabase(): Promise<JobsDatabase> {
  const { schema, drop } = freshPgSchema();
  await migrate(pgTestUrl(), { schema });
  const database = await openDatabase(pgTestUrl(), { schema });
  const store = createPrismaStore(database);
  const workspace = await testWorkspace(store);
  const workers: WorkerProcess[] = [];
  return {
    store,
    database,
    workspaceId: workspace.id,
    worker(owner, overrides = {}) {
      const worker = spawnWorker({
        url: pgTestUrl(),
        schema,
        owner,
        workspaceId: workspace.id,
        leaseMs: 5_000,
        pollMs: 1_000,
        batchSize: 5,
        stopTimeoutMs: 10_000,
        ...overrides,
      });
      workers.push(worker);
      return worker;
    },
    async effects() {
      const events = await store.audit.list(workspace.id, { subjectType: "job", limit: 100_000 });
      const byKey = new Map<string, string[]>();
      for (const e of events.filter((x) => x.action === "effect"))
        byKey.set(e.subjectId, [...(byKey.get(e.subjectId) ?? []), e.actorRef]);
      return byKey;
    },
    async close() {
      for (const w of workers) w.signal("SIGKILL");
      await Promise.all(workers.map((w) => w.exited));
      await database.close();
      await drop();
    },
  };
}
