/** Markdown sections made of figures: headline with trend, posts by type, contributors, engagement, reach. */
import { headlineOf } from "../../domain/stats/headline.js";
import type { Headline, Report } from "../../domain/stats/report.js";
import type { RenderContext } from "./context.js";
import { table } from "./markdown-table.js";
import { trendText } from "./trend.js";

/** Headline figures in reading order; nullable ones are shown only when the data has them. */
export const HEADLINE_ORDER: ReadonlyArray<keyof Headline> = [
  "posts",
  "contributors",
  "newContributors",
  "engagement",
  "potentialReach",
  "impressions",
  "questions",
  "answers",
  "unanswered",
];

export function headlineSection(report: Report, ctx: RenderContext): string[] {
  const { t, fmt } = ctx;
  const headline = headlineOf(report);
  const trend = report.trend;
  const header = [t("report.column.figure"), t("report.column.value")];
  if (trend) header.push(t("report.column.change"));
  const rows: string[][] = [];
  for (const key of HEADLINE_ORDER) {
    const value = headline[key];
    if (value === null) continue;
    const row = [t(`report.figure.${key}`), fmt.count(value)];
    if (trend) row.push(trendText(trend[key], ctx));
    rows.push(row);
  }
  return [`## ${t("report.section.headline")}`, "", ...table(header, rows, ["left", "right", "right"])];
}

export function postTypesSection(report: Report, { t, fmt }: RenderContext): string[] {
  const { original, replies, reposts, quotes } = report.posts;
  const rows = Object.entries({ original, replies, reposts, quotes }).map(([key, value]) => [
    t(`report.postTypes.${key as "original"}`),
    fmt.count(value),
  ]);
  const header = [t("report.column.type"), t("report.column.posts")];
  return [`## ${t("report.section.postTypes")}`, "", ...table(header, rows, ["left", "right"])];
}

export function contributorsSection(report: Report, { t, fmt }: RenderContext): string[] {
  const { unique, new: fresh, returning } = report.contributors;
  const lines = [`- ${t("report.contributors.unique", { n: fmt.count(unique) })}`];
  if (fresh !== null) lines.push(`- ${t("report.contributors.new", { n: fmt.count(fresh) })}`);
  if (returning !== null) lines.push(`- ${t("report.contributors.returning", { n: fmt.count(returning) })}`);
  return [`## ${t("report.section.contributors")}`, "", ...lines];
}

export function engagementSection(report: Report, { t, fmt }: RenderContext): string[] {
  const { likes, reposts, replies, quotes, total, rate, xRate, xEngagements } = report.engagement;
  const impressions = report.reach.impressions;
  const rateLine =
    rate === null || impressions === null
      ? t("report.engagement.noRate")
      : t("report.engagement.rate", { rate: fmt.percent(rate), impressions: fmt.count(impressions) });
  return [
    `## ${t("report.section.engagement")}`,
    "",
    `- ${t("report.engagement.total", { n: fmt.count(total) })}`,
    `- ${t("report.engagement.likes", { n: fmt.count(likes) })}`,
    `- ${t("report.engagement.reposts", { n: fmt.count(reposts) })}`,
    `- ${t("report.engagement.replies", { n: fmt.count(replies) })}`,
    `- ${t("report.engagement.quotes", { n: fmt.count(quotes) })}`,
    `- ${rateLine}`,
    ...(xRate === null || xEngagements === null
      ? []
      : [
          `- ${t("report.engagement.xRate", { rate: fmt.percent(xRate), engagements: fmt.count(xEngagements) })}`,
        ]),
  ];
}

/** Reach: every follower-based figure says "potential"; measured impressions are labelled as such. */
export function reachSection(report: Report, { t, fmt }: RenderContext): string[] {
  const { potential, potentialImpressions, potentialImpressionsWithReplies, impressions } = report.reach;
  return [
    `## ${t("report.section.reach")}`,
    "",
    ...(potential === null || potentialImpressions === null
      ? [`- ${t("report.reach.noFollowers")}`]
      : [
          `- ${t("report.reach.potential", { n: fmt.count(potential) })}`,
          `- ${t("report.reach.potentialImpressions", { n: fmt.count(potentialImpressions) })}`,
          `- ${t("report.reach.potentialImpressionsWithReplies", { n: fmt.count(potentialImpressionsWithReplies ?? potentialImpressions) })}`,
        ]),
    `- ${impressions === null ? t("report.reach.noImpressions") : t("report.reach.impressions", { n: fmt.count(impressions) })}`,
    "",
    `_${t("report.reach.caveat")}_`,
  ];
}
