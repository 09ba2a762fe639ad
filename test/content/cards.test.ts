import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import { CARD, cardSvg, quoteCards } from "../../src/render/content/cards.js";
import { isRtl, layoutText, segmentsOf, textWidth } from "../../src/render/content/text-layout.js";
import { syntheticContent } from "./support.js";

const PNG = [0x89, 0x50, 0x4e, 0x47];
const pngSize = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe("quote cards", () => {
  it("GIVEN the synthetic chat WHEN cards are drawn THEN one PNG per top post, never the opted-out author, each with alt text crediting the exact handle", async () => {
    const c = await syntheticContent();
    const cards = quoteCards(c, { t: translator("en"), timeZone: "Europe/Paris" });
    expect(cards.map((f) => f.name)).toEqual(["card-1.png", "card-2.png", "card-3.png", "card-4.png"]);
    for (const [i, card] of cards.entries()) {
      expect([...card.bytes.slice(0, 4)]).toEqual(PNG);
      expect(pngSize(card.bytes)).toEqual({ width: CARD.width * 2, height: CARD.height * 2 });
      expect(card.title).toContain(`(@${c.top[i]!.handle})`);
      expect(card.title).not.toMatch(/zoe/i);
    }
    expect(cards[0]!.title).toBe(
      translator("en").t("content.card.alt", {
        name: "Ana Silva",
        handle: "ana_s",
        hashtag: "chatdemo",
        date: "March 3, 2026",
        text: c.top[0]!.text,
      }),
    );
    const fr = quoteCards(c, { t: translator("fr"), timeZone: "Europe/Paris", count: 1 });
    expect(fr[0]!.title).toContain("3 mars 2026");
  });

  it("GIVEN a card's SVG THEN it carries the credit, the hashtag and date, the series' colours, and emoji as Twemoji images", async () => {
    const c = await syntheticContent();
    const svg = cardSvg(c.top[0]!, {
      hashtag: "chatdemo",
      date: "March 3, 2026",
      credit: "Ana Silva (@ana_s)",
      colours: { background: "#112233", text: "#ffffff", accent: "#ff8800" },
    });
    expect(svg).toContain(">Ana Silva (@ana_s)</text>");
    expect(svg).toContain(">#chatdemo · March 3, 2026</text>");
    expect(svg).toContain('fill="#112233"');
    expect(svg.match(/<image [^>]*href="data:image\/svg\+xml;base64,/g)).toHaveLength(1);
    const hostile = cardSvg(c.top[0]!, {
      hashtag: "x",
      date: "d",
      credit: "<script>",
      colours: { background: "red;}</style>", text: "#fff", accent: "#000" },
    });
    expect(hostile).not.toContain("<script>");
    expect(hostile).not.toContain("red;}");
  });

  it("GIVEN long text with accents and emoji WHEN laid out THEN every line fits and no word is cut: the words read back whole", () => {
    const text =
      "Une réponse très longue 🎉 avec des accents éèàç, une famille 👩‍👩‍👧 et des mots anticonstitutionnellement longs, ".repeat(
        3,
      );
    const layout = layoutText(text, { width: 1000, maxLines: 8, sizes: [52, 40, 30] });
    const words = (l: (typeof layout.lines)[number]) =>
      l.segments.map((s) => (s.kind === "text" ? s.text : `[${s.codepoints}]`)).join("");
    const read = layout.lines.map(words).join(" ").split(" ");
    const source = text
      .trim()
      .replace(/🎉/g, "[1f389]")
      .replace(/👩‍👩‍👧/g, "[1f469-200d-1f469-200d-1f467]")
      .split(" ");
    expect(read.slice(0, -1)).toEqual(source.slice(0, read.length - 1));
    for (const line of layout.lines) expect(line.width).toBeLessThanOrEqual(1000);
    expect(layout.lines.length).toBeLessThanOrEqual(8);
  });

  it("GIVEN text too long for the card WHEN laid out THEN it stops at a whole word with an ellipsis", () => {
    const layout = layoutText("word ".repeat(400), { width: 600, maxLines: 3, sizes: [30] });
    expect(layout.lines).toHaveLength(3);
    const last = layout.lines
      .at(-1)!
      .segments.map((s) => (s.kind === "text" ? s.text : ""))
      .join("");
    expect(last).toMatch(/ …$|word …$|^word( word)* …$/);
  });

  it("GIVEN Arabic or Hebrew first WHEN laid out THEN the lines are right to left; Latin first stays left to right", () => {
    expect(isRtl("أستخدم دفتر")).toBe(true);
    expect(isRtl("  «שלום» world")).toBe(true);
    expect(isRtl("A2 أستخدم")).toBe(false);
    expect(layoutText("أستخدم دفتر الملاحظات", { width: 900, maxLines: 4, sizes: [40] }).lines[0]!.rtl).toBe(
      true,
    );
    expect(segmentsOf("hi🌻!")).toEqual([
      { kind: "text", text: "hi" },
      { kind: "emoji", codepoints: "1f33b" },
      { kind: "text", text: "!" },
    ]);
    expect(textWidth("éèàç", 40)).toBeGreaterThan(0);
  });
});
