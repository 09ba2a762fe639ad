import type { Report } from "../../domain/stats/report.js";
import { dataNotes } from "./account.js";
import type { RenderContext } from "./context.js";

/**
 * Caveats the reader must know: lists that may undercount, posts left out for an unreadable date, hosts
 * who wrote nothing in the data.
 */
export function notes(report: Report, ctx: RenderContext): string[] {
  const { t, fmt } = ctx;
  const out: string[] = [];
  if (report.approximate.length > 0) {
    const lists = report.approximate.map((list) => t(`report.lists.${list}`)).join(", ");
    out.push(t("report.approximate", { lists }));
  }
  if (report.ignoredPosts > 0) {
    out.push(t("report.ignored", { count: report.ignoredPosts, n: fmt.count(report.ignoredPosts) }));
  }
  out.push(...dataNotes(report, ctx));
  return out;
}
