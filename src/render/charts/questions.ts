/** Vertical bars: answers per host question (Q1, Q2...). */
import type { TopLevelSpec } from "vega-lite";
import type { Report } from "../../domain/stats/report.js";
import type { RenderContext } from "../report/context.js";
import { askedQuestions } from "../report/orphans.js";
import { CHART_WIDTH, COLORS } from "./theme.js";

const HEIGHT = 400;

export function questionsSpec(report: Report, { t, fmt }: RenderContext): TopLevelSpec | null {
  const asked = askedQuestions(report);
  if (asked.length === 0) return null;
  const values = asked.map((question) => ({
    q: `Q${question.number}`,
    answers: question.answers,
    label: fmt.count(question.answers),
  }));
  const x = {
    field: "q",
    type: "ordinal",
    sort: null,
    axis: { title: t("report.chart.questionsX"), labelAngle: 0, labelOverlap: "parity" },
  } as const;
  const y = {
    field: "answers",
    type: "quantitative",
    axis: { title: t("report.chart.questionsY"), format: ",d", tickMinStep: 1 },
  } as const;
  return {
    width: CHART_WIDTH,
    height: HEIGHT,
    autosize: { type: "fit", contains: "padding" },
    title: t("report.chart.questionsTitle"),
    data: { values },
    layer: [
      { mark: { type: "bar", color: COLORS.bar }, encoding: { x, y } },
      // Counts above the bars only when there is room for them.
      ...(values.length <= 30
        ? [{ mark: { type: "text", dy: -8, fontSize: 12 }, encoding: { x, y, text: { field: "label" } } }]
        : []),
    ],
  } as TopLevelSpec;
}
