import { describe, expect, it } from "vitest";
import { translator } from "../../../src/i18n/index.js";
import { reportMarkdown } from "../../../src/render/report/markdown.js";
import { aReport } from "./factory.js";

describe("GIVEN a French report", () => {
  const { t } = translator("fr");
  const markdown = reportMarkdown(aReport(), { locale: "fr", timeZone: "Europe/Paris" });

  it("THEN answers to questions, reply posts and replies received each have their own word", () => {
    const answers = t("report.figure.answers");
    const replyPosts = t("report.postTypes.replies");
    const repliesReceived = t("report.engagement.replies", { n: "" }).replace(/\s*:\s*$/u, "");
    expect(new Set([answers, replyPosts, repliesReceived]).size).toBe(3);
    for (const word of [replyPosts, repliesReceived]) expect(word).not.toMatch(/^Réponses/u);
    expect(markdown).toContain(replyPosts);
    expect(markdown).toContain(repliesReceived);
  });

  it("THEN contributors seen before are 'De retour', not the roster's 'Habitués' (3 of the last 5)", () => {
    expect(t("report.contributors.returning", { n: "1" })).toMatch(/^De retour/u);
    expect(t("roster.groups.regulars", { count: 1 })).toMatch(/^Habitués/u);
    expect(markdown).not.toContain("Habitués");
  });
});
