/**
 * One large twarc2 archive read by several threads: the file is cut into byte ranges at line breaks, each
 * range goes through its own stats accumulator (the first range in this thread, the others in worker threads,
 * so N threads cost N - 1 worker start-ups and state copies), and the accumulators' states are
 * merged in range order into the report one pass would give (mergeStates). When they cannot be merged
 * exactly (a post in two ranges, a bounded list one pass would have pruned) the caller reads the file in
 * one pass instead.
 */
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { PostFilter } from "../../domain/post-filter.js";
import {
  createStatsAccumulator,
  mergeInto,
  type Report,
  type ReportContext,
  type StatsAccumulator,
} from "../../domain/stats/index.js";
import { lineRanges } from "./line-ranges.js";
import { countRange, type RangeCount, type RangeJob, type RangeResult, shiftLine } from "./range-read.js";
import { emptyTally, SKIPS_KEPT, type Tally } from "./tally.js";

/** Smallest range worth a thread: starting one (its own heap, its modules) costs tens of milliseconds. */
export const MIN_PART_BYTES = 8 * 1024 * 1024;

export interface PartsOptions {
  filter: PostFilter;
  context: ReportContext;
  threads: number;
  onProgress?: (read: number) => void;
  /** Bytes of the file read so far by all the threads (for a progress bar). */
  onBytes?: (bytes: number) => void;
  /** Smallest range worth a thread (default MIN_PART_BYTES; tests cut small files). */
  minPartBytes?: number;
}

export interface PartsResult {
  report: Report;
  tally: Tally;
  read: number;
}

/** Under tsx (development, tests) the worker is the TypeScript source, loaded through tsx too. */
const SOURCE = fileURLToPath(import.meta.url).endsWith(".ts");
const WORKER = new URL(SOURCE ? "./range-worker.ts" : "./range-worker.js", import.meta.url);
/** The TypeScript worker, through tsx's loader registered in the worker itself (a devDependency). */
const UNDER_TSX = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(WORKER.href)}); });`;

/**
 * About the bytes this thread reads while a worker starts (its own Node bootstrap without the start-up
 * snapshot, then its modules): the first range is that much longer, so that the threads end together
 * instead of this one idling until the worker is done. At most a quarter of a part, for small files.
 * Measured on the 200k archive with two threads, 6 runs each: this thread waited 134-271 ms for the worker
 * with even halves, 36-130 ms with 6 MiB more here.
 */
export const WORKER_START_BYTES = 6 * 1024 * 1024;

/** Parts the file would be read in: up to `threads`, each at least MIN_PART_BYTES. */
export function partsFor(size: number, threads: number, minPartBytes = MIN_PART_BYTES): number {
  return Math.max(1, Math.min(Math.floor(threads), Math.floor(size / minPartBytes)));
}

/** The report of the file read in parts, or null when it is read in one pass (too small, or no exact merge). */
export async function reportInParts(
  path: string,
  size: number,
  options: PartsOptions,
): Promise<PartsResult | null> {
  const parts = partsFor(size, options.threads, options.minPartBytes);
  if (parts < 2) return null;
  const ranges = await lineRanges(
    path,
    size,
    parts,
    Math.min(WORKER_START_BYTES, Math.floor(size / parts / 4)),
  );
  if (ranges.length < 2) return null;
  const progress = ranges.map(() => 0);
  const bytes = ranges.map(() => 0);
  const first = createStatsAccumulator(options.context);
  const { here, others } = await runAll(
    first,
    ranges.map((range) => ({ ...range, path, filter: options.filter, context: options.context })),
    (index, read, bytesRead) => {
      progress[index] = read;
      bytes[index] = bytesRead;
      options.onBytes?.(bytes.reduce((sum, value) => sum + value, 0));
      options.onProgress?.(progress.reduce((sum, value) => sum + value, 0));
    },
  );
  const report = mergeInto(
    first,
    others.map((result) => result.state),
  );
  if (report === null) return null;
  const counts = [here, ...others];
  return {
    report,
    tally: mergeTallies(counts),
    read: counts.reduce((sum, result) => sum + result.read, 0),
  };
}

/** The ranges' tallies as one file's: sums, and the first skipped lines numbered from the file's start. */
export function mergeTallies(results: readonly RangeCount[]): Tally {
  const tally = emptyTally();
  let lines = 0;
  for (const result of results) {
    tally.posts += result.tally.posts;
    tally.ignored += result.tally.ignored;
    tally.days += result.tally.days;
    tally.skippedCount += result.tally.skippedCount;
    for (const skip of result.tally.skipped) {
      if (tally.skipped.length < SKIPS_KEPT) tally.skipped.push({ ...skip, at: shiftLine(skip.at, lines) });
    }
    lines += result.lines;
  }
  return tally;
}

/**
 * The first job in this thread, into `first`, one worker per other job, all at once; the first failure stops
 * the others. This thread would otherwise only wait: reading a range here spares a worker's start-up (its own
 * heap and modules), the copy of one state between threads, and its absorption by a fresh accumulator.
 */
async function runAll(
  first: StatsAccumulator,
  jobs: RangeJob[],
  onProgress: (index: number, read: number, bytes: number) => void,
): Promise<{ here: RangeCount; others: RangeResult[] }> {
  // Started before this thread's range so that they load their modules while it reads.
  const workers = jobs
    .slice(1)
    .map((job) =>
      SOURCE
        ? new Worker(UNDER_TSX, { eval: true, workerData: job })
        : new Worker(WORKER, { workerData: job }),
    );
  const stop = new AbortController();
  const here = countRange(jobs[0]!, first, (read, bytes) => onProgress(0, read, bytes), stop.signal);
  try {
    const [counted, others] = await Promise.all([
      here,
      Promise.all(
        workers.map((worker, index) => resultOf(worker, (read, bytes) => onProgress(index + 1, read, bytes))),
      ),
    ]);
    return { here: counted, others };
  } finally {
    // After a failure elsewhere this thread's read stops too (its own error is already the one thrown).
    stop.abort();
    await Promise.all([here.catch(() => null), ...workers.map((worker) => worker.terminate())]);
  }
}

function resultOf(worker: Worker, onProgress: (read: number, bytes: number) => void): Promise<RangeResult> {
  return new Promise((resolve, reject) => {
    worker.on(
      "message",
      (
        message: { type: "progress"; read: number; bytes: number } | { type: "done"; result: RangeResult },
      ) => {
        if (message.type === "progress") onProgress(message.read, message.bytes);
        else resolve(message.result);
      },
    );
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`a report worker stopped (exit code ${code})`)));
  });
}
