import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import { syntheticContent, textFiles } from "./support.js";
import { row, statusUrl } from "./synthetic-chat.js";

describe("recap post from the synthetic chat", () => {
  it("GIVEN the chat WHEN the Markdown recap is made THEN title, date, topic, figures, every question with its best answers credited, topics, insights and next edition are there", async () => {
    const c = await syntheticContent();
    const t = translator("en");
    const md = (await textFiles(c, "en", ["recap"], "plain"))["recap.md"]!;
    expect(md.split("\n")[0]).toBe("# \\#chatdemo edition 7: Why we teach");
    expect(md).toContain(t.t("content.recap.date", { date: "Tue, Mar 3, 2026, 8:00 PM" }));
    expect(md).toContain("Topic: Teaching");
    for (const key of ["posts", "contributors", "questions", "answers", "engagement"] as const)
      expect(md).toMatch(new RegExp(`^- ${escapeRegExp(t.t(`report.figure.${key}`))}: \\d+$`, "m"));
    const heads = md.split("\n").filter((l) => l.startsWith("### "));
    expect(heads).toEqual([
      `### [Q1](${statusUrl(row("hostaccount", 0))}): What made you start teaching? \\#chatdemo`,
      `### [Q2](${statusUrl(row("hostaccount", 1))}): Quel outil utilisez-vous chaque jour ? \\#chatdemo`,
      `### [Q3](${statusUrl(row("hostaccount", 2))}): One tip for newcomers? \\#chatdemo`,
    ]);
    // Q1's best answers: Ana (12 likes), Bruno (8), then Cy's reply under Ana's answer (1).
    const q1 = md.slice(md.indexOf("### [Q1]"), md.indexOf("### [Q2]"));
    expect(q1.indexOf("Ana Silva \\(@ana\\_s\\)")).toBeGreaterThan(0);
    expect(q1.indexOf("Ana Silva")).toBeLessThan(q1.indexOf("Bruno Lefèvre \\(@bruno\\_l\\)"));
    expect(q1).toContain(`[original post](${statusUrl(row("ana_s"))})`);
    expect(q1).toContain(`[original post](${statusUrl(row("bruno_l"))})`);
    expect(q1).toContain("🌻");
    expect(md).toContain("## What we learned\n\n- Newcomers need the Q/A format explained first");
    expect(md).toContain("## Next edition");
    expect(md).toContain("Topic: Assessment");
    expect(md).toContain(t.t("content.recap.withheld", { count: 1 }));
  });

  it("GIVEN @zoe_q replied 'no quote' to the host WHEN any text artefact is made THEN neither her handle nor her words appear, though she had the top answer", async () => {
    const c = await syntheticContent();
    expect(c.withheld).toBe(1);
    for (const locale of ["en", "fr"] as const)
      for (const [name, text] of Object.entries(
        await textFiles(c, locale, ["recap", "transcript", "script", "recycle"]),
      )) {
        expect(text, name).not.toMatch(/zoe/i);
        expect(text, name).not.toContain("Secret words");
      }
  });

  it("GIVEN official embeds WHEN the HTML recap is made THEN each answer is an X blockquote with the exact link and the widgets script once", async () => {
    const c = await syntheticContent();
    const html = (await textFiles(c, "en", ["recap"]))["recap.html"]!;
    expect(html.startsWith('<article class="afterchat-recap" lang="en">')).toBe(true);
    expect(html.match(/<h3>/g)).toHaveLength(3);
    expect(html.match(/<blockquote class="twitter-tweet">/g)).toHaveLength(
      c.chapters.reduce((n, ch) => n + ch.best.length, 0),
    );
    expect(html).toContain(`&mdash; Ana Silva (@ana_s) <a href="${statusUrl(row("ana_s"))}">`);
    expect(html).toContain('<p dir="auto">A2 أستخدم دفتر الملاحظات كل يوم مع طلابي #chatdemo</p>');
    expect(html.match(/platform\.twitter\.com\/widgets\.js/g)).toHaveLength(1);
  });

  it("GIVEN plain quotes WHEN the HTML recap is made THEN no network script or embed class, credits still exact", async () => {
    const html = (await textFiles(await syntheticContent(), "en", ["recap"], "plain"))["recap.html"]!;
    expect(html).not.toContain("<script");
    expect(html).not.toContain("twitter-tweet");
    expect(html).toContain(`— Bruno Lefèvre (@bruno_l), `);
    expect(html).toContain(`<a href="${statusUrl(row("bruno_l"))}">original post</a>`);
  });

  it("GIVEN the two languages WHEN the recap is made THEN each uses its own catalogue and dates", async () => {
    const c = await syntheticContent();
    const fr = (await textFiles(c, "fr", ["recap"], "plain"))["recap.md"]!;
    const tf = translator("fr");
    expect(fr.split("\n")[0]).toBe("# \\#chatdemo édition 7\u202F: Why we teach");
    expect(fr).toContain(`## ${tf.t("content.recap.figures")}`);
    expect(fr).toContain(`- ${tf.t("report.figure.contributors")}\u202F: `);
    expect(fr).toContain("3 mars 2026");
    expect(fr).toContain(`[${tf.t("content.recap.source")}](${statusUrl(row("ana_s"))})`);
    expect(fr).toContain(tf.t("content.recap.withheld", { count: 1 }));
  });

  it("GIVEN a post with a hostile link WHEN quoted THEN the link is not made clickable", async () => {
    const c = await syntheticContent();
    const hostile = { ...c.chapters[0]!.best[0]!, url: "javascript:alert(1)" };
    const broken = { ...c, chapters: [{ ...c.chapters[0]!, best: [hostile] }] };
    const files = await textFiles(broken, "en", ["recap"]);
    expect(files["recap.html"]).not.toContain("javascript:");
    expect(files["recap.md"]).not.toContain("](javascript:");
  });
});

/** A label as a literal inside a regular expression ("Host's questions (Q1, Q2…)" has parentheses). */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
