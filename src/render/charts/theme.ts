import type { Config } from "vega-lite";
import type { Locale } from "../../i18n/index.js";
import { FONT_FAMILY } from "./font.js";
import { vegaLocale } from "./locale.js";

/** Logical chart width in SVG pixels; PNGs are drawn at twice this for sharp text on high-density screens. */
export const CHART_WIDTH = 800;
export const PNG_SCALE = 2;

export const COLORS = {
  bar: "#4C78A8",
  peak: "#F58518",
  end: "#E45756",
  /** Ratings 1..5, red to green (ColorBrewer RdYlGn, 5 classes). */
  ratings: ["#d7191c", "#fdae61", "#e6d96a", "#a6d96a", "#1a9641"],
} as const;

export function chartConfig(locale: Locale): Config {
  return {
    font: FONT_FAMILY,
    background: "white",
    locale: vegaLocale(locale),
    title: { fontSize: 18, anchor: "start", offset: 12 },
    axis: { labelFontSize: 12, titleFontSize: 13, titlePadding: 10 },
    legend: { labelFontSize: 12, titleFontSize: 13 },
    view: { stroke: null },
  };
}
