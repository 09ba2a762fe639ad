import type { TrendFigure } from "../../domain/stats/report.js";
import type { RenderContext } from "./context.js";

export const UP = "▲";
export const DOWN = "▼";

/** "▲ +12 (+8.5%)", "▼ −3 (−2.1%)", "unchanged", or "—" when either edition lacks the figure. */
export function trendText(figure: TrendFigure, { t, fmt }: RenderContext): string {
  if (figure.change === null) return t("report.trend.unknown");
  if (figure.change === 0) return t("report.trend.unchanged");
  const arrow = figure.change > 0 ? UP : DOWN;
  return `${arrow} ${fmt.signed(figure.change, figure.changePct)}`;
}
