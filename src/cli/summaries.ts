import type { FileReportResult } from "../app/report/file-report.js";
import type { Translator } from "../i18n/index.js";
import { describeSkip } from "../render/import-summary.js";

/** One line per file on stderr (what was kept, filtered, skipped and where), so stdout stays the report. */
export function printFileSummaries(
  result: FileReportResult,
  t: Translator,
  stderr: NodeJS.WritableStream,
): void {
  for (const file of result.files) {
    stderr.write(
      `${t.t("cli.fileSummary", { file: file.path, format: file.format, count: file.posts, ignored: file.ignored, skipped: file.skippedCount })}\n`,
    );
    for (const skip of file.skipped.slice(0, 10))
      stderr.write(`${t.t("cli.skippedLine", { what: describeSkip(skip, t) })}\n`);
    if (file.skippedCount > 10)
      stderr.write(`${t.t("cli.moreSkipped", { count: file.skippedCount - 10 })}\n`);
  }
  for (const file of result.unrecognised) stderr.write(`${t.t("cli.unrecognised", { file })}\n`);
}
