import { describe, expect, it } from "vitest";
import { renderMessage as discordMessage } from "../../../adapters/discord/render/index.js";
import { renderMessage as slackMessage } from "../../../adapters/slack/render.js";
import { translator } from "../../../src/i18n/index.js";
import { questionsSpec } from "../../../src/render/charts/questions.js";
import { renderContext } from "../../../src/render/report/context.js";
import { reportMarkdown } from "../../../src/render/report/markdown.js";
import { reportMessage } from "../../../src/render/report/message.js";
import { aReport, question } from "./factory.js";

/** Q1 asked by a host; A7 and A12 answered, though no host post asks 7 or 12. */
function withOrphans() {
  const orphan = (number: number, answers: number) =>
    question(number, {
      text: null,
      postedAt: null,
      network: null,
      externalId: null,
      url: null,
      answers,
      answerers: 1,
    });
  return { ...aReport(), questions: [question(1), orphan(7, 3), orphan(12, 1)] };
}

const LOCALES = ["en", "fr"] as const;

function orphanLine(locale: (typeof LOCALES)[number]): string {
  const { t } = translator(locale);
  const list = [
    `A7 (${t("report.count.answers", { count: 3, n: "3" })}, ${t("report.count.people", { count: 1, n: "1" })})`,
    `A12 (${t("report.count.answers", { count: 1, n: "1" })}, ${t("report.count.people", { count: 1, n: "1" })})`,
  ].join(", ");
  return t("report.questions.orphans", { count: 2, list });
}

describe.each(LOCALES)("GIVEN answers to numbers no host asked (%s)", (locale) => {
  const report = withOrphans();

  it("WHEN rendered as Markdown THEN the table lists Q1 only and the orphans get their own line", () => {
    const markdown = reportMarkdown(report, { locale, timeZone: "UTC" });
    expect(markdown).toContain(orphanLine(locale));
    const rows = markdown.split("\n").filter((line) => line.startsWith("| ["));
    expect(rows.map((row) => row.slice(0, 6))).toEqual(["| [Q1]"]);
    expect(markdown).not.toMatch(/\| Q7 \||\| Q12 \|/u);
  });

  it("WHEN sent to Slack and Discord THEN the questions section lists Q1 and then the orphans' line", () => {
    const message = reportMessage(report, {
      locale,
      timeZone: "UTC",
      seriesTitle: "#chat",
      editionNumber: 2,
    });
    const section = message.blocks.find(
      (block) =>
        block.type === "section" &&
        block.text.includes(`**${translator(locale).t("report.section.questions")}**`),
    );
    expect(section?.type === "section" && section.text).toContain(orphanLine(locale));
    expect(section?.type === "section" && section.text).not.toMatch(/\*\*Q7\*\*|\*\*Q12\*\*/u);
    const slack = JSON.stringify(slackMessage(message).blocks);
    const discord = JSON.stringify(discordMessage(message).pages);
    for (const rendered of [slack, discord]) {
      expect(rendered).toContain("A12 (");
      expect(rendered).not.toMatch(/Q12/u);
    }
  });

  it("WHEN charted THEN the answers-per-question bars are the host's questions only", () => {
    const spec = questionsSpec(report, renderContext(report, locale, "UTC"));
    expect(JSON.stringify(spec)).toContain('"q":"Q1"');
    expect(JSON.stringify(spec)).not.toContain('"q":"Q7"');
  });

  it("WHEN no host question was found THEN it says so, and still shows the orphans apart", () => {
    const only = { ...withOrphans(), questions: withOrphans().questions.slice(1) };
    const { t } = translator(locale);
    const markdown = reportMarkdown(only, { locale, timeZone: "UTC" });
    expect(markdown).toContain(t("report.questions.none"));
    expect(markdown).toContain(orphanLine(locale));
  });
});
