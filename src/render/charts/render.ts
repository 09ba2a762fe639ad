/**
 * vega-lite spec -> Vega -> SVG (headless View, renderer "none") -> PNG (resvg, with our own font only).
 * @see https://vega.github.io/vega/usage/#node
 * @see https://github.com/thx/resvg-js
 */
import { Resvg } from "@resvg/resvg-js";
import { logger, None, parse, resetSVGDefIds, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { FONT_FAMILY, fontFiles } from "./font.js";
import { PNG_SCALE } from "./theme.js";

/** Vega's warnings go to the console by default; a chart must not write there. */
const QUIET = logger(None);

export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  const compiled = compile(spec, { logger: QUIET }).spec;
  const view = new View(parse(compiled), { renderer: "none", logger: QUIET });
  try {
    // Clip-path and gradient ids are global counters: reset them so one spec always gives the same SVG.
    resetSVGDefIds();
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export function svgToPng(svg: string): Uint8Array {
  const png = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: fontFiles(),
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    fitTo: { mode: "zoom", value: PNG_SCALE },
    logLevel: "off",
  })
    .render()
    .asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
