/**
 * What the data carries beside the chat's posts, in the report: the account section (X analytics daily
 * overview over the chat's days), bookmarks and shares, hosts who wrote nothing in the data.
 */
import type { Report } from "../../domain/stats/report.js";
import type { Block } from "../message.js";
import type { RenderContext } from "./context.js";
import { table } from "./markdown-table.js";

/** The Markdown account section: one row per day, then the totals and X's engagement rate. */
export function accountMarkdown(report: Report, { t, fmt }: RenderContext): string[] {
  const account = report.account;
  if (account === null) return [];
  const follows = (value: number | null) => (value === null ? t("report.unknownValue") : fmt.count(value));
  const header = ["date", "posts", "impressions", "engagements", "follows"].map((key) =>
    t(`reportData.account.column.${key as "date"}`),
  );
  const rows = account.days.map((day) => [
    day.date,
    fmt.count(day.posts),
    fmt.count(day.impressions),
    fmt.count(day.engagements),
    follows(day.follows),
  ]);
  const { totals } = account;
  rows.push([
    `**${t("reportData.account.total")}**`,
    fmt.count(totals.posts),
    fmt.count(totals.impressions),
    fmt.count(totals.engagements),
    follows(totals.follows),
  ]);
  return [
    `## ${t("reportData.account.title")}`,
    "",
    t("reportData.account.intro", { from: account.from, to: account.to }),
    "",
    ...table(header, rows, ["left", "right", "right", "right", "right"]),
    ...(totals.engagementRate === null
      ? []
      : ["", t("reportData.account.rate", { rate: fmt.percent(totals.engagementRate) })]),
  ];
}

/** Bookmarks and shares, when the data counts them (a list continuing the engagement section). */
export function bookmarksSharesMarkdown(report: Report, { t, fmt }: RenderContext): string[] {
  const { bookmarks, shares } = report.engagement;
  const lines: string[] = [];
  if (bookmarks !== null) lines.push(`- ${t("reportData.bookmarks", { n: fmt.count(bookmarks) })}`);
  if (shares !== null) lines.push(`- ${t("reportData.shares", { n: fmt.count(shares) })}`);
  return lines;
}

/** The chat message's short version: the account's totals on the chat's days, bookmarks and shares. */
export function accountBlock(report: Report, { t, fmt }: RenderContext): Block | null {
  const lines: string[] = [];
  const account = report.account;
  if (account !== null) {
    const { totals } = account;
    const params = {
      from: account.from,
      to: account.to,
      impressions: fmt.count(totals.impressions),
      engagements: fmt.count(totals.engagements),
      follows: totals.follows === null ? "" : fmt.count(totals.follows),
    };
    lines.push(
      t(
        totals.follows === null ? "reportData.account.summaryNoFollows" : "reportData.account.summary",
        params,
      ),
    );
  }
  const { bookmarks, shares } = report.engagement;
  if (bookmarks !== null || shares !== null) {
    const unknown = t("report.unknownValue");
    lines.push(
      t("reportData.bookmarksShares", {
        bookmarks: bookmarks === null ? unknown : fmt.count(bookmarks),
        shares: shares === null ? unknown : fmt.count(shares),
      }),
    );
  }
  return lines.length === 0 ? null : { type: "context", text: lines.join("\n") };
}

/** Caveats about the data: hosts who wrote no post in it. */
export function dataNotes(report: Report, { t }: RenderContext): string[] {
  const hosts = report.unmatchedHosts;
  if (hosts.length === 0) return [];
  return [
    t("reportData.hostWithoutPosts", {
      count: hosts.length,
      hosts: hosts.map((host) => `@${host}`).join(", "),
    }),
  ];
}
