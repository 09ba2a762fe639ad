/**
 * The full report attached to the chat message: the Markdown file where every list is complete. The chat
 * message's lists are cut to fit a platform's limits; its "and N more" and cut notices point here.
 */
import type { Report } from "../../domain/stats/report.js";
import type { Locale } from "../../i18n/index.js";
import { translator } from "../../i18n/index.js";
import type { OutboundFile } from "../message.js";
import { reportMarkdown } from "./markdown.js";

export const FULL_REPORT_FILE = "report.md";

export function fullReportFile(
  report: Report,
  options: { locale: Locale; timeZone: string; title: string },
): OutboundFile {
  const markdown = reportMarkdown(report, options);
  return {
    name: FULL_REPORT_FILE,
    title: translator(options.locale).t("report.message.file"),
    mime: "text/markdown",
    bytes: new TextEncoder().encode(markdown),
  };
}
