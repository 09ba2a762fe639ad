/** Markdown sections about people and posts: the three top-contributor tables and the top posts. */
import type { ContributorEntry, Report } from "../../domain/stats/report.js";
import type { RenderContext } from "./context.js";
import { type Align, table } from "./markdown-table.js";
import { fileText, handleText, maybeLink } from "./text.js";

/** Longest post excerpt in a table cell: a table row should stay readable on one screen line or two. */
const POST_EXCERPT = 120;
const NAME_MAX = 40;

export function contributorLabel(
  entry: ContributorEntry,
  escapeText: (text: string, max?: number) => string,
) {
  const handle = handleText(entry.handle, escapeText);
  return entry.name ? `${handle} (${escapeText(entry.name, NAME_MAX)})` : handle;
}

export function topContributorsSection(report: Report, ctx: RenderContext): string[] {
  const { t } = ctx;
  const lists = [
    ["byPosts", report.contributors.topByPosts],
    ["byEngagement", report.contributors.topByEngagement],
    ["byFollowers", report.contributors.topByFollowers],
  ] as const;
  const lines = [`## ${t("report.section.topContributors")}`];
  for (const [key, entries] of lists) {
    if (entries.length === 0) continue;
    lines.push("", `### ${t(`report.top.${key}`)}`, "", ...contributorTable(entries, ctx));
  }
  return lines;
}

function contributorTable(entries: readonly ContributorEntry[], { t, fmt }: RenderContext): string[] {
  const header = [
    t("report.column.rank"),
    t("report.column.contributor"),
    t("report.column.posts"),
    t("report.column.engagement"),
    t("report.column.followers"),
  ];
  const rows = entries.map((entry, index) => [
    String(index + 1),
    contributorLabel(entry, fileText),
    fmt.count(entry.posts),
    fmt.count(entry.engagement),
    entry.followers === null ? t("report.unknownValue") : fmt.count(entry.followers),
  ]);
  return table(header, rows, ["right", "left", "right", "right", "right"]);
}

export function topPostsSection(report: Report, { t, fmt }: RenderContext): string[] {
  if (report.topPosts.length === 0) return [];
  // Measured impressions get a column only when the source gave some (X analytics exports do).
  const measured = report.topPosts.some((post) => post.impressions !== null);
  const header = [
    t("report.column.rank"),
    t("report.column.author"),
    t("report.column.post"),
    t("report.column.engagement"),
    ...(measured ? [t("report.figure.impressions")] : []),
    t("report.column.link"),
  ];
  const rows = report.topPosts.map((post, index) => [
    String(index + 1),
    handleText(post.authorHandle, fileText),
    fileText(post.text, POST_EXCERPT),
    fmt.count(post.engagement),
    ...(measured ? [post.impressions === null ? t("report.unknownValue") : fmt.count(post.impressions)] : []),
    post.url === null ? t("report.unknownValue") : maybeLink(t("report.view"), post.url),
  ]);
  const align: Align[] = [
    "right",
    "left",
    "left",
    "right",
    ...(measured ? (["right"] as const) : []),
    "left",
  ];
  return [`## ${t("report.section.topPosts")}`, "", ...table(header, rows, align)];
}
