/**
 * The font every chart is drawn with, shipped by the `dejavu-fonts-ttf` npm package: resvg draws text only
 * with fonts it is given, and no system font is assumed (see docs on `font.loadSystemFonts`).
 * @see https://github.com/thx/resvg-js#example
 */
import { createRequire } from "node:module";

export const FONT_FAMILY = "DejaVu Sans";

const require = createRequire(import.meta.url);

/** Regular and bold (titles): absolute paths inside node_modules. */
export function fontFiles(): string[] {
  return [
    require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
    require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
  ];
}
