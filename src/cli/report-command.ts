/** `afterchat report <file-or-dir>...`: a report straight from archives, no database. */
import { reportFromFiles } from "../app/report/file-report.js";
import type { RangeWorkers } from "../app/report/range-workers.js";
import { defaultThreads, environmentThreads } from "../config-threads.js";
import { isAfterchatError } from "../errors.js";
import type { Translator } from "../i18n/index.js";
import { type CliArgs, threadCount } from "./args.js";
import { EXIT } from "./exit.js";
import { type ReportRenderers, writeReport } from "./output.js";
import { makeFolder } from "./paths.js";
import { progress } from "./progress.js";
import { nothingReason, printFileSummaries, printReportWarnings } from "./summaries.js";
import { whyUnrecognised } from "./unrecognised.js";

export async function reportCommand(
  args: CliArgs,
  t: Translator,
  renderers: ReportRenderers,
  io: CliIo,
  workers?: RangeWorkers,
): Promise<number> {
  if (args.positionals.length === 0) {
    io.stderr.write(`${t.t("cli.missingPaths")}\n`);
    return 2;
  }
  // A bad --out fails now, not after the files are read.
  if (args.output.out) await makeFolder(args.output.out);
  const bar = progress(t, io.stderr);
  const result = await reportFromFiles(args.positionals, {
    filter: { hashtag: args.hashtag, since: args.since, until: args.until },
    context: { hashtag: args.hashtag, hosts: args.hosts, instance: args.instance },
    timeZone: args.output.timeZone,
    ...(args.owner ? { ownerHandle: args.owner } : {}),
    onFile: (path, bytes) => bar.file(path, bytes),
    onProgress: (read) => bar.update(read),
    threads: threadsOf(args),
    ...(workers ? { workers } : {}),
  })
    .catch(async (error: unknown) => {
      // A named file that is not recognised: say which, and why (empty, not text, which start).
      if (
        isAfterchatError(error) &&
        error.code === "import_unrecognised" &&
        typeof error.params.file === "string"
      ) {
        io.stderr.write(`${await whyUnrecognised(error.params.file, t)}\n`);
        return null;
      }
      throw error;
    })
    .finally(() => bar.stop());
  if (!result) return EXIT.failed;
  printFileSummaries(result, t, io.stderr);
  printReportWarnings(result.report, t, io.stderr);
  const written = await writeReport(result.report, args.output, renderers, io.stdout);
  for (const path of written) io.stderr.write(`${t.t("cli.wrote", { path })}\n`);
  if (result.report.posts.total > 0) return EXIT.ok;
  io.stderr.write(`${nothingReason(result, args.hashtag, t)}\n`);
  return EXIT.nothing;
}

/** --threads, else AFTERCHAT_THREADS, else the machine's cores (capped): the figures never depend on it. */
function threadsOf(args: CliArgs): number {
  if (args.threads !== null) return args.threads;
  const fromEnvironment = environmentThreads();
  return fromEnvironment === null ? defaultThreads() : threadCount("AFTERCHAT_THREADS", fromEnvironment);
}

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}
