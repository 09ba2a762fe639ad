import type { Report } from "../../domain/stats/report.js";
import type { RenderContext } from "./context.js";

/** Caveats the reader must know: lists that may undercount, posts left out for an unreadable date. */
export function notes(report: Report, { t, fmt }: RenderContext): string[] {
  const out: string[] = [];
  if (report.approximate.length > 0) {
    const lists = report.approximate.map((list) => t(`report.lists.${list}`)).join(", ");
    out.push(t("report.approximate", { lists }));
  }
  if (report.ignoredPosts > 0) {
    out.push(t("report.ignored", { count: report.ignoredPosts, n: fmt.count(report.ignoredPosts) }));
  }
  return out;
}
