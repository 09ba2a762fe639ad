/**
 * A report straight from files or folders, without a database: what `afterchat report` runs.
 * Every file is recognised by content and streamed; posts are filtered (hashtag, window) and fed
 * to the stats engine one by one, so archives of any size run in constant memory.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { type PostFilter, postFilter } from "../../domain/post-filter.js";
import { accountSection, type DailyFigures, dayRangeOf } from "../../domain/stats/account.js";
import { createStatsAccumulator, type Report, type ReportContext } from "../../domain/stats/index.js";
import { AfterchatError } from "../../errors.js";
import { openFile } from "../../sources/detect.js";
import { FILE_REPLY_COVERAGE, repliesKnown } from "../../sources/reply-coverage.js";
import type { FileFormat } from "../../sources/types.js";
import { expectedPosts } from "./expected-posts.js";
import type { RangeWorkers } from "./range-workers.js";
import { emptyTally, type Tally, tallyItem } from "./tally.js";

export interface FileSummary extends Tally {
  path: string;
  format: FileFormat;
}

export interface FileReportResult {
  report: Report;
  files: FileSummary[];
  /** Files inside folders that were not recognised (an explicitly named one is an error). */
  unrecognised: string[];
}

export interface FileReportOptions {
  filter: PostFilter;
  context: ReportContext;
  /** The account a tweets.js archive or analytics export belongs to. */
  ownerHandle?: string;
  /** The chat's time zone: which calendar days of a daily overview are the chat's (default UTC). */
  timeZone?: string;
  onProgress?: (read: number) => void;
  /**
   * Worker threads a single large twarc2 archive may be read with (file-parts.ts); default 1, one pass.
   * The report is the same either way.
   */
  threads?: number;
  /** Worker threads already started for those parts (by the command line); more are started if needed. */
  workers?: RangeWorkers;
  /** A recognised file starts being read: its path, size and bytes read so far (for a progress bar). */
  onFile?: (path: string, bytes: { size: number | null; bytesRead(): number }) => void;
}

/** Files of the given paths, folders walked recursively in name order; `explicit` marks named files. */
export async function* expandPaths(paths: string[]): AsyncGenerator<{ path: string; explicit: boolean }> {
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new AfterchatError("not_found", { what: path });
    if (info.isDirectory()) yield* walk(path);
    else yield { path, explicit: true };
  }
}

/** The stats engine's hint: from the file's size when one file is named (a folder: no hint). */
async function expectedPostsIn(paths: string[]): Promise<number> {
  if (paths.length !== 1) return 0;
  const info = await stat(paths[0]!).catch(() => null);
  return info?.isFile() ? expectedPosts(info.size) : 0;
}

async function* walk(dir: string): AsyncGenerator<{ path: string; explicit: boolean }> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield { path, explicit: false };
  }
}

export async function reportFromFiles(
  paths: string[],
  options: FileReportOptions,
): Promise<FileReportResult> {
  if ((options.threads ?? 1) > 1 && paths.length === 1) {
    const parted = await inParts(paths[0]!, options);
    if (parted !== null) return parted;
  }
  const stats = createStatsAccumulator(options.context, { expectedPosts: await expectedPostsIn(paths) });
  const accepts = postFilter(options.filter);
  const files: FileSummary[] = [];
  const unrecognised: string[] = [];
  const days: DailyFigures[] = [];
  let read = 0;
  for await (const { path, explicit } of expandPaths(paths)) {
    const detected = await openFile(path, options.ownerHandle ? { ownerHandle: options.ownerHandle } : {});
    if (!detected) {
      if (explicit) throw new AfterchatError("import_unrecognised", { file: path });
      unrecognised.push(path);
      continue;
    }
    options.onFile?.(path, detected);
    const summary: FileSummary = { path, format: detected.format, ...emptyTally() };
    for await (const batch of detected.batches) {
      for (const item of batch) {
        read += 1;
        tallyItem(item, summary, stats, accepts, days);
        if (options.onProgress && read % 5000 === 0) options.onProgress(read);
      }
    }
    files.push(summary);
  }
  options.onProgress?.(read);
  return resultOf(stats.finish(), files, unrecognised, days, options);
}

function resultOf(
  report: Report,
  files: FileSummary[],
  unrecognised: string[],
  days: DailyFigures[],
  options: FileReportOptions,
): FileReportResult {
  const known =
    report.repliesKnown &&
    repliesKnown(files.filter((file) => file.posts > 0).map((file) => FILE_REPLY_COVERAGE[file.format]));
  return {
    report: { ...report, account: chatDays(days, report, options), repliesKnown: known },
    files,
    unrecognised,
  };
}

/** One large twarc2 file read by worker threads, or null to read it in one pass. */
async function inParts(path: string, options: FileReportOptions): Promise<FileReportResult | null> {
  // Loaded here: a one-thread report does not need the worker machinery (four modules at start-up).
  const [{ reportInParts }, { partsFor }] = await Promise.all([
    import("./file-parts.js"),
    import("./range-workers.js"),
  ]);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile() || partsFor(info.size, options.threads ?? 1) < 2) return null;
  const detected = await openFile(path, options.ownerHandle ? { ownerHandle: options.ownerHandle } : {});
  if (detected?.format !== "twarc2-jsonl") return null;
  let bytesRead = 0;
  options.onFile?.(path, { size: info.size, bytesRead: () => bytesRead });
  const parted = await reportInParts(path, info.size, {
    filter: options.filter,
    context: options.context,
    threads: options.threads ?? 1,
    ...(options.workers ? { workers: options.workers } : {}),
    onBytes: (bytes) => {
      bytesRead = bytes;
    },
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  if (parted === null) return null;
  options.onProgress?.(parted.read);
  const summary: FileSummary = { path, format: detected.format, ...parted.tally };
  return resultOf(parted.report, [summary], [], [], options);
}

/**
 * The account section over the chat's days: the filter's days when it has a window (an open side takes
 * every day), else the days of the posts kept, else (only daily files) every day given.
 */
function chatDays(days: DailyFigures[], report: Report, options: FileReportOptions): Report["account"] {
  if (days.length === 0) return null;
  const { since, until } = options.filter;
  const first = since ?? (report.window ? new Date(report.window.first) : null);
  const last = until ?? (report.window ? new Date(report.window.last) : null);
  const range = first === null && last === null ? null : dayRangeOf(first, last, options.timeZone);
  return accountSection(days, range);
}
