/**
 * The edition report on Discord: the key figures and their change come first and always show;
 * the lists share what is left of the 6,000 characters, and the cut says where everything is.
 */
import type { APIEmbed } from "discord.js";
import { describe, expect, it } from "vitest";
import { shareOut } from "../../../adapters/discord/render/embeds.js";
import { renderMessage } from "../../../adapters/discord/render/index.js";
import { reportMessage } from "../../../src/render/report/message.js";
import { aReport, HEADLINE, hugeReport, trendBetween } from "../../render/report/factory.js";
import { messageLimitProblem } from "../../support/fake-discord-limits.js";

const LANGUAGES = [
  {
    locale: "en",
    posts: "Posts",
    sections: [
      "Top contributors",
      "Top posts",
      "Host's questions",
      "Participants' questions left hanging",
      "Recurring topics",
    ],
    notice: "every list is complete in the attached `report.md`",
  },
  {
    locale: "fr",
    posts: "Publications",
    sections: [
      "Contributeurs en tête",
      "Publications en tête",
      "Questions de l'animation",
      "Questions des participants restées en suspens",
      "Sujets récurrents",
    ],
    notice: "toutes les listes sont complètes dans le fichier joint `report.md`",
  },
] as const;

const previous = { ...HEADLINE, posts: 1000 };
const render = (locale: "en" | "fr", report = hugeReport()) =>
  renderMessage(
    reportMessage(
      { ...report, trend: trendBetween(HEADLINE, previous) },
      { locale, timeZone: "Europe/Paris", seriesTitle: "#mychat", editionNumber: 12 },
    ),
  );
const size = (embeds: APIEmbed[]) =>
  embeds.reduce(
    (n, e) =>
      n +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0),
    0,
  );

describe("a long edition report on Discord", () => {
  it.each(LANGUAGES)(
    "GIVEN 500 questions left hanging and long lists in $locale WHEN rendered THEN the first embed holds the figures with their change, within Discord's limits",
    ({ locale, posts }) => {
      const { pages, truncated } = render(locale);
      const [page] = pages;
      expect(messageLimitProblem({ embeds: page!.embeds, components: page!.components } as never)).toBeNull();
      expect(size(page!.embeds)).toBeLessThanOrEqual(6000);
      const figures = page!.embeds[0]!.fields ?? [];
      expect(figures[0]?.name).toBe(posts);
      expect(figures[0]?.value).toMatch(/▲/u);
      expect(figures.length).toBeGreaterThanOrEqual(8);
      expect(truncated).toBe(true);
    },
  );

  it.each(LANGUAGES)(
    "GIVEN the lists do not fit in $locale WHEN rendered THEN every section still shows its start, and the cut points to report.md",
    ({ locale, sections, notice }) => {
      const { pages } = render(locale);
      const text = pages[0]!.embeds.map((e) => e.description ?? "").join("\n\n");
      for (const title of sections) expect(text).toContain(`**${title}**`);
      expect(text.trimEnd().split("\n").at(-1)).toContain(notice);
      expect(pages[0]!.files.map((f) => f.name)).toContain("report.md");
    },
  );

  it("GIVEN an ordinary report WHEN rendered THEN nothing is cut and no notice is added", () => {
    const { pages, truncated } = render("en", aReport());
    const text = pages[0]!.embeds.map((e) => e.description ?? "").join("\n");
    expect(truncated).toBe(false);
    expect(text).not.toContain("report.md`.");
    expect(pages[0]!.embeds[0]!.fields?.[0]).toMatchObject({
      name: "Posts",
      value: expect.stringMatching(/^1,234/u),
    });
  });
});

describe("sharing out what is left", () => {
  it("GIVEN short and long paragraphs over the budget THEN short ones stay whole, long ones are cut at a line with …", () => {
    const long = ["**List**", ...Array.from({ length: 50 }, (_, i) => `- item ${i}`)].join("\n");
    const out = shareOut(["short", long, long], 200);
    expect(out[0]).toBe("short");
    expect(out[1]!.startsWith("**List**\n- item 0")).toBe(true);
    expect(out[1]!.endsWith("\n…")).toBe(true);
    expect(out.join("\n\n").length).toBeLessThanOrEqual(200);
  });
});
