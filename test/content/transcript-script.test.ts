import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import { MAX_SECONDS, recordingScript, spoken, WORDS_PER_MINUTE } from "../../src/render/content/script.js";
import { syntheticContent, textFiles } from "./support.js";
import { ROWS, row, statusUrl } from "./synthetic-chat.js";

describe("transcript and recording script from the synthetic chat", () => {
  it("GIVEN the chat WHEN the CSV transcript is made THEN every quotable post once, in time order, with its question, exact handle and link", async () => {
    const csv = (await textFiles(await syntheticContent(), "en", ["transcript"]))["transcript.csv"]!;
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("question,time,network,handle,name,kind,text,link");
    const quoted = ROWS.filter((r) => r.user !== "zoe_q");
    expect(lines).toHaveLength(1 + quoted.length);
    lines.slice(1).forEach((line, i) => {
      const r = quoted[i]!;
      expect(line).toContain(`,x,${r.user},`);
      expect(line.endsWith(`,${statusUrl(r)}`)).toBe(true);
    });
    expect(lines[4]).toMatch(/^1,.*,cy,Cy,answer,/);
    expect(lines.at(-1)).toMatch(/^,.*,eve,Eve,post,/);
    expect(lines[1]).toMatch(/^1,.*,hostaccount,Chat Demo Host,question,/);
  });

  it("GIVEN the chat WHEN the Markdown transcript is made in French THEN posts are threaded under each question, others last", async () => {
    const md = (await textFiles(await syntheticContent(), "fr", ["transcript"]))["transcript.md"]!;
    const tf = translator("fr");
    expect(md.split("\n")[0]).toBe(
      `# ${tf.t("content.transcript.title", { hashtag: "chatdemo" }).replace("#", "\\#")}`,
    );
    const q1 = md.slice(md.indexOf("## Q1"), md.indexOf("## Q2"));
    expect(q1).toContain(`[Cy \\(@cy\\)](${statusUrl(row("cy"))})`);
    expect(q1.indexOf("Ana Silva")).toBeLessThan(q1.indexOf("[Cy "));
    expect(md.indexOf(`## ${tf.t("content.transcript.outside")}`)).toBeGreaterThan(md.indexOf("## Q3"));
  });

  it("GIVEN the chat WHEN the recording script is made THEN it speaks each question and its best answer, without links or emoji, and states a reading time that matches its words", async () => {
    const c = await syntheticContent();
    for (const locale of ["en", "fr"] as const) {
      const t = translator(locale);
      const script = recordingScript(c, { t, timeZone: "Europe/Paris" });
      const text = script.paragraphs.join(" ");
      expect(text).toContain(t.t("content.script.outro"));
      expect(text).toContain(t.t("content.script.question", { number: 3, text: "One tip for newcomers?" }));
      expect(text).toContain(
        t.t("content.script.answer", {
          name: "Ana Silva",
          text: "My grandmother, who taught in a village school",
        }),
      );
      expect(text).not.toMatch(/https?:|🌻|@/u);
      expect(script.seconds).toBe(Math.round((script.words / WORDS_PER_MINUTE) * 60));
      expect(script.seconds).toBeLessThanOrEqual(MAX_SECONDS);
      const md = (await textFiles(c, locale, ["script"]))["script.md"]!;
      expect(md).toContain(`${script.words}`);
    }
  });

  it("GIVEN a long chat WHEN the script would pass three minutes THEN later questions are dropped until it fits", async () => {
    const c = await syntheticContent();
    const long = "word ".repeat(27).trim();
    const chapters = Array.from({ length: 30 }, (_, i) => ({
      ...c.chapters[0]!,
      number: i + 1,
      question: { ...c.chapters[0]!.question!, text: `Q${i + 1}: ${long}` },
    }));
    const script = recordingScript({ ...c, chapters }, { t: translator("en"), timeZone: "UTC" });
    expect(script.seconds).toBeLessThanOrEqual(MAX_SECONDS);
    expect(script.seconds).toBeGreaterThan(120);
  });

  it("GIVEN text with a link, a mention, emoji and a label WHEN spoken THEN only words remain, cut at a word", () => {
    expect(spoken("A2: see https://x.y/z @bob 🌻 #great idea #chatdemo")).toBe("see great idea");
    expect(spoken("one two three four", 2)).toBe("one two…");
  });
});
