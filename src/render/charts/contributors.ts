/** Horizontal bars: the top contributors by number of posts. */
import type { TopLevelSpec } from "vega-lite";
import { ARCHIVE_OWNER_UNKNOWN } from "../../domain/post.js";
import type { Report } from "../../domain/stats/report.js";
import type { RenderContext } from "../report/context.js";
import { CHART_WIDTH, COLORS } from "./theme.js";

const ROW = 32;
const FRAME = 110;

export function contributorsSpec(report: Report, { t, fmt }: RenderContext): TopLevelSpec | null {
  const entries = report.contributors.topByPosts.filter((entry) => entry.posts > 0);
  if (entries.length === 0) return null;
  // The rank keeps two people with the same handle on different networks apart.
  const values = entries.map((entry, index) => ({
    who: `${index + 1}. ${entry.handle === ARCHIVE_OWNER_UNKNOWN ? t("report.chart.archiveOwner") : `@${entry.handle}`}`,
    posts: entry.posts,
    label: fmt.count(entry.posts),
  }));
  const y = { field: "who", type: "nominal", sort: null, axis: { title: null, labelLimit: 320 } } as const;
  const x = {
    field: "posts",
    type: "quantitative",
    axis: { title: t("report.chart.contributorsX"), format: ",d", tickMinStep: 1 },
  } as const;
  return {
    width: CHART_WIDTH,
    height: FRAME + ROW * values.length,
    autosize: { type: "fit", contains: "padding" },
    title: t("report.chart.contributorsTitle"),
    data: { values },
    layer: [
      { mark: { type: "bar", color: COLORS.bar }, encoding: { x, y } },
      {
        mark: { type: "text", align: "left", dx: 4, fontSize: 12 },
        encoding: { x, y, text: { field: "label" } },
      },
    ],
  } as TopLevelSpec;
}
