/** One stacked bar per poll question: how many votes each rating 1..5 got, and the average at its end. */
import type { TopLevelSpec } from "vega-lite";
import { POLL_SCALE, type QuestionTally } from "../../domain/poll.js";
import { truncate } from "../markup.js";
import type { RenderContext } from "../report/context.js";
import { CHART_WIDTH, COLORS } from "./theme.js";

const ROW = 44;
const FRAME = 140;
const LABEL_MAX = 48;

/** `labels` maps a question id to its text as shown to voters (already translated by the caller). */
export function pollSpec(
  tallies: readonly QuestionTally[],
  labels: Readonly<Record<string, string>>,
  { t, fmt }: RenderContext,
): TopLevelSpec | null {
  const voted = tallies.filter((tally) => tally.votes > 0);
  if (voted.length === 0) return null;
  // Numbered so two questions with the same wording stay two bars.
  const names = voted.map(
    (tally, index) => `${index + 1}. ${truncate(labels[tally.questionId] ?? "", LABEL_MAX)}`,
  );
  const bars = voted.flatMap((tally, index) =>
    POLL_SCALE.map((rating) => ({ question: names[index], rating, votes: tally.counts[rating - 1] ?? 0 })),
  );
  const averages = voted.map((tally, index) => ({
    question: names[index],
    votes: tally.votes,
    label:
      tally.average === null ? "" : t("report.chart.pollAverage", { value: fmt.decimal(tally.average, 1) }),
  }));
  const y = {
    field: "question",
    type: "nominal",
    sort: names,
    axis: { title: null, labelLimit: 420 },
  } as const;
  // Room after the longest bar for its average label.
  const domainMax = Math.ceil(Math.max(...voted.map((tally) => tally.votes)) * 1.2);
  return {
    width: CHART_WIDTH,
    height: FRAME + ROW * voted.length,
    autosize: { type: "fit", contains: "padding" },
    title: t("report.chart.pollTitle"),
    layer: [
      {
        data: { values: bars },
        mark: { type: "bar" },
        encoding: {
          y,
          x: {
            field: "votes",
            type: "quantitative",
            stack: "zero",
            scale: { domainMax },
            axis: { title: t("report.chart.pollX"), format: ",d", tickMinStep: 1 },
          },
          color: {
            field: "rating",
            type: "ordinal",
            scale: { domain: [...POLL_SCALE], range: [...COLORS.ratings] },
            legend: { title: t("report.chart.pollRating"), orient: "bottom", direction: "horizontal" },
          },
          order: { field: "rating", type: "ordinal" },
        },
      },
      {
        data: { values: averages },
        mark: { type: "text", align: "left", dx: 6, fontSize: 13, fontWeight: "bold" },
        encoding: { y, x: { field: "votes", type: "quantitative" }, text: { field: "label" } },
      },
    ],
  } as TopLevelSpec;
}
