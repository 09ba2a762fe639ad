/** `afterchat report <file-or-dir>...`: a report straight from archives, no database. */
import { reportFromFiles } from "../app/report/file-report.js";
import type { Translator } from "../i18n/index.js";
import type { CliArgs } from "./args.js";
import { type ReportRenderers, writeReport } from "./output.js";
import { progress } from "./progress.js";
import { printFileSummaries, printReportWarnings } from "./summaries.js";

export async function reportCommand(
  args: CliArgs,
  t: Translator,
  renderers: ReportRenderers,
  io: CliIo,
): Promise<number> {
  if (args.positionals.length === 0) {
    io.stderr.write(`${t.t("cli.missingPaths")}\n`);
    return 2;
  }
  const bar = progress(t.t("cli.progress", { count: "" }).trim(), io.stderr as NodeJS.WriteStream);
  const result = await reportFromFiles(args.positionals, {
    filter: { hashtag: args.hashtag, since: args.since, until: args.until },
    context: { hashtag: args.hashtag, hosts: args.hosts, instance: args.instance },
    timeZone: args.output.timeZone,
    ...(args.owner ? { ownerHandle: args.owner } : {}),
    onProgress: (read) => bar.update(read),
  }).finally(() => bar.stop());
  printFileSummaries(result, t, io.stderr);
  printReportWarnings(result.report, t, io.stderr);
  const written = await writeReport(result.report, args.output, renderers, io.stdout);
  for (const path of written) io.stderr.write(`${t.t("cli.wrote", { path })}\n`);
  return 0;
}

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}
