import { describe, expect, it } from "vitest";
import { type ComparedEdition, compareChats } from "../../../src/domain/compare.js";
import { chartSvg, compareChart, compareChartSpec } from "../../../src/render/charts/index.js";
import type { ComparisonView } from "../../../src/render/compare/message.js";
import { PNG_SIGNATURE, pngSize } from "../charts/png.js";

function edition(figures: Partial<ComparedEdition["headline"]> = {}): ComparedEdition {
  const headline = {
    posts: 120,
    contributors: 30,
    engagement: 480,
    potentialReach: 52_000,
    questions: 6,
    answers: 42,
    ...figures,
  };
  return { startsAt: new Date("2026-12-01T18:00:00Z"), headline, participants: [] };
}

function view(ours: ComparedEdition[], theirs: ComparedEdition[]): ComparisonView {
  return { ours: "cafechat", theirs: "teachchat", last: 1, comparison: compareChats(ours, theirs) };
}

const svgTexts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe("GIVEN two chats with figures", () => {
  const both = view([edition()], [edition({ posts: 90, potentialReach: null })]);

  it("WHEN charted in English THEN one panel per figure names them and labels the bars", async () => {
    const chart = compareChartSpec(both, "en")!;
    expect(chart.name).toBe("compare.png");
    const texts = svgTexts(await chartSvg(chart.spec));
    expect(texts).toEqual(
      expect.arrayContaining([
        "#cafechat and #teachchat side by side",
        "Posts",
        "Answers per question",
        "Potential reach",
        "#cafechat",
        "#teachchat",
        "120",
        "90",
        "52,000",
      ]),
    );
  });

  it("WHEN charted in French THEN titles and numbers are French", async () => {
    const texts = svgTexts(await chartSvg(compareChartSpec(both, "fr")!.spec));
    expect(texts).toEqual(
      expect.arrayContaining(["#cafechat et #teachchat côte à côte", "Réponses par question", "7,0"]),
    );
    expect(texts.some((text) => /52\s000/u.test(text))).toBe(true);
  });

  it("WHEN rendered THEN it is a PNG at twice the layout width", async () => {
    const file = (await compareChart(both, "en"))!;
    expect([...file.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(file.bytes).width).toBeGreaterThan(1000);
  });
});

describe("GIVEN no figures on either side", () => {
  it("THEN there is no chart", () => {
    expect(compareChartSpec(view([], []), "en")).toBeNull();
  });
});
