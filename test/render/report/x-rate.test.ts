import { describe, expect, it } from "vitest";
import { renderMessage as discordMessage } from "../../../adapters/discord/render/index.js";
import { renderMessage as slackMessage } from "../../../adapters/slack/render.js";
import { LOCALES, translator } from "../../../src/i18n/index.js";
import { formatFor } from "../../../src/render/report/format.js";
import { reportMarkdown } from "../../../src/render/report/markdown.js";
import { reportMessage } from "../../../src/render/report/message.js";
import { aReport } from "./factory.js";

/** A report from an X analytics export: X's Engagements known, so X's own rate beside our interaction rate. */
function fromXExport() {
  const report = aReport();
  return { ...report, engagement: { ...report.engagement, xEngagements: 3_100, xRate: 3_100 / 65_095 } };
}

describe.each(LOCALES)("GIVEN a report with X's Engagements (%s)", (locale) => {
  const { t } = translator(locale);
  const fmt = formatFor(locale, "UTC");
  const report = fromXExport();

  it("WHEN rendered as Markdown THEN both rates are there, each named for what it counts", () => {
    const markdown = reportMarkdown(report, { locale, timeZone: "UTC" });
    expect(markdown).toContain(
      t("report.engagement.rate", { rate: fmt.percent(0.042), impressions: fmt.count(65_095) }),
    );
    expect(markdown).toContain(
      t("report.engagement.xRate", { rate: fmt.percent(3_100 / 65_095), engagements: fmt.count(3_100) }),
    );
    expect(markdown).toContain(
      t("report.reach.potentialImpressionsWithReplies", { n: fmt.count(2_500_000) }),
    );
  });

  it("WHEN sent to Slack and Discord THEN the figures carry both labelled rates", () => {
    const message = reportMessage(report, {
      locale,
      timeZone: "UTC",
      seriesTitle: "#chat",
      editionNumber: 1,
    });
    for (const rendered of [
      JSON.stringify(slackMessage(message).blocks),
      JSON.stringify(discordMessage(message).pages),
    ]) {
      expect(rendered).toContain(t("report.figure.engagementRate"));
      expect(rendered).toContain(t("report.figure.xRate"));
    }
  });

  it("WHEN the source has no Engagements THEN only the interaction rate shows", () => {
    const message = reportMessage(aReport(), {
      locale,
      timeZone: "UTC",
      seriesTitle: "#chat",
      editionNumber: 1,
    });
    expect(JSON.stringify(message)).not.toContain(t("report.figure.xRate"));
  });
});
