/**
 * PNG charts of a report and of a poll's results: vega-lite specs (one file each), rendered to SVG by Vega
 * and to PNG by resvg with the DejaVu font from npm. Charts with no data are skipped.
 */
import type { TopLevelSpec } from "vega-lite";
import type { QuestionTally } from "../../domain/poll.js";
import type { Report } from "../../domain/stats/report.js";
import type { Locale } from "../../i18n/index.js";
import type { ComparisonView } from "../compare/message.js";
import type { OutboundFile } from "../message.js";
import { renderContext } from "../report/context.js";
import { compareSpec } from "./compare.js";
import { contributorsSpec } from "./contributors.js";
import { pollSpec } from "./poll.js";
import { questionsSpec } from "./questions.js";
import { chartSvg, svgToPng } from "./render.js";
import { chartConfig } from "./theme.js";
import { timelineSpec } from "./timeline.js";

export { chartSvg, svgToPng } from "./render.js";

export interface ChartSpec {
  /** File name: "timeline.png", "contributors.png", "questions.png", "poll.png". */
  name: string;
  /** The chart's translated title, also the file's title and the image's alt text. */
  title: string;
  spec: TopLevelSpec;
}

export interface ChartOptions {
  locale: Locale;
  /** IANA zone the timeline's axis is drawn in. */
  timeZone: string;
}

/** The report's chart specs, in display order; charts without data are left out. */
export function reportChartSpecs(report: Report, options: ChartOptions): ChartSpec[] {
  const ctx = renderContext(report, options.locale, options.timeZone);
  const candidates = [
    ["timeline", "report.chart.timelineTitle", timelineSpec(report, ctx)],
    ["contributors", "report.chart.contributorsTitle", contributorsSpec(report, ctx)],
    ["questions", "report.chart.questionsTitle", questionsSpec(report, ctx)],
  ] as const;
  const out: ChartSpec[] = [];
  for (const [name, titleKey, spec] of candidates) {
    if (spec !== null)
      out.push(withConfig({ name: `${name}.png`, title: ctx.t(titleKey), spec }, options.locale));
  }
  return out;
}

export async function reportCharts(report: Report, options: ChartOptions): Promise<OutboundFile[]> {
  const files: OutboundFile[] = [];
  // One at a time: each render holds a full bitmap, and they are quick (tens of milliseconds).
  for (const chart of reportChartSpecs(report, options)) files.push(await toFile(chart));
  return files;
}

export function pollChartSpec(
  tallies: readonly QuestionTally[],
  labels: Readonly<Record<string, string>>,
  locale: Locale,
): ChartSpec | null {
  // A poll has no times to show: the zone is irrelevant.
  const ctx = renderContext({ window: null }, locale, "UTC");
  const spec = pollSpec(tallies, labels, ctx);
  return spec === null
    ? null
    : withConfig({ name: "poll.png", title: ctx.t("report.chart.pollTitle"), spec }, locale);
}

/** The poll results chart, or null when nobody voted. */
export async function pollChart(
  tallies: readonly QuestionTally[],
  labels: Readonly<Record<string, string>>,
  locale: Locale,
): Promise<OutboundFile | null> {
  const chart = pollChartSpec(tallies, labels, locale);
  return chart === null ? null : toFile(chart);
}

/** Two chats side by side (`/afterchat compare`); null when neither side has a figure. */
export function compareChartSpec(view: ComparisonView, locale: Locale): ChartSpec | null {
  const ctx = renderContext({ window: null }, locale, "UTC");
  const spec = compareSpec(view, ctx);
  return spec === null
    ? null
    : withConfig(
        {
          name: "compare.png",
          title: ctx.t("compare.chart.title", { ours: view.ours, theirs: view.theirs }),
          spec,
        },
        locale,
      );
}

export async function compareChart(view: ComparisonView, locale: Locale): Promise<OutboundFile | null> {
  const chart = compareChartSpec(view, locale);
  return chart === null ? null : toFile(chart);
}

async function toFile(chart: ChartSpec): Promise<OutboundFile> {
  const bytes = svgToPng(await chartSvg(chart.spec));
  return { name: chart.name, title: chart.title, mime: "image/png", bytes };
}

function withConfig(chart: ChartSpec, locale: Locale): ChartSpec {
  return { ...chart, spec: { ...chart.spec, config: chartConfig(locale) } as TopLevelSpec };
}
