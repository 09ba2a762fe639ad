import { describe, expect, it } from "vitest";
import { htmlToText } from "../../../src/sources/live/html-to-text.js";

describe("htmlToText (Mastodon content)", () => {
  it.each([
    [
      "a hashtag link keeps #tag",
      '<p><a href="https://m.s/tags/hoot" class="mention hashtag" rel="tag">#<span>hoot</span></a> (toot)</p>',
      "#hoot (toot)",
    ],
    ["paragraphs become a blank line", "<p>Q1 first</p><p>second</p>", "Q1 first\n\nsecond"],
    ["<br>, <br/> and <br /> become newlines", "<p>a<br>b<br/>c<br />d</p>", "a\nb\nc\nd"],
    [
      "entities are decoded",
      "<p>Fish &amp; chips &lt;3 &quot;yes&quot; &#39;ok&#39; &#x1F600; &#233;t&eacute;</p>",
      "Fish & chips <3 \"yes\" 'ok' 😀 ét&eacute;",
    ],
    ["escaped markup stays text", "<p>&lt;b&gt;not bold&lt;/b&gt;</p>", "<b>not bold</b>"],
    [
      "shortened links give the full URL back",
      '<p><a href="https://example.com/very/long/path"><span class="invisible">https://</span><span class="ellipsis">example.com/very</span><span class="invisible">/long/path</span></a></p>',
      "https://example.com/very/long/path",
    ],
    [
      "a mention reads @user",
      '<p><span class="h-card"><a class="u-url mention">@<span>ana</span></a></span> A2</p>',
      "@ana A2",
    ],
    ["list items end lines", "<ul><li>one</li><li>two</li></ul>", "one\ntwo"],
    ["invalid code points stay as written", "<p>&#x110000; &#55296; &#0;</p>", "&#x110000; &#55296; &#0;"],
  ])("GIVEN %s", (_, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it("GIVEN a non-string THEN an empty string", () => {
    expect(htmlToText(null)).toBe("");
  });
});
