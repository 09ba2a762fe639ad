/** The CLI's report renderers: the same Markdown and charts the chat platforms get. */
import { reportCharts } from "../render/charts/index.js";
import { reportMarkdown } from "../render/report/markdown.js";
import type { ReportRenderers } from "./output.js";

export const reportRenderers: ReportRenderers = {
  markdown: (report, options) => reportMarkdown(report, options),
  charts: (report, options) => reportCharts(report, options),
};
