/**
 * The edition report as a neutral chat message (adapters turn it into Block Kit or Discord embeds). Short
 * lists, every section under the platforms' limits; the full detail lives in the Markdown report.
 */
import type { Report } from "../../domain/stats/report.js";
import type { Locale } from "../../i18n/index.js";
import { truncate } from "../markup.js";
import type { Block, Message, OutboundFile } from "../message.js";
import { accountBlock } from "./account.js";
import { type RenderContext, renderContext } from "./context.js";
import { FULL_REPORT_FILE, fullReportFile } from "./full-report-file.js";
import { HEADER_CHARS, MAX_IMAGES } from "./limits.js";
import {
  figuresBlock,
  questionsBlock,
  topContributorsBlock,
  topicsBlock,
  topPostsBlock,
} from "./message-sections.js";
import { unansweredBlocks } from "./message-unanswered.js";
import { notes } from "./notes.js";
import { reportSummaryText } from "./summary.js";
import { chatText } from "./text.js";

export interface MessageOptions {
  locale: Locale;
  timeZone: string;
  /** The series' display name ("#mychat"), shown in the header as given (headers are plain text). */
  seriesTitle: string;
  editionNumber: number;
  /** PNG charts (from `reportCharts`) to attach and show as images. */
  charts?: OutboundFile[];
}

export function reportMessage(report: Report, options: MessageOptions): Message {
  const ctx = renderContext(report, options.locale, options.timeZone);
  const { t } = ctx;
  const header = t("report.message.header", { series: options.seriesTitle, number: options.editionNumber });
  const blocks: Block[] = [{ type: "header", text: truncate(header, HEADER_CHARS) }];
  const facts = factsLine(report, ctx);
  if (facts !== null) blocks.push({ type: "context", text: facts });
  const text = reportSummaryText(report, options.locale);
  const account = accountBlock(report, ctx);
  if (report.posts.total === 0) {
    blocks.push({ type: "section", text: t("report.empty") });
    if (account !== null) blocks.push(account);
    return { text, blocks };
  }
  blocks.push(figuresBlock(report, ctx));
  if (account !== null) blocks.push(account);
  blocks.push({ type: "divider" });
  for (const block of [topContributorsBlock(report, ctx), topPostsBlock(report, ctx)]) {
    if (block !== null) blocks.push(block);
  }
  blocks.push(questionsBlock(report, ctx), ...unansweredBlocks(report, ctx), topicsBlock(report, ctx));
  const charts = options.charts ?? [];
  for (const chart of charts.slice(0, MAX_IMAGES))
    blocks.push({ type: "image", file: chart.name, alt: chart.title });
  blocks.push({ type: "context", text: [t("report.reach.caveat"), ...notes(report, ctx)].join("\n") });
  // Every list in full, for when the chat's lists (or a platform's own limits) cut them.
  const file = fullReportFile(report, { locale: options.locale, timeZone: options.timeZone, title: header });
  return {
    text,
    blocks,
    files: [...charts, file],
    cutNotice: t("report.message.cut", { file: `\`${FULL_REPORT_FILE}\`` }),
  };
}

/** "Tuesday, March 4, 2025, 6:00 – 7:04 PM (Europe/Paris) · Hosted by @host". */
function factsLine(report: Report, { t, fmt }: RenderContext): string | null {
  const facts: string[] = [];
  if (report.window !== null) {
    facts.push(
      t("report.window", { range: fmt.range(report.window.first, report.window.last), zone: fmt.timeZone }),
    );
  }
  if (report.hosts.length > 0) {
    facts.push(t("report.hosts", { hosts: report.hosts.map((host) => `@${chatText(host)}`).join(", ") }));
  }
  return facts.length > 0 ? facts.join(" · ") : null;
}
