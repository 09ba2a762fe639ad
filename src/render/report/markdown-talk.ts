/** Markdown sections about the conversation itself: topics, mentions and co-hashtags, timeline, after-party. */
import type { Report } from "../../domain/stats/report.js";
import { recurringTopics } from "../../domain/stats/topics.js";
import type { RenderContext } from "./context.js";
import { countedList } from "./lists.js";
import { sparkline } from "./sparkline.js";
import { fileText, handleText } from "./text.js";

export function topicsSection(report: Report, ctx: RenderContext): string[] {
  const { t } = ctx;
  const { terms, phrases } = recurringTopics(report.topics);
  const lines: string[] = [];
  const list = (items: typeof terms) =>
    countedList(
      items.map((item) => ({ label: fileText(item.term), count: item.count })),
      ctx,
    ).join(", ");
  if (terms.length > 0) lines.push(`- ${t("report.topics.terms", { list: list(terms) })}`);
  if (phrases.length > 0) lines.push(`- ${t("report.topics.phrases", { list: list(phrases) })}`);
  if (lines.length === 0) lines.push(t("report.topics.none"));
  return [`## ${t("report.section.topics")}`, "", ...lines];
}

export function mentionsSection(report: Report, ctx: RenderContext): string[] {
  const { t } = ctx;
  const lines: string[] = [];
  if (report.mentions.length > 0) {
    const items = report.mentions.map((m) => ({ label: handleText(m.handle, fileText), count: m.count }));
    lines.push(`- ${t("report.mentions.mentioned", { list: countedList(items, ctx).join(", ") })}`);
  }
  if (report.hashtags.length > 0) {
    const items = report.hashtags.map((h) => ({ label: fileText(`#${h.tag}`), count: h.count }));
    lines.push(`- ${t("report.mentions.hashtags", { list: countedList(items, ctx).join(", ") })}`);
  }
  if (lines.length === 0) lines.push(t("report.mentions.none"));
  return [`## ${t("report.section.mentions")}`, "", ...lines];
}

export function timelineSection(report: Report, ctx: RenderContext): string[] {
  const { t, fmt } = ctx;
  const { window, peak, timeline } = report;
  if (window === null) return [];
  const lines = [
    `## ${t("report.section.timeline")}`,
    "",
    `- ${t(ctx.withDates ? "report.timeline.spanDays" : "report.timeline.span", {
      from: ctx.when(window.first),
      to: ctx.when(window.last),
      slot: fmt.duration(timeline.bucketMinutes),
    })}`,
  ];
  if (peak !== null) {
    lines.push(
      `- ${t(ctx.withDates ? "report.timeline.peakDay" : "report.timeline.peak", {
        count: peak.posts,
        n: fmt.count(peak.posts),
        slot: fmt.duration(peak.bucketMinutes),
        time: ctx.when(peak.start),
      })}`,
    );
  }
  const spark = sparkline(timeline.buckets.map((bucket) => bucket.posts));
  if (spark.length > 0) lines.push("", `\`${spark}\``);
  return lines;
}

export function afterPartySection(report: Report, ctx: RenderContext): string[] {
  const { t, fmt } = ctx;
  const party = report.afterParty;
  if (party === null) return [];
  const time = ctx.when(party.since);
  const line =
    party.posts === 0
      ? t("report.afterParty.none", { time })
      : t("report.afterParty.summary", {
          posts: t("report.count.posts", { count: party.posts, n: fmt.count(party.posts) }),
          people: t("report.count.contributors", {
            count: party.contributors,
            n: fmt.count(party.contributors),
          }),
          time,
        });
  return [`## ${t("report.section.afterParty")}`, "", line];
}
