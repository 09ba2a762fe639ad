/**
 * One large twarc2 archive read by several threads: the file is cut into byte ranges at line breaks, each
 * range goes through its own stats accumulator (the first range in this thread, the others in worker threads,
 * so N threads cost N - 1 worker start-ups and state copies), and the accumulators' states are
 * merged in range order into the report one pass would give (mergeStates). When they cannot be merged
 * exactly (a post in two ranges, a bounded list one pass would have pruned) the caller reads the file in
 * one pass instead.
 */
import type { PostFilter } from "../../domain/post-filter.js";
import {
  createStatsAccumulator,
  mergeInto,
  type Report,
  type ReportContext,
  type StatsAccumulator,
} from "../../domain/stats/index.js";
import { expectedPosts } from "./expected-posts.js";
import { lineRanges } from "./line-ranges.js";
import { countRange, type RangeCount, type RangeJob, type RangeResult, shiftLine } from "./range-read.js";
import { partsFor, type RangeWorker, RangeWorkers } from "./range-workers.js";
import { emptyTally, SKIPS_KEPT, type Tally } from "./tally.js";

export interface PartsOptions {
  filter: PostFilter;
  context: ReportContext;
  threads: number;
  onProgress?: (read: number) => void;
  /** Bytes of the file read so far by all the threads (for a progress bar). */
  onBytes?: (bytes: number) => void;
  /** Smallest range worth a thread (default MIN_PART_BYTES; tests cut small files). */
  minPartBytes?: number;
  /** Workers already started (by the command line, before it loaded the engine); more are started if needed. */
  workers?: RangeWorkers;
}

export interface PartsResult {
  report: Report;
  tally: Tally;
  read: number;
}

/**
 * About the bytes this thread reads while a worker started only now boots (its own Node bootstrap without the
 * start-up snapshot, then its modules): the first range is that much longer, so that the threads end together
 * instead of this one idling until the worker is done. At most a quarter of a part, for small files.
 * Measured on the 200k archive with two threads, 6 runs each: this thread waited 134-271 ms for the worker
 * with even halves, 36-130 ms with 6 MiB more here. Workers started early (options.workers, by the command
 * line) have booted by the time this thread starts reading: even parts then.
 */
export const WORKER_START_BYTES = 6 * 1024 * 1024;

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
    options.workers ? 0 : Math.min(WORKER_START_BYTES, Math.floor(size / parts / 4)),
  );
  if (ranges.length < 2) return null;
  const progress = ranges.map(() => 0);
  const bytes = ranges.map(() => 0);
  const first = createStatsAccumulator(options.context, {
    expectedPosts: expectedPosts(ranges[0]!.end - ranges[0]!.start),
  });
  const { here, others } = await runAll(
    first,
    ranges.map((range) => ({ ...range, path, filter: options.filter, context: options.context })),
    (index, read, bytesRead) => {
      progress[index] = read;
      bytes[index] = bytesRead;
      options.onBytes?.(bytes.reduce((sum, value) => sum + value, 0));
      options.onProgress?.(progress.reduce((sum, value) => sum + value, 0));
    },
    options.workers ?? new RangeWorkers(0),
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
  started: RangeWorkers,
): Promise<{ here: RangeCount; others: RangeResult[] }> {
  // Given their jobs before this thread's range: one started just now loads its modules while this one reads.
  const workers = jobs.slice(1).map((job) => {
    const taken = started.take();
    taken.worker.postMessage(job);
    return taken;
  });
  const stop = new AbortController();
  const here = countRange(jobs[0]!, first, (read, bytes) => onProgress(0, read, bytes), stop.signal);
  try {
    const [counted, others] = await Promise.all([
      here,
      Promise.all(
        workers.map((worker, index) => resultOf(worker, (read, bytes) => onProgress(index + 1, read, bytes))),
      ),
    ]);
    // Every worker has sent its result: its thread ends beside the merge, not before it (waiting for a
    // terminated thread to exit took 10-15 ms here), and never keeps the process alive.
    for (const { worker } of workers) {
      worker.unref();
      void worker.terminate();
    }
    return { here: counted, others };
  } catch (error) {
    // After a failure elsewhere this thread's read stops too (its own error is already the one thrown), and
    // the other workers are stopped before the error reaches the caller.
    stop.abort();
    await Promise.all([here.catch(() => null), ...workers.map(({ worker }) => worker.terminate())]);
    throw error;
  }
}

function resultOf(
  { worker, stopped }: RangeWorker,
  onProgress: (read: number, bytes: number) => void,
): Promise<RangeResult> {
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
    stopped.then(reject);
  });
}
