import type { FileReportResult } from "../app/report/file-report.js";
import type { Report } from "../domain/stats/index.js";
import type { Translator } from "../i18n/index.js";
import type { ImportSummary } from "../ports.js";
import { describeSkip } from "../render/import-summary.js";

/**
 * "2 new", "1 skipped" ("2 nouvelles", "1 ignoré"): a count with its word, agreeing with the number,
 * for the import and file summaries.
 */
export function counted(t: Translator, what: "new" | "updated" | "skipped", count: number): string {
  return t.t(`cli.counts.${what}`, { count });
}

/** One line per file on stderr (what was kept, filtered, skipped and where), so stdout stays the report. */
export function printFileSummaries(
  result: FileReportResult,
  t: Translator,
  stderr: NodeJS.WritableStream,
): void {
  for (const file of result.files) {
    // A daily overview holds days of the account, not posts: say so instead of "0 posts kept".
    const line =
      file.days > 0 && file.posts + file.ignored === 0
        ? t.t("cli.fileSummaryDays", {
            file: file.path,
            format: file.format,
            count: file.days,
            skipped: counted(t, "skipped", file.skippedCount),
          })
        : t.t("cli.fileSummary", {
            file: file.path,
            format: file.format,
            count: file.posts,
            ignored: file.ignored,
            skipped: counted(t, "skipped", file.skippedCount),
          });
    stderr.write(`${line}\n`);
    printSkips(file, t, stderr);
  }
  for (const file of result.unrecognised) stderr.write(`${t.t("cli.unrecognised", { file })}\n`);
  const days = result.files.reduce((sum, file) => sum + file.days, 0);
  if (days > 0 && result.report.account === null)
    stderr.write(`${t.t("cli.noAccountDays", { count: days })}\n`);
}

/** The first ten skipped lines with their line numbers and reasons, then how many more. */
export function printSkips(
  summary: Pick<ImportSummary, "skipped" | "skippedCount">,
  t: Translator,
  stderr: NodeJS.WritableStream,
): void {
  for (const skip of summary.skipped.slice(0, 10))
    stderr.write(`${t.t("cli.skippedLine", { what: describeSkip(skip, t) })}\n`);
  if (summary.skippedCount > 10)
    stderr.write(`${t.t("cli.moreSkipped", { count: summary.skippedCount - 10 })}\n`);
}

/** What the report itself should warn about on stderr: hosts who posted nothing in the data. */
export function printReportWarnings(report: Report, t: Translator, stderr: NodeJS.WritableStream): void {
  for (const host of report.unmatchedHosts) stderr.write(`${t.t("cli.hostWithoutPosts", { host })}\n`);
}

/** Why a report from files has no post, in one sentence (exit code 3). */
export function nothingReason(result: FileReportResult, hashtag: string | null, t: Translator): string {
  const posts = result.files.reduce((sum, f) => sum + f.posts, 0);
  const ignored = result.files.reduce((sum, f) => sum + f.ignored, 0);
  const skipped = result.files.reduce((sum, f) => sum + f.skippedCount, 0);
  const days = result.files.reduce((sum, f) => sum + f.days, 0);
  if (posts > 0) return "";
  if (ignored > 0)
    return hashtag
      ? t.t("cli.nothing.filtered", { count: ignored, hashtag })
      : t.t("cli.nothing.window", { count: ignored });
  if (days > 0) return t.t("cli.nothing.dailyOnly");
  if (skipped > 0) return t.t("cli.nothing.skipped", { count: skipped });
  return t.t("cli.nothing.empty");
}
