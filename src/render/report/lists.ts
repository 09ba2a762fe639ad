import type { RenderContext } from "./context.js";

/**
 * The longest prefix of `lines` that fits in `budget` characters once joined with `separator`, followed by
 * "and N more" for the rest. Chat platforms cap one text block (Slack section: 3,000 characters).
 */
export function fitLines(
  lines: readonly string[],
  budget: number,
  { t, fmt }: RenderContext,
  separator = "\n",
): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    const left = lines.length - index - 1;
    const more = left > 0 ? separator.length + t("report.more", { n: fmt.count(left) }).length : 0;
    const cost = (kept.length > 0 ? separator.length : 0) + line.length;
    if (used + cost + more > budget) {
      // `line` does not fit with a "more" note after it: stop here and count it among the rest.
      return [...kept, t("report.more", { n: fmt.count(lines.length - index) })];
    }
    kept.push(line);
    used += cost;
  }
  return kept;
}

/** "word (12), other (8)": counted items, text already escaped by the caller. */
export function countedList(items: ReadonlyArray<{ label: string; count: number }>, { fmt }: RenderContext) {
  return items.map((item) => `${item.label} (${fmt.count(item.count)})`);
}
