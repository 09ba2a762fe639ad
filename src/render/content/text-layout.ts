/**
 * Lays a post out in lines for a quote card: measured with the font the PNG is drawn with
 * (DejaVu Sans, through fontkit, so widths match what resvg draws), emoji as Twemoji images one
 * em wide, wrapped at spaces only: a word is never cut. When the longest word or the line count
 * does not fit, the size goes down; at the smallest size the text stops at the last whole word
 * that fits, with an ellipsis.
 * @see https://github.com/foliojs/fontkit#fontlayoutstring-features--glyphrun
 * @see https://github.com/jdecked/twemoji-parser
 */
import { createRequire } from "node:module";
import { parse } from "@twemoji/parser";
import * as fontkit from "fontkit";

const require = createRequire(import.meta.url);

export type Segment = { kind: "text"; text: string } | { kind: "emoji"; codepoints: string };

export interface Line {
  segments: Segment[];
  /** Right-to-left: its first strong letter is Hebrew, Arabic, Syriac, Thaana or N'Ko. */
  rtl: boolean;
  width: number;
}

export interface Layout {
  size: number;
  lines: Line[];
}

let font: fontkit.Font | null = null;
function regular(): fontkit.Font {
  font ??= fontkit.openSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")) as fontkit.Font;
  return font;
}

/** Width of text at `size` px, shaped (kerning, ligatures, Arabic joining) as the renderer will. */
export function textWidth(text: string, size: number): number {
  const f = regular();
  return (f.layout(text).advanceWidth * size) / f.unitsPerEm;
}

const RTL_STRONG = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
const LTR_STRONG = /[\p{L}]/u;

/** Direction from the first strong letter (what HTML's dir="auto" does). */
export function isRtl(text: string): boolean {
  for (const char of text) {
    if (RTL_STRONG.test(char)) return true;
    if (LTR_STRONG.test(char)) return false;
  }
  return false;
}

/** A word split into text and emoji (emoji keep their Twemoji code point name, "1f33b"). */
export function segmentsOf(word: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const emoji of parse(word, { buildUrl: (codepoints) => codepoints })) {
    const [start, end] = emoji.indices; // UTF-16 offsets
    const before = word.slice(at, start);
    if (before) out.push({ kind: "text", text: before });
    out.push({ kind: "emoji", codepoints: emoji.url });
    at = end;
  }
  const rest = word.slice(at);
  if (rest) out.push({ kind: "text", text: rest });
  return out;
}

function wordWidth(segments: Segment[], size: number): number {
  return segments.reduce((w, s) => w + (s.kind === "emoji" ? size : textWidth(s.text, size)), 0);
}

function join(a: Segment[], b: Segment[]): Segment[] {
  const last = a.at(-1);
  const first = b[0];
  if (last?.kind === "text" && first?.kind === "text")
    return [...a.slice(0, -1), { kind: "text", text: last.text + first.text }, ...b.slice(1)];
  return [...a, ...b];
}

function wrap(words: Segment[][], size: number, maxWidth: number): Line[] {
  const space = textWidth(" ", size);
  const lines: Line[] = [];
  let current: Segment[] = [];
  let width = 0;
  for (const word of words) {
    const w = wordWidth(word, size);
    if (current.length && width + space + w > maxWidth) {
      lines.push({ segments: current, rtl: false, width });
      current = [];
      width = 0;
    }
    current = current.length ? join(join(current, [{ kind: "text", text: " " }]), word) : word;
    width += (width > 0 ? space : 0) + w;
  }
  if (current.length) lines.push({ segments: current, rtl: false, width });
  return lines;
}

export function layoutText(
  text: string,
  box: { width: number; maxLines: number; sizes: readonly number[] },
): Layout {
  const words = text.replace(/\s+/gu, " ").trim().split(" ").filter(Boolean).map(segmentsOf);
  const rtl = isRtl(text);
  const mark = (lines: Line[]) => lines.map((l) => ({ ...l, rtl }));
  for (const size of box.sizes) {
    if (words.some((w) => wordWidth(w, size) > box.width)) continue;
    const lines = wrap(words, size, box.width);
    if (lines.length <= box.maxLines) return { size, lines: mark(lines) };
  }
  // Smallest size: whole words up to the last line that fits, then an ellipsis (a too-long word is dropped whole).
  const size = box.sizes.at(-1) ?? 24;
  const fitting = words.filter((w) => wordWidth(w, size) <= box.width);
  let kept = fitting.length;
  let lines = wrap([...fitting.slice(0, kept), [{ kind: "text", text: "…" }]], size, box.width);
  while (kept > 0 && lines.length > box.maxLines) {
    kept -= 1;
    lines = wrap([...fitting.slice(0, kept), [{ kind: "text", text: "…" }]], size, box.width);
  }
  return { size, lines: mark(lines) };
}
