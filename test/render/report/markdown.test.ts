import { describe, expect, it } from "vitest";
import { translator } from "../../../src/i18n/index.js";
import { reportMarkdown } from "../../../src/render/report/markdown.js";
import { aReport, emptyReport, HEADLINE, hugeReport, trendBetween } from "./factory.js";

const NNBSP = "\u202f";
const NBSP = "\u00a0";
const PARIS = "Europe/Paris";

const lines = (markdown: string) => markdown.split("\n");
/** Pipes that separate cells: not preceded by a backslash. */
const cellPipes = (row: string) => row.match(/(?<!\\)\|/g)?.length ?? 0;

describe("reportMarkdown", () => {
  it("GIVEN a report WHEN rendered in English THEN the key lines read as an English speaker writes them", () => {
    const md = lines(reportMarkdown(aReport(), { locale: "en", timeZone: PARIS }));
    expect(md[0]).toBe("# \\#mychat: chat report");
    expect(md).toContain("| Posts | 1,234 |");
    expect(md).toContain("| Potential reach | 123,456 |");
    expect(md).toContain(
      "- Interaction rate (likes, reposts, replies, quotes): 4.2% of 65,095 measured impressions",
    );
    expect(md).toContain(`## ${translator("en").t("report.section.unanswered")}`);
    expect(md).toContain("| Original posts | 600 |");
    // ICU puts a narrow no-break space before "PM": \s matches whichever it uses.
    expect(md).toContainEqual(expect.stringMatching(/^- Peak: 45 posts at 6:20\sPM \(slot of 1 minute\)\.$/));
    expect(md).toContainEqual(
      expect.stringMatching(/^23 posts by 9 contributors after the official end \(7:00\sPM\)\.$/),
    );
  });

  it("GIVEN the same report WHEN rendered in French THEN words, numbers and times are French", () => {
    const md = lines(reportMarkdown(aReport(), { locale: "fr", timeZone: PARIS }));
    expect(md[0]).toBe("# \\#mychat\u202F: bilan du chat");
    expect(md).toContainEqual(
      expect.stringMatching(/^mardi 4 mars 2025, 18:00\s–\s19:04 \(Europe\/Paris\) {2}$/),
    );
    expect(md).toContain(`| Publications | 1${NNBSP}234 |`);
    expect(md).toContain(`| Portée potentielle | 123${NNBSP}456 |`);
    expect(md).toContain(
      `- Taux d'interaction (j'aime, republications, commentaires, citations)\u202F: 4,2${NBSP}% sur 65${NNBSP}095 impressions mesurées`,
    );
    expect(md).toContain(`## ${translator("fr").t("report.section.unanswered")}`);
    expect(md).toContain("- Pic\u202F: 45 publications à 18:20 (tranche de 1 minute).");
    expect(md).toContain("23 publications par 9 contributeurs après la fin officielle (19:00).");
    expect(md).toContain(
      "- @asker\\_1, 18:10\u202F: Does anyone know how to follow up on point 1? ([voir](https://x.com/asker_1/status/1))",
    );
  });

  it("GIVEN follower-based figures WHEN shown THEN every one is labelled potential, in both languages", () => {
    for (const [locale, word, reach, impressions] of [
      ["en", /potential/i, "123,456", "2,345,678"],
      ["fr", /potentielle/i, `123${NNBSP}456`, `2${NNBSP}345${NNBSP}678`],
    ] as const) {
      const md = lines(reportMarkdown(aReport(), { locale, timeZone: PARIS }));
      const showing = md.filter((line) => line.includes(reach) || line.includes(impressions));
      expect(showing.length).toBeGreaterThanOrEqual(3);
      for (const line of showing) expect(line).toMatch(word);
    }
  });

  it("GIVEN measured impressions WHEN shown THEN they are labelled measured, not potential", () => {
    const md = lines(reportMarkdown(aReport(), { locale: "en", timeZone: PARIS }));
    expect(md).toContain("- Impressions (measured): 65,095");
  });

  it("GIVEN no impressions in the data WHEN rendered THEN the rate is unknown and no impressions row appears", () => {
    const report = aReport({
      engagement: { ...aReport().engagement, rate: null },
      reach: { ...aReport().reach, impressions: null },
    });
    const md = reportMarkdown(report, { locale: "en", timeZone: PARIS });
    expect(md).toContain(
      "- Interaction rate (likes, reposts, replies, quotes): unknown (the data has no impressions)",
    );
    expect(md).not.toMatch(/^\| Impressions \(measured\) \| [\d,]+ \|$/m);
  });

  it("GIVEN a previous edition WHEN rendered THEN changes show with arrows, signs and percentages", () => {
    const previous = { ...HEADLINE, posts: 1000, contributors: 123, engagement: 2734, impressions: null };
    const report = aReport({ trend: trendBetween(HEADLINE, previous) });
    const en = lines(reportMarkdown(report, { locale: "en", timeZone: PARIS }));
    expect(en).toContain("| Figure | Value | Since last edition |");
    expect(en).toContain("| Posts | 1,234 | ▲ +234 (+23.4%) |");
    expect(en).toContain("| Contributors | 120 | ▼ −3 (−2.4%) |");
    expect(en).toContain("| Engagement | 2,734 | unchanged |");
    expect(en).toContain("| Impressions (measured) | 65,095 | — |");
    const fr = lines(reportMarkdown(report, { locale: "fr", timeZone: PARIS }));
    expect(fr).toContain(`| Contributeurs | 120 | ▼ −3 (−2,4${NBSP}%) |`);
    expect(fr).toContain("| Engagement | 2\u202f734 | inchangé |");
  });

  it("GIVEN no previous edition WHEN rendered THEN there is no change column", () => {
    const md = reportMarkdown(aReport(), { locale: "en", timeZone: PARIS });
    expect(md).not.toContain("Since last edition");
    expect(md).not.toMatch(/[▲▼]/);
  });

  it("GIVEN pipes and asterisks in user text WHEN put in tables THEN they are escaped and rows keep their cells", () => {
    const report = aReport({
      topPosts: [{ ...aReport().topPosts[0]!, text: "A1: a | b and *bold*\nsecond line" }],
      questions: [{ ...aReport().questions[0]!, text: "Q1: pick one | or *both*?" }],
      contributors: {
        ...aReport().contributors,
        topByPosts: [{ ...aReport().contributors.topByPosts[0]!, name: "Pipe|Name *star*" }],
      },
    });
    const md = lines(reportMarkdown(report, { locale: "en", timeZone: PARIS }));
    const post = md.find((line) => line.includes("A1: a"))!;
    expect(post).toContain("A1: a \\| b and \\*bold\\* second line");
    expect(cellPipes(post)).toBe(7);
    const question = md.find((line) => line.includes("pick one"))!;
    expect(question).toContain("Q1: pick one \\| or \\*both\\*?");
    expect(cellPipes(question)).toBe(6);
    const person = md.find((line) => line.includes("Pipe"))!;
    expect(person).toContain("@alice (Pipe\\|Name \\*star\\*)");
    expect(cellPipes(person)).toBe(6);
  });

  it("GIVEN raw HTML or a script link in user text WHEN rendered THEN it stays text", () => {
    const report = aReport({
      unanswered: [
        {
          ...aReport().unanswered[0]!,
          text: "<img src=x onerror=alert(1)> &amp; ?",
          url: "javascript:alert(1)",
        },
      ],
    });
    const md = reportMarkdown(report, { locale: "en", timeZone: PARIS });
    expect(md).toContain("\\<img src=x onerror=alert\\(1\\)\\> \\&amp; ?");
    expect(md).not.toContain("javascript:");
  });

  it("GIVEN no posts WHEN rendered THEN a friendly 'no posts yet' shows instead of empty tables", () => {
    for (const [locale, sentence] of [
      ["en", "No posts yet for this edition"],
      ["fr", "Aucune publication pour cette édition"],
    ] as const) {
      const md = reportMarkdown(emptyReport(), { locale, timeZone: PARIS });
      expect(md).toContain(sentence);
      expect(md).not.toContain("|");
    }
  });

  it("GIVEN a huge report WHEN rendered as a file THEN nothing is cut: all 500 questions left hanging are listed", () => {
    const md = lines(reportMarkdown(hugeReport(), { locale: "en", timeZone: PARIS }));
    expect(md.filter((line) => line.startsWith("- @asker\\_"))).toHaveLength(500);
    expect(md).toContain("500 posts asked something and got no reply from anyone else.");
  });

  it("GIVEN approximate lists and unreadable dates WHEN rendered THEN the reader is told", () => {
    const md = reportMarkdown(aReport({ approximate: ["topics", "mentions"], ignoredPosts: 1 }), {
      locale: "en",
      timeZone: PARIS,
    });
    expect(md).toContain("counts may be slightly low): recurring topics, mentions._");
    expect(md).toContain("_1 post was left out because its date could not be read._");
  });

  it("GIVEN a title WHEN rendered THEN it replaces the default one, escaped", () => {
    const md = reportMarkdown(aReport(), { locale: "en", timeZone: PARIS, title: "Edition #12 *special*" });
    expect(md.split("\n")[0]).toBe("# Edition \\#12 \\*special\\*");
  });
});
