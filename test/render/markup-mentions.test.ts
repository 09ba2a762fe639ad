import { describe, expect, it } from "vitest";
import { escapeMarkdownKeepingMentions } from "../../src/render/markup.js";

describe("stored text that may name people", () => {
  it("GIVEN a title with a mention and Markdown WHEN escaped for display THEN the mention stays and the rest shows as typed", () => {
    expect(escapeMarkdownKeepingMentions("Ask <@slack:T1:U2> about *this* [link](x) <@&R1>")).toBe(
      "Ask <@slack:T1:U2> about \\*this\\* \\[link\\]\\(x\\) \\<@&R1\\>",
    );
  });

  it("GIVEN no mention THEN it escapes as escapeMarkdown does", () => {
    expect(escapeMarkdownKeepingMentions("a_b <@ not one")).toBe("a\\_b \\<@ not one");
  });
});
