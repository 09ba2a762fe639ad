/**
 * The CLI's report renderers: the same Markdown and charts the chat platforms get. Both are loaded on
 * demand: Vega and resvg take longer to load than a small report takes to compute, and only `--out` draws them;
 * the Markdown is some twenty modules that `--json` never uses.
 */
import { reportCharts } from "../render/charts/on-demand.js";
import type { ReportRenderers } from "./output.js";

export const reportRenderers: ReportRenderers = {
  markdown: async (report, options) =>
    (await import("../render/report/markdown.js")).reportMarkdown(report, options),
  charts: (report, options) => reportCharts(report, options),
};
