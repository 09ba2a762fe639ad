/**
 * The edition report as a Markdown file (CLI `--md`, `report.md`). No length limit: every list is complete.
 * Reach is potential everywhere it appears; impressions are shown only when measured.
 */
import type { Report } from "../../domain/stats/report.js";
import type { Locale } from "../../i18n/index.js";
import { accountMarkdown, bookmarksSharesMarkdown } from "./account.js";
import { type RenderContext, renderContext } from "./context.js";
import {
  contributorsSection,
  engagementSection,
  headlineSection,
  postTypesSection,
  reachSection,
} from "./markdown-figures.js";
import { topContributorsSection, topPostsSection } from "./markdown-people.js";
import { questionsSection, unansweredSection } from "./markdown-questions.js";
import { afterPartySection, mentionsSection, timelineSection, topicsSection } from "./markdown-talk.js";
import { notes } from "./notes.js";
import { fileText } from "./text.js";

export interface MarkdownOptions {
  locale: Locale;
  /** IANA zone for every date and time ("Europe/Paris"). */
  timeZone: string;
  /** Replaces the default "#hashtag: chat report". */
  title?: string;
}

const SECTIONS = [
  headlineSection,
  postTypesSection,
  contributorsSection,
  engagementSection,
  bookmarksSharesMarkdown,
  reachSection,
  accountMarkdown,
  topContributorsSection,
  topPostsSection,
  questionsSection,
  unansweredSection,
  topicsSection,
  mentionsSection,
  timelineSection,
  afterPartySection,
];

export function reportMarkdown(report: Report, options: MarkdownOptions): string {
  const ctx = renderContext(report, options.locale, options.timeZone);
  const blocks: string[][] = [intro(report, ctx, options.title)];
  // A daily overview alone has no posts but still says something about the account.
  if (report.posts.total === 0) blocks.push([ctx.t("report.empty")], accountMarkdown(report, ctx));
  else for (const section of SECTIONS) blocks.push(section(report, ctx));
  for (const note of notes(report, ctx)) blocks.push([`_${note}_`]);
  return `${blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join("\n"))
    .join("\n\n")}\n`;
}

function intro(report: Report, ctx: RenderContext, title: string | undefined): string[] {
  const { t, fmt } = ctx;
  const lines = [`# ${fileText(title ?? defaultTitle(report, ctx))}`];
  const facts: string[] = [];
  if (report.window !== null) {
    const range = fmt.range(report.window.first, report.window.last);
    facts.push(t("report.window", { range, zone: fmt.timeZone }));
  }
  if (report.hosts.length > 0) {
    facts.push(t("report.hosts", { hosts: report.hosts.map((host) => `@${fileText(host)}`).join(", ") }));
  }
  if (facts.length > 0) lines.push("", facts.join("  \n"));
  return lines;
}

export function defaultTitle(report: Report, { t }: RenderContext): string {
  return report.hashtag === null
    ? t("report.titleNoHashtag")
    : t("report.title", { hashtag: report.hashtag });
}
