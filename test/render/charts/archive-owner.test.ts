/**
 * A tweets.js archive read without --owner has no handle for its author: the chart and the report name
 * "the archive's owner" in the reader's language, never "@(archive owner)".
 */
import { describe, expect, it } from "vitest";
import { ARCHIVE_OWNER_UNKNOWN } from "../../../src/domain/post.js";
import { translator } from "../../../src/i18n/index.js";
import { chartSvg, reportChartSpecs } from "../../../src/render/charts/index.js";
import { reportMarkdown } from "../../../src/render/report/markdown.js";
import { aReport, contributor } from "../report/factory.js";

const report = aReport({
  contributors: {
    ...aReport().contributors,
    topByPosts: [contributor(ARCHIVE_OWNER_UNKNOWN, 400)],
  },
});

describe.each(["en", "fr"] as const)("the unnamed archive owner (%s)", (locale) => {
  it("GIVEN the contributors chart THEN the bar is the archive's owner, without @", async () => {
    const chart = reportChartSpecs(report, { locale, timeZone: "UTC" }).find(
      (c) => c.name === "contributors.png",
    )!;
    const svg = await chartSvg(chart.spec);
    expect(svg).toContain(`1. ${translator(locale).t("report.chart.archiveOwner")}`);
    expect(svg).not.toContain("@(");
  });

  it("GIVEN the Markdown report THEN no @ before the placeholder", () => {
    expect(reportMarkdown(report, { locale, timeZone: "UTC" })).not.toContain("@\\(");
  });
});
