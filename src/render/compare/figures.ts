/**
 * A comparison's figures as text: each side's value of one figure in the locale's numbers, or why there is
 * none (no data yet, no question asked...), never a 0 standing in for a missing figure.
 */
import type { ChatFigures } from "../../domain/compare.js";
import type { RenderContext } from "../report/context.js";
import type { Format } from "../report/format.js";

export const COMPARED_FIGURES = [
  "posts",
  "contributors",
  "answersPerQuestion",
  "engagementPerPost",
  "reach",
] as const;
export type ComparedFigure = (typeof COMPARED_FIGURES)[number];

/** Why a figure is missing, as a catalogue leaf under compare.unknown. */
const MISSING: Record<ComparedFigure, "noData" | "noQuestions" | "noPosts" | "noFollowers"> = {
  posts: "noData",
  contributors: "noData",
  answersPerQuestion: "noQuestions",
  engagementPerPost: "noPosts",
  reach: "noFollowers",
};

export function figureText(figures: ChatFigures, figure: ComparedFigure, { t, fmt }: RenderContext): string {
  const value = figures[figure];
  if (value === null) return t(`compare.unknown.${figures.editions === 0 ? "noData" : MISSING[figure]}`);
  return formatFigure(value, figure, fmt);
}

/** Ratios keep one decimal, reach is whole; posts and contributors keep one decimal only when averaged. */
export function formatFigure(value: number, figure: ComparedFigure, fmt: Format): string {
  if (figure === "answersPerQuestion" || figure === "engagementPerPost") return fmt.decimal(value, 1);
  if (figure === "reach") return fmt.count(Math.round(value));
  // Posts and contributors: whole numbers for one edition, one decimal for a mean that is not whole.
  return Number.isInteger(value) ? fmt.count(value) : fmt.decimal(value, 1);
}
