/** One byte range of a twarc2 archive through its own stats accumulator: the work of one worker thread. */
import { createReadStream } from "node:fs";
import { type PostFilter, postFilter } from "../../domain/post-filter.js";
import type { DailyFigures } from "../../domain/stats/account.js";
import {
  createStatsAccumulator,
  type ReportContext,
  type StatsAccumulator,
  type StatsState,
} from "../../domain/stats/index.js";
import { READ_BYTES } from "../../sources/files/text.js";
import { parseTwarcBatches } from "../../sources/files/twarc.js";
import { expectedPosts } from "./expected-posts.js";
import type { ByteRange } from "./line-ranges.js";
import { emptyTally, type Tally, tallyItem } from "./tally.js";

export interface RangeJob extends ByteRange {
  path: string;
  filter: PostFilter;
  context: ReportContext;
}

/** What reading a range gave besides its counts. */
export interface RangeCount {
  tally: Tally;
  /** Line breaks in the range: where the next range's line numbers start. */
  lines: number;
  /** Items read (posts, skips). */
  read: number;
}

export interface RangeResult extends RangeCount {
  state: StatsState;
}

/** Reads the range into a fresh accumulator and gives its state (what a worker thread sends). */
export async function readRange(
  job: RangeJob,
  onProgress?: (read: number, bytes: number) => void,
): Promise<RangeResult> {
  const stats = createStatsAccumulator(job.context, { expectedPosts: expectedPosts(job.end - job.start) });
  const counted = await countRange(job, stats, onProgress);
  return { ...counted, state: stats.state() };
}

/**
 * Reads the range into `stats`; `onProgress` hears the items and bytes read so far, every 5,000 items and at
 * the end. An aborted `signal` stops the reading (the promise then rejects).
 */
export async function countRange(
  job: RangeJob,
  stats: StatsAccumulator,
  onProgress?: (read: number, bytes: number) => void,
  signal?: AbortSignal,
): Promise<RangeCount> {
  const accepts = postFilter(job.filter);
  const tally = emptyTally();
  const days: DailyFigures[] = [];
  let lines = 0;
  let read = 0;
  let bytes = 0;
  async function* chunks(): AsyncGenerator<Buffer> {
    const stream = createReadStream(job.path, {
      start: job.start,
      end: job.end - 1,
      highWaterMark: READ_BYTES,
      ...(signal ? { signal } : {}),
    });
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) lines += 1;
      yield chunk;
    }
  }
  for await (const batch of parseTwarcBatches(chunks())) {
    for (const item of batch) {
      read += 1;
      tallyItem(item, tally, stats, accepts, days);
      if (onProgress && read % 5000 === 0) onProgress(read, bytes);
    }
  }
  onProgress?.(read, bytes);
  return { tally, lines, read };
}

/** A skip's "line N", counted from the range's start, counted from the file's start instead. */
export function shiftLine(at: string, lines: number): string {
  const match = /^line (\d+)$/.exec(at);
  return match === null || lines === 0 ? at : `line ${Number(match[1]) + lines}`;
}
