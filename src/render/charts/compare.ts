/**
 * Two chats side by side: one small panel per figure (posts, contributors, answers per question, engagement
 * per post, potential reach), two bars in each. Each panel has its own scale: reach runs to the thousands
 * where answers per question stays under ten. A figure a side lacks has no bar (the message says why).
 */
import type { TopLevelSpec } from "vega-lite";
import { COMPARED_FIGURES, formatFigure } from "../compare/figures.js";
import type { ComparisonView } from "../compare/message.js";
import type { RenderContext } from "../report/context.js";
import { CHART_WIDTH, COLORS } from "./theme.js";

const HEIGHT = 260;
const GAP = 16;

export function compareSpec(view: ComparisonView, { t, fmt }: RenderContext): TopLevelSpec | null {
  const sides = [
    [`#${view.ours}`, view.comparison.ours],
    [`#${view.theirs}`, view.comparison.theirs],
  ] as const;
  const order = COMPARED_FIGURES.map((figure) => t(`compare.figure.${figure}`));
  const values = COMPARED_FIGURES.flatMap((figure) =>
    sides.flatMap(([side, figures]) => {
      const value = figures[figure];
      return value === null
        ? []
        : [{ figure: t(`compare.figure.${figure}`), side, value, label: formatFigure(value, figure, fmt) }];
    }),
  );
  if (values.length === 0) return null;
  const panel = Math.floor((CHART_WIDTH - GAP * COMPARED_FIGURES.length) / COMPARED_FIGURES.length);
  const x = { field: "side", type: "nominal", sort: null, axis: null } as const;
  const y = {
    field: "value",
    type: "quantitative",
    axis: { title: null, format: "~s", tickCount: 4 },
  } as const;
  const color = {
    field: "side",
    type: "nominal",
    sort: null,
    scale: { range: [COLORS.bar, COLORS.peak] },
    legend: { title: null, orient: "bottom" },
  } as const;
  return {
    title: t("compare.chart.title", { ours: view.ours, theirs: view.theirs }),
    data: { values },
    facet: {
      column: {
        field: "figure",
        type: "nominal",
        sort: order,
        header: { title: null, labelFontSize: 12, labelLimit: 0 },
      },
    },
    spacing: GAP,
    resolve: { scale: { y: "independent" } },
    spec: {
      width: panel,
      height: HEIGHT,
      layer: [
        { mark: { type: "bar" }, encoding: { x, y, color } },
        { mark: { type: "text", dy: -8, fontSize: 12 }, encoding: { x, y, text: { field: "label" } } },
      ],
    },
  } as TopLevelSpec;
}
