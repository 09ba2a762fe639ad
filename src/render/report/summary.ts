import type { Report } from "../../domain/stats/report.js";
import type { Locale } from "../../i18n/index.js";
import { renderContext } from "./context.js";

/**
 * One sentence for notifications and the message's plain-text fallback:
 * "#mychat: 1,234 posts by 120 contributors, 2,734 interactions, 2 questions left hanging."
 */
export function reportSummaryText(report: Report, locale: Locale): string {
  // No time appears in the summary, so the zone does not matter.
  const { t, fmt } = renderContext(report, locale, "UTC");
  const subject = report.hashtag === null ? t("report.titleNoHashtag") : `#${report.hashtag}`;
  if (report.posts.total === 0) return t("report.message.summaryEmpty", { subject });
  const count = (key: "posts" | "contributors" | "interactions" | "unanswered", value: number) =>
    t(`report.count.${key}`, { count: value, n: fmt.count(value) });
  const params = {
    subject,
    posts: count("posts", report.posts.total),
    people: count("contributors", report.contributors.unique),
    interactions: count("interactions", report.engagement.total),
    unanswered: count("unanswered", report.unanswered.length),
  };
  // Where the data cannot tell a reply, no post is said to be left hanging.
  return report.unanswered.length > 0 && report.repliesKnown
    ? t("report.message.summaryUnanswered", params)
    : t("report.message.summary", params);
}
