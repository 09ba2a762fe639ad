import { describe, expect, it } from "vitest";
import type { Block, Button, OutboundFile } from "../../../src/render/message.js";
import { reportMessage } from "../../../src/render/report/message.js";
import { reportSummaryText } from "../../../src/render/report/summary.js";
import { aReport, emptyReport, HEADLINE, hugeReport, trendBetween, unanswered } from "./factory.js";

const NNBSP = "\u202f";
const NBSP = "\u00a0";
const options = {
  locale: "en",
  timeZone: "Europe/Paris",
  seriesTitle: "#mychat",
  editionNumber: 12,
} as const;

const texts = (blocks: Block[]) => blocks.flatMap((block) => ("text" in block ? [block.text] : []));
const buttons = (blocks: Block[]) =>
  blocks.flatMap((block) => (block.type === "section" && block.accessory ? [block.accessory] : []));
const fields = (blocks: Block[]) => blocks.flatMap((block) => (block.type === "fields" ? block.fields : []));

describe("reportMessage", () => {
  it("GIVEN a report WHEN sent to chat THEN it opens with the series, edition and key figures", () => {
    const message = reportMessage(aReport(), options);
    expect(message.blocks[0]).toEqual({ type: "header", text: "#mychat: edition 12 results" });
    expect(fields(message.blocks)).toContainEqual({ label: "Posts", value: "1,234" });
    expect(fields(message.blocks)).toContainEqual({
      label: "Interaction rate (likes, reposts, replies, quotes)",
      value: "4.2%",
    });
    expect(message.text).toBe(
      "#mychat: 1,234 posts by 120 contributors, 2,734 interactions, 2 questions left hanging.",
    );
  });

  it("GIVEN a French workspace WHEN sent THEN the header, labels and numbers are French", () => {
    const message = reportMessage(aReport(), { ...options, locale: "fr" });
    expect(message.blocks[0]).toEqual({ type: "header", text: "#mychat\u202F: résultats de l'édition 12" });
    expect(fields(message.blocks)).toContainEqual({ label: "Publications", value: `1${NNBSP}234` });
    expect(fields(message.blocks)).toContainEqual({
      label: "Taux d'interaction (j'aime, republications, commentaires, citations)",
      value: `4,2${NBSP}%`,
    });
    expect(texts(message.blocks)).toContain(
      "**Questions des participants restées en suspens**\n2 publications posaient une question et n'ont reçu aucun commentaire d'une autre personne.",
    );
    expect(buttons(message.blocks).map((button) => button.label)).toEqual([
      "Confier un suivi",
      "Confier un suivi",
    ]);
  });

  it("GIVEN follower-based reach WHEN shown in chat THEN its label says potential", () => {
    for (const [locale, word, value] of [
      ["en", "Potential reach", "123,456"],
      ["fr", "Portée potentielle", `123${NNBSP}456`],
    ] as const) {
      const shown = fields(reportMessage(aReport(), { ...options, locale }).blocks).filter((f) =>
        f.value.startsWith(value),
      );
      expect(shown).toEqual([{ label: word, value }]);
    }
  });

  it("GIVEN a previous edition WHEN sent THEN each figure carries its arrow and percentage change", () => {
    const previous = { ...HEADLINE, posts: 1000, contributors: 123 };
    const message = reportMessage(aReport({ trend: trendBetween(HEADLINE, previous) }), options);
    expect(fields(message.blocks)).toContainEqual({ label: "Posts", value: "1,234 · ▲ +234 (+23.4%)" });
    expect(fields(message.blocks)).toContainEqual({ label: "Contributors", value: "120 · ▼ −3 (−2.4%)" });
    expect(fields(message.blocks)).toContainEqual({
      label: "Answers to them (A1, A2…)",
      value: "60 · unchanged",
    });
  });

  it("GIVEN questions left hanging WHEN sent THEN each has an 'Assign a follow-up' button keyed by network and id", () => {
    const message = reportMessage(aReport(), options);
    expect(buttons(message.blocks)).toEqual<Button[]>([
      { action: "unanswered.assign", value: "x:9000000000000000001", label: "Assign a follow-up" },
      { action: "unanswered.assign", value: "x:9000000000000000002", label: "Assign a follow-up" },
    ]);
    expect(texts(message.blocks)).toContainEqual(
      expect.stringMatching(
        /^@asker\\_1, 6:10\sPM: Does anyone know how to follow up on point 1\? \(\[view\]\(https:\/\/x\.com\/asker_1\/status\/1\)\)$/,
      ),
    );
  });

  it("GIVEN a Bluesky id too long for a button WHEN sent THEN the value is cut to 80 characters and marked", () => {
    const externalId = `at://did:web:${"very-long-subdomain.".repeat(4)}example.com/app.bsky.feed.post/3kabcdefghijk`;
    const message = reportMessage(
      aReport({ unanswered: [unanswered(1, { network: "bluesky", externalId })] }),
      options,
    );
    const [button] = buttons(message.blocks);
    expect(button!.value).toHaveLength(80);
    const cut = `bluesky:${externalId}`.slice(0, 79);
    expect(button!.value).toBe(`${cut}…`);
  });

  it("GIVEN a huge report WHEN sent THEN it stays within chat limits", () => {
    for (const locale of ["en", "fr"] as const) {
      const charts = ["timeline", "contributors", "questions"].map(chartFile);
      const message = reportMessage(hugeReport(), { ...options, locale, charts });
      expect(message.blocks.length).toBeLessThanOrEqual(45);
      for (const text of texts(message.blocks)) expect(text.length).toBeLessThanOrEqual(2900);
      expect(fields(message.blocks).length).toBeLessThanOrEqual(10);
      expect(buttons(message.blocks)).toHaveLength(10);
      for (const button of buttons(message.blocks)) expect(button.value.length).toBeLessThanOrEqual(80);
    }
  });

  it("GIVEN 500 questions left hanging WHEN sent THEN 10 get buttons and the rest are listed, counted and pointed to the export", () => {
    const all = texts(reportMessage(hugeReport(), options).blocks).join("\n");
    expect(all).toContain("500 posts asked something and got no reply from anyone else.");
    const listed = all.split("\n").filter((line) => line.startsWith("- @asker\\_")).length;
    expect(listed).toBeGreaterThan(0);
    expect(all).toContain(`and ${490 - listed} more`);
    expect(all).toContain("`/afterchat export posts`");
  });

  it("GIVEN 200 recurring words and phrases WHEN sent THEN both lists show, cut with a count of the rest", () => {
    const topics = texts(reportMessage(hugeReport(), { ...options, locale: "fr" }).blocks).find((text) =>
      text.startsWith("**Sujets récurrents**"),
    )!;
    expect(topics).toMatch(/\nMots\u202F: term-number-1 \(299\), .* et \d+ de plus\n/);
    expect(topics).toMatch(/\nExpressions\u202F: a recurring phrase 1 \(299\), .* et \d+ de plus$/);
  });

  it("GIVEN markup in user text WHEN sent THEN it is escaped", () => {
    const report = aReport({ topPosts: [{ ...aReport().topPosts[0]!, text: "*bold* | [x](http://evil)" }] });
    const all = texts(reportMessage(report, options).blocks).join("\n");
    expect(all).toContain("\\*bold\\* \\| \\[x\\]\\(http://evil\\)");
  });

  it("GIVEN charts WHEN sent THEN they are attached and shown as images by file name", () => {
    const charts = [chartFile("timeline")];
    const message = reportMessage(aReport(), { ...options, charts });
    expect(message.files?.map((f) => f.name)).toEqual(["timeline.png", "report.md"]);
    expect(message.blocks).toContainEqual({ type: "image", file: "timeline.png", alt: "timeline chart" });
  });

  it.each([
    ["en", "Full report (every list complete)", "every list is complete in the attached `report.md`"],
    [
      "fr",
      "Rapport complet (toutes les listes)",
      "toutes les listes sont complètes dans le fichier joint `report.md`",
    ],
  ] as const)(
    "GIVEN a %s report WHEN sent THEN the full report is attached as report.md, and the message says where to look when cut",
    (locale, title, notice) => {
      const message = reportMessage(hugeReport(), { ...options, locale });
      const file = message.files?.find((f) => f.name === "report.md");
      expect(file?.title).toBe(title);
      expect(file?.mime).toBe("text/markdown");
      // Every question left hanging is in the file, where the chat message lists only some.
      const markdown = new TextDecoder().decode(file?.bytes);
      expect(markdown).toContain("asker\\_499");
      expect(message.cutNotice).toContain(notice);
    },
  );

  it("GIVEN no posts WHEN sent THEN the message says so kindly, with no figures and no crash", () => {
    const message = reportMessage(emptyReport(), options);
    expect(texts(message.blocks)).toContain(
      "No posts yet for this edition, so there is nothing to report. Import an export file or pull the posts, then ask for the report again.",
    );
    expect(fields(message.blocks)).toEqual([]);
    expect(message.text).toBe("#mychat: no posts yet.");
  });
});

describe("reportSummaryText", () => {
  it("GIVEN every question answered WHEN summarised THEN it says nothing about hanging questions", () => {
    expect(reportSummaryText(aReport({ unanswered: [] }), "fr")).toBe(
      `#mychat\u202F: 1${NNBSP}234 publications par 120 contributeurs, 2${NNBSP}734 interactions.`,
    );
  });

  it("GIVEN one of each WHEN summarised THEN the singular forms are used", () => {
    const report = aReport({
      posts: { ...aReport().posts, total: 1 },
      contributors: { ...aReport().contributors, unique: 1 },
      engagement: { ...aReport().engagement, total: 1 },
      unanswered: [unanswered(1)],
    });
    expect(reportSummaryText(report, "en")).toBe(
      "#mychat: 1 post by 1 contributor, 1 interaction, 1 question left hanging.",
    );
  });
});

function chartFile(name: string): OutboundFile {
  return { name: `${name}.png`, title: `${name} chart`, mime: "image/png", bytes: new Uint8Array([1]) };
}
