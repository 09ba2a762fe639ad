/**
 * A GitHub-flavoured Markdown table. Cells arrive escaped (`escapeMarkdown` turns `|` into `\|`, which GFM
 * reads as a literal pipe inside a cell). @see https://github.github.com/gfm/#tables-extension-
 */
export type Align = "left" | "right";

export function table(header: readonly string[], rows: readonly (readonly string[])[], align: Align[] = []) {
  const rule = header.map((_, index) => (align[index] === "right" ? "---:" : "---"));
  return [header, rule, ...rows].map((cells) => `| ${cells.join(" | ")} |`);
}
