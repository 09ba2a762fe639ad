/**
 * The CLI's report renderers: the same Markdown and charts the chat platforms get. Charts are loaded on
 * demand: Vega and resvg take longer to load than a small report takes to compute, and only `--out` draws them.
 */
import { reportCharts } from "../render/charts/on-demand.js";
import { reportMarkdown } from "../render/report/markdown.js";
import type { ReportRenderers } from "./output.js";

export const reportRenderers: ReportRenderers = {
  markdown: (report, options) => reportMarkdown(report, options),
  charts: (report, options) => reportCharts(report, options),
};
