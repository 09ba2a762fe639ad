/**
 * How the report names things so they read right: the host's questions apart from the participants'
 * questions left hanging, "every question got an answer" only when someone asked, the host to name when
 * none is, topics that recur, and French dates ("Du … au …", "le …"). Both languages, through the catalogue.
 */
import { describe, expect, it } from "vitest";
import { translator } from "../../../src/i18n/index.js";
import { reportMarkdown } from "../../../src/render/report/markdown.js";
import { reportMessage } from "../../../src/render/report/message.js";
import { aReport } from "./factory.js";

const LOCALES = ["en", "fr"] as const;
const md = (locale: (typeof LOCALES)[number], report = aReport()) =>
  reportMarkdown(report, { locale, timeZone: "UTC" });

describe.each(LOCALES)("report wording (%s)", (locale) => {
  const { t } = translator(locale);

  it("GIVEN the key figures THEN the host's questions and the participants' questions left hanging are named apart", () => {
    const text = md(locale);
    expect(text).toContain(`| ${t("report.figure.questions")} | 3 |`);
    expect(text).toContain(`| ${t("report.figure.unanswered")} | 2 |`);
    expect(t("report.figure.questions")).toContain("Q1");
    expect(t("report.figure.unanswered")).not.toBe(t("report.figure.questions"));
    expect(text).toContain(`## ${t("report.section.unanswered")}`);
  });

  it("GIVEN nobody asked anything THEN no 'every question got an answer'", () => {
    const report = aReport({ unanswered: [], participantQuestions: 0 });
    expect(md(locale, report)).toContain(t("report.unanswered.noneAsked"));
    expect(md(locale, report)).not.toContain(t("report.unanswered.none"));
    const chat = JSON.stringify(
      reportMessage(report, { locale, timeZone: "UTC", seriesTitle: "#mychat", editionNumber: 1 }),
    );
    expect(chat).not.toContain(t("report.unanswered.none"));
  });

  it("GIVEN participants asked and every one got a reply THEN 'every question got an answer'", () => {
    const report = aReport({ unanswered: [], participantQuestions: 4 });
    expect(md(locale, report)).toContain(t("report.unanswered.none"));
  });

  it("GIVEN no host question but a likely host THEN the questions section says whom to name with --host", () => {
    const orphans = aReport().questions.map((q) => ({ ...q, text: null, url: null }));
    const text = md(locale, aReport({ questions: orphans, likelyHost: "cafe_host" }));
    expect(text).toContain(t("report.questions.likelyHost", { handle: "cafe_host" }));
    expect(text).toContain("--host cafe_host");
    expect(text).not.toContain(t("report.questions.none"));
  });

  it("GIVEN topics padded with words seen once THEN only the recurring ones are shown", () => {
    const report = aReport({
      topics: {
        terms: [
          { term: "coffee", count: 3 },
          { term: "lonely", count: 1 },
        ],
        phrases: [{ term: "once only", count: 1 }],
      },
    });
    const text = md(locale, report);
    expect(text).toContain("coffee (3)");
    expect(text).not.toContain("lonely");
    expect(text).not.toContain(t("report.topics.phrases", { list: "once only (1)" }));
    const none = md(locale, aReport({ topics: { terms: [{ term: "lonely", count: 1 }], phrases: [] } }));
    expect(none).toContain(t("report.topics.none"));
  });

  it("GIVEN a chat over several days THEN the timeline reads from a date to a date, the peak on a date", () => {
    const report = aReport({
      window: { first: "2026-08-30T10:00:00.000Z", last: "2026-08-31T18:00:00.000Z" },
      peak: { start: "2026-08-31T12:00:00.000Z", posts: 45, bucketMinutes: 60 },
    });
    const text = md(locale, report);
    const from = locale === "fr" ? "- Du " : "- From ";
    expect(text).toContain(from);
    expect(text).toMatch(
      locale === "fr" ? /- Pic\u202F: 45 publications le lun\. 31 août/u : /- Peak: 45 posts on Mon, Aug 31/,
    );
  });
});
