/** Posts per bucket over time, the peak marked, and the official end as a dashed rule when known. */
import type { TopLevelSpec } from "vega-lite";
import type { Report } from "../../domain/stats/report.js";
import type { RenderContext } from "../report/context.js";
import { CHART_WIDTH, COLORS } from "./theme.js";
import { wallClock } from "./zone.js";

const HEIGHT = 400;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

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
  const span = bars.at(-1)!.end - bars[0]!.start;
  return {
    width: CHART_WIDTH,
    height: HEIGHT,
    autosize: { type: "fit", contains: "padding" },
    title: t("report.chart.timelineTitle"),
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
              title: t("report.chart.timelineX", { zone }),
              format: timeFormat(span, ctx),
              labelOverlap: true,
            },
          },
          x2: { field: "end" },
          y: {
            field: "posts",
            type: "quantitative",
            axis: {
              title: t("report.chart.timelineY", { slot: fmt.duration(bucketMinutes) }),
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

/** Tick labels: times for one day of chat, dates with times up to a week, dates beyond (d3-time-format). */
function timeFormat(spanMs: number, { fmt }: RenderContext): string {
  const fr = fmt.locale === "fr";
  if (spanMs <= DAY) return fr ? "%H:%M" : "%-I:%M %p";
  if (spanMs <= 7 * DAY) return fr ? "%-d %b %H:%M" : "%b %-d, %-I %p";
  return fr ? "%-d %b" : "%b %-d";
}
