/**
 * The worker threads that read ranges of one large twarc2 archive (file-parts.ts), started before their jobs are
 * known. A worker boots its own Node (without the start-up snapshot) and loads its own modules, a few hundred
 * milliseconds of work: the command line starts it first (bin/afterchat.js, cli/early-workers.ts), so that this
 * boot runs beside the main thread's own loading, and hands it its range later. This module stays light (Node
 * built-ins only) for that reason.
 */
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

/** Smallest range worth a thread: starting one (its own heap, its modules) costs tens of milliseconds. */
export const MIN_PART_BYTES = 8 * 1024 * 1024;

/** Parts the file would be read in: up to `threads`, each at least MIN_PART_BYTES. */
export function partsFor(size: number, threads: number, minPartBytes = MIN_PART_BYTES): number {
  return Math.max(1, Math.min(Math.floor(threads), Math.floor(size / minPartBytes)));
}

/** A started worker: it waits for one RangeJob message (range-worker.ts). */
export interface RangeWorker {
  worker: Worker;
  /** Settles when the worker fails or exits, whenever that happens (listened to from its start). */
  stopped: Promise<Error>;
}

/** Under tsx (development, tests) the worker is the TypeScript source, loaded through tsx too. */
const SOURCE = fileURLToPath(import.meta.url).endsWith(".ts");
const WORKER = new URL(SOURCE ? "./range-worker.ts" : "./range-worker.js", import.meta.url);
/** The TypeScript worker, through tsx's loader registered in the worker itself (a devDependency). */
const UNDER_TSX = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(WORKER.href)}); });`;

/** Workers started ahead of their jobs; `take` hands one out (or starts one), `close` ends those never taken. */
export class RangeWorkers {
  readonly #idle: RangeWorker[];

  constructor(count: number) {
    this.#idle = Array.from({ length: count }, startWorker);
  }

  take(): RangeWorker {
    const started = this.#idle.shift() ?? startWorker();
    started.worker.ref();
    return started;
  }

  async close(): Promise<void> {
    await Promise.all(this.#idle.splice(0).map(({ worker }) => worker.terminate()));
  }
}

/** Unreferenced until taken: a worker nobody takes never keeps the process alive. */
function startWorker(): RangeWorker {
  const worker = SOURCE ? new Worker(UNDER_TSX, { eval: true }) : new Worker(WORKER);
  worker.unref();
  const stopped = new Promise<Error>((resolve) => {
    worker.once("error", resolve);
    worker.once("exit", (code) => resolve(new Error(`a report worker stopped (exit code ${code})`)));
  });
  return { worker, stopped };
}
