import { describe, expect, it } from "vitest";
import { readFacets, sliceUtf8 } from "../../../src/sources/live/bluesky-facets.js";

/** Byte offsets computed the way a Bluesky client does: over the UTF-8 encoding. */
function byteRange(text: string, part: string): { byteStart: number; byteEnd: number } {
  const at = text.indexOf(part);
  const byteStart = Buffer.byteLength(text.slice(0, at), "utf8");
  return { byteStart, byteEnd: byteStart + Buffer.byteLength(part, "utf8") };
}

describe("sliceUtf8", () => {
  it("GIVEN an emoji (4 bytes, 2 UTF-16 units) and accents before the range THEN it cuts on bytes", () => {
    const text = "🎉 Café déjà vu @zoé.bsky.social merci";
    const { byteStart, byteEnd } = byteRange(text, "@zoé.bsky.social");

    // The same numbers used as string indexes would land elsewhere: that is the bug this prevents.
    expect(text.slice(byteStart, byteEnd)).not.toBe("@zoé.bsky.social");
    expect(sliceUtf8(text, byteStart, byteEnd)).toBe("@zoé.bsky.social");
  });

  it.each([
    [-1, 2],
    [3, 2],
    [0, 999],
    [0.5, 2],
    ["0", 2],
  ])("GIVEN the invalid range (%s, %s) THEN null", (start, end) => {
    expect(sliceUtf8("abc", start, end)).toBeNull();
  });

  it("GIVEN a range splitting a multi-byte character THEN it returns replacement characters, not an exception", () => {
    expect(sliceUtf8("é", 0, 1)).toBe("\uFFFD");
  });
});

describe("readFacets", () => {
  it("GIVEN a mention and a tag after emoji and accents THEN the handle and tag are read correctly", () => {
    const text = "👩🏽‍💻 Réponse A1 pour @Ana.bsky.social #ChatÉté";
    const facets = [
      {
        index: byteRange(text, "@Ana.bsky.social"),
        features: [{ $type: "app.bsky.richtext.facet#mention", did: "did:plc:ana" }],
      },
      {
        index: byteRange(text, "#ChatÉté"),
        features: [{ $type: "app.bsky.richtext.facet#tag", tag: "ChatÉté" }],
      },
      {
        index: byteRange(text, "Réponse"),
        features: [{ $type: "app.bsky.richtext.facet#link", uri: "https://x" }],
      },
    ];

    expect(readFacets(text, facets)).toEqual({ hashtags: ["chatété"], mentions: ["ana.bsky.social"] });
  });

  it("GIVEN a mention whose byte range is out of the text THEN the DID stands in for the handle", () => {
    const facets = [
      {
        index: { byteStart: 50, byteEnd: 60 },
        features: [{ $type: "app.bsky.richtext.facet#mention", did: "did:plc:z" }],
      },
    ];

    expect(readFacets("short", facets).mentions).toEqual(["did:plc:z"]);
  });

  it.each([null, "x", [1, null, { features: "no" }], [{ index: null, features: [null, { $type: 3 }] }]])(
    "GIVEN junk facets %j THEN nothing is read and nothing throws",
    (facets) => {
      expect(readFacets("text", facets)).toEqual({ hashtags: [], mentions: [] });
    },
  );
});
