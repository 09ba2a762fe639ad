/** Posts per bucket over time, the peak marked, and the official end as a dashed rule when known. */
import type { TopLevelSpec } from "vega-lite";
import type { Report } from "../../domain/stats/report.js";
import type { RenderContext } from "../report/context.js";
import { CHART_WIDTH, COLORS } from "./theme.js";
import { timeTicks } from "./time-ticks.js";
import { wallClock } from "./zone.js";

const HEIGHT = 400;
const MINUTE = 60_000;

export function timelineSpec(report: Report, ctx: RenderContext): TopLevelSpec | null {
  const { t, fmt } = ctx;
  const { buckets, bucketMinutes } = report.timeline;
  if (buckets.length === 0) return null;
  const zone = fmt.timeZone;
  const bars = buckets.map((bucket) => {
    const start = wallClock(bucket.start, zone);
    return { start, end: start + bucketMinutes * MINUTE, posts: bucket.posts };
  });
  const x = { field: "at", type: "temporal", scale: { type: "utc" } } as const;
  const ticks = timeTicks(bars[0]!.start, bars.at(-1)!.end, fmt.locale);
  const slot = fmt.durationParts(bucketMinutes);
  return {
    width: CHART_WIDTH,
    height: HEIGHT,
    autosize: { type: "fit", contains: "padding" },
    // The slot is said under the title, not on the y axis: a y title longer than the plot (French "par
    // tranche de 2 semaines") pushed the chart's title out of the image.
    title: {
      text: t("report.chart.timelineTitle"),
      subtitle: t("report.chart.timelineSlot", { count: slot.count, slot: slot.text, unit: slot.unit }),
    },
    layer: [
      {
        data: { values: bars },
        mark: { type: "rect", color: COLORS.bar },
        encoding: {
          x: {
            field: "start",
            type: "temporal",
            scale: { type: "utc" },
            axis: {
              title: t(ticks.dates ? "report.chart.timelineXDate" : "report.chart.timelineX", { zone }),
              format: ticks.format,
              // Whole days, months or years; within a day Vega's own steps (5, 15, 30 minutes…) read best.
              ...(ticks.dates ? { tickCount: { interval: ticks.unit, step: 1 } } : {}),
              labelOverlap: true,
            },
          },
          x2: { field: "end" },
          y: {
            field: "posts",
            type: "quantitative",
            axis: {
              title: t("report.chart.timelineY"),
              titleLimit: HEIGHT - 20,
              format: ",d",
              tickMinStep: 1,
            },
          },
          y2: { datum: 0 },
        },
      },
      ...peakLayers(report, ctx, x),
      ...endLayers(report, ctx, x),
    ],
  } as TopLevelSpec;
}

function peakLayers(report: Report, { t, fmt }: RenderContext, x: object) {
  const peak = report.peak;
  if (peak === null || peak.posts === 0) return [];
  const at = wallClock(peak.start, fmt.timeZone) + (peak.bucketMinutes * MINUTE) / 2;
  const values = [{ at, posts: peak.posts, label: t("report.chart.peak", { n: fmt.count(peak.posts) }) }];
  const encoding = { x, y: { field: "posts", type: "quantitative" } };
  return [
    { data: { values }, mark: { type: "point", filled: true, size: 90, color: COLORS.peak }, encoding },
    {
      data: { values },
      mark: { type: "text", dy: -14, fontWeight: "bold", fontSize: 13, color: COLORS.peak },
      encoding: { ...encoding, text: { field: "label" } },
    },
  ];
}

/** The official end is known only when the edition had a window (then the report has an after-party). */
function endLayers(report: Report, { t, fmt }: RenderContext, x: object) {
  const party = report.afterParty;
  if (party === null) return [];
  const values = [{ at: wallClock(party.since, fmt.timeZone), label: t("report.chart.officialEnd") }];
  return [
    {
      data: { values },
      mark: { type: "rule", strokeDash: [6, 4], strokeWidth: 2, color: COLORS.end },
      encoding: { x },
    },
    {
      data: { values },
      mark: { type: "text", align: "left", baseline: "top", dx: 5, y: 4, fontSize: 12, color: COLORS.end },
      encoding: { x, text: { field: "label" } },
    },
  ];
}
