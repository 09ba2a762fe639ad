import { describe, expect, it } from "vitest";
import type { QuestionTally } from "../../../src/domain/poll.js";
import {
  chartSvg,
  pollChart,
  pollChartSpec,
  reportChartSpecs,
  reportCharts,
} from "../../../src/render/charts/index.js";
import { aReport, emptyReport, hugeReport } from "../report/factory.js";
import { PNG_SIGNATURE, pngSize } from "./png.js";

const PARIS = { locale: "en", timeZone: "Europe/Paris" } as const;
const NNBSP = "\u202f";

/** The text nodes of an SVG, unescaped enough for assertions. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!);
}

async function svgOf(
  name: string,
  report = aReport(),
  options: typeof PARIS | { locale: "fr"; timeZone: string } = PARIS,
) {
  const chart = reportChartSpecs(report, options).find((spec) => spec.name === name)!;
  return chartSvg(chart.spec);
}

describe("report charts", () => {
  it("GIVEN a report WHEN charted THEN three PNG files come back, 2x the 800-pixel layout", async () => {
    const files = await reportCharts(aReport(), PARIS);
    expect(files.map((file) => [file.name, file.title, file.mime])).toEqual([
      ["timeline.png", "Posts over time", "image/png"],
      ["contributors.png", "Top contributors by posts", "image/png"],
      ["questions.png", "Answers per question", "image/png"],
    ]);
    for (const file of files) {
      expect([...file.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(pngSize(file.bytes)).toMatchObject({ chunk: "IHDR", width: 1600 });
    }
    expect(pngSize(files[0]!.bytes).height).toBe(800);
    // Two contributors: 110 px of frame + 32 px per bar, at twice the scale.
    expect(pngSize(files[1]!.bytes).height).toBe(2 * (110 + 2 * 32));
  });

  it("GIVEN no posts WHEN charted THEN there are no charts at all", async () => {
    expect(await reportCharts(emptyReport(), PARIS)).toEqual([]);
  });

  it("GIVEN an English timeline WHEN drawn THEN title, axes, peak and official end are in English, in Paris time", async () => {
    const texts = svgTexts(await svgOf("timeline.png"));
    expect(texts).toEqual(
      expect.arrayContaining([
        "Posts over time",
        "Time (Europe/Paris)",
        "Posts",
        "One bar per minute",
        "Peak: 45",
        "Official end",
      ]),
    );
    // 17:10 UTC is 6:10 PM in Paris in March.
    expect(texts).toContain("6:10 PM");
  });

  it("GIVEN a French timeline WHEN drawn THEN every label is French and times are 24-hour", async () => {
    const texts = svgTexts(
      await svgOf("timeline.png", aReport(), { locale: "fr", timeZone: "Europe/Paris" }),
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        "Publications au fil du temps",
        "Heure (Europe/Paris)",
        "Publications",
        "Une barre par minute",
        "Pic\u202F: 45",
        "Fin officielle",
        "18:10",
      ]),
    );
  });

  it("GIVEN another zone WHEN drawn THEN the axis follows that zone, not the machine's", async () => {
    const texts = svgTexts(
      await svgOf("timeline.png", aReport(), { locale: "fr", timeZone: "America/New_York" }),
    );
    expect(texts).toContain("Heure (America/New_York)");
    expect(texts).toContain("12:10");
  });

  it("GIVEN no official window WHEN drawn THEN no end rule is claimed", async () => {
    const texts = svgTexts(await svgOf("timeline.png", aReport({ afterParty: null })));
    expect(texts).not.toContain("Official end");
  });

  it("GIVEN thousands of answers WHEN drawn in French THEN axis numbers use French grouping", async () => {
    const texts = svgTexts(
      await svgOf("questions.png", hugeReport(), { locale: "fr", timeZone: "Europe/Paris" }),
    );
    expect(texts).toEqual(
      expect.arrayContaining(["Réponses par question", "Question", "Réponses", `1${NNBSP}000`]),
    );
  });

  it("GIVEN top contributors WHEN drawn THEN bars are labelled with rank and handle", async () => {
    const texts = svgTexts(await svgOf("contributors.png"));
    expect(texts).toEqual(
      expect.arrayContaining(["Top contributors by posts", "Posts", "1. @alice", "2. @bob_b", "80"]),
    );
  });

  it("GIVEN the same spec WHEN drawn twice THEN the SVG is identical", async () => {
    expect(await svgOf("timeline.png")).toBe(await svgOf("timeline.png"));
  });

  it("GIVEN no host questions WHEN charted THEN the questions chart is skipped", () => {
    const names = reportChartSpecs(aReport({ questions: [] }), PARIS).map((chart) => chart.name);
    expect(names).toEqual(["timeline.png", "contributors.png"]);
  });
});

describe("poll chart", () => {
  const tallies: QuestionTally[] = [
    { questionId: "pace", counts: [0, 1, 3, 8, 5], votes: 17, average: 4, comments: [] },
    { questionId: "clear", counts: [2, 2, 3, 1, 0], votes: 8, average: 2.375, comments: [] },
    { questionId: "none", counts: [0, 0, 0, 0, 0], votes: 0, average: null, comments: [] },
  ];
  const labels = {
    pace: "Le rythme était-il bon\u202F?",
    clear: "Questions claires <&> ?",
    none: "Personne",
  };

  it("GIVEN votes WHEN charted in French THEN each voted question has a bar and its average", async () => {
    const chart = pollChartSpec(tallies, labels, "fr")!;
    const texts = svgTexts(await chartSvg(chart.spec));
    expect(texts).toEqual(
      expect.arrayContaining([
        "Résultats du sondage de fin de chat",
        "Votes",
        "Note (de 1 à 5)",
        "1. Le rythme était-il bon\u202F?",
        "2. Questions claires &lt;&amp;&gt; ?",
        "moy. 4,0",
        "moy. 2,4",
      ]),
    );
    expect(texts.join("\n")).not.toContain("Personne");
  });

  it("GIVEN votes WHEN rendered THEN a poll.png comes back sized to its two bars", async () => {
    const file = (await pollChart(tallies, labels, "en"))!;
    expect(file).toMatchObject({ name: "poll.png", title: "Feedback poll results", mime: "image/png" });
    expect([...file.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(file.bytes)).toMatchObject({ width: 1600, height: 2 * (140 + 2 * 44) });
  });

  it("GIVEN nobody voted WHEN charted THEN there is no chart", async () => {
    expect(await pollChart([tallies[2]!], labels, "en")).toBeNull();
  });
});
