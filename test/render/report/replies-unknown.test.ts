import { describe, expect, it } from "vitest";
import { renderMessage as discordMessage } from "../../../adapters/discord/render/index.js";
import { renderMessage as slackMessage } from "../../../adapters/slack/render.js";
import { LOCALES, translator } from "../../../src/i18n/index.js";
import { reportMarkdown } from "../../../src/render/report/markdown.js";
import { reportMessage } from "../../../src/render/report/message.js";
import { reportSummaryText } from "../../../src/render/report/summary.js";
import { aReport, unanswered } from "./factory.js";

describe.each(LOCALES)("GIVEN data that holds neither replies nor reply counts (%s)", (locale) => {
  const { t } = translator(locale);
  const report = aReport({ unanswered: [unanswered(1), unanswered(2)], repliesKnown: false });

  it("WHEN rendered as Markdown THEN the section is 'questions asked (replies not in this data)', never 'left hanging'", () => {
    const markdown = reportMarkdown(report, { locale, timeZone: "UTC" });
    expect(markdown).toContain(`## ${t("report.section.askedRepliesUnknown")}`);
    expect(markdown).toContain(t("report.unanswered.introRepliesUnknown", { count: 2, n: "2" }));
    expect(markdown).not.toContain(`## ${t("report.section.unanswered")}`);
  });

  it("WHEN sent to Slack and Discord THEN the same title shows and the summary says nothing of hanging questions", () => {
    const message = reportMessage(report, {
      locale,
      timeZone: "UTC",
      seriesTitle: "#chat",
      editionNumber: 1,
    });
    for (const rendered of [
      JSON.stringify(slackMessage(message)),
      JSON.stringify(discordMessage(message).pages),
    ]) {
      expect(rendered).toContain(t("report.section.askedRepliesUnknown").split("(")[1]!.replace(")", ""));
    }
    expect(reportSummaryText(report, locale)).not.toContain(
      t("report.count.unanswered", { count: 2, n: "2" }),
    );
  });
});
