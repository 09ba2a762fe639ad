import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  asksQuestion,
  extractHashtags,
  extractMentions,
  isHashtag,
  normaliseHandle,
  normaliseHashtag,
  scanTopicTokens,
  stripUrls,
  topicTokens,
  wordHash,
} from "../../src/domain/text.js";
import { sharedFixture } from "../support/fixtures.js";
import { referenceTopicTokens } from "./topic-tokens-reference.js";

describe("extractHashtags", () => {
  it("GIVEN tags in any script THEN they come out lower-case, distinct, in order", () => {
    expect(extractHashtags("#AfterChat rocks #été_2024 #Привет #afterchat #日本")).toEqual([
      "afterchat",
      "été_2024",
      "привет",
      "日本",
    ]);
  });

  it("GIVEN numbers, entities, URL fragments and words with # inside THEN none is a hashtag", () => {
    expect(extractHashtags("#2024 &#39; https://x.y/page#section C# a#b ##double")).toEqual([]);
  });
});

describe("extractMentions", () => {
  it("GIVEN X, Bluesky and Mastodon handles THEN each comes out whole, lower-case", () => {
    expect(extractMentions("@Alice, @bob.bsky.social. and @carol@mastodon.social! (@dan_99)")).toEqual([
      "alice",
      "bob.bsky.social",
      "carol@mastodon.social",
      "dan_99",
    ]);
  });

  it("GIVEN the network THEN each keeps only its own handle shape", () => {
    const text =
      ".@eve @bob.bsky.social @carol@mastodon.social @Patriots....thoughts @averyveryverylonghandle";
    expect(extractMentions(text, "x")).toEqual(["eve", "bob", "carol", "patriots"]);
    expect(extractMentions(text, "bluesky")).toEqual(["bob.bsky.social"]);
    expect(extractMentions(text, "mastodon")).toEqual([
      "eve",
      "bob.bsky.social",
      "carol@mastodon.social",
      "patriots",
      "averyveryverylonghandle",
    ]);
  });

  it("GIVEN e-mail addresses and URLs THEN they are no mentions", () => {
    expect(extractMentions("mail me@example.com or see https://mastodon.social/@zed")).toEqual([]);
  });
});

describe("asksQuestion", () => {
  it.each([
    ["Why?", true],
    ["Pourquoi ?", true],
    ["何？", true],
    ["see https://x.y/?a=1", false],
    ["see www.x.y/p?a=1 now", false],
    ["no question", false],
  ])("GIVEN %j THEN %s", (text, expected) => {
    expect(asksQuestion(text)).toBe(expected);
  });
});

describe("topicTokens", () => {
  it("GIVEN French and English text THEN words keep accents, lose elisions, and breaks mark punctuation", () => {
    expect(topicTokens("L'équipe d'aujourd'hui: peut-être don't… Alice's ÉTÉ")).toEqual([
      "équipe",
      "aujourd'hui",
      null,
      "peut-être",
      "don't",
      null,
      "alice",
      "été",
    ]);
  });

  it("GIVEN emoji and letters outside the BMP THEN emoji break phrases and such letters make words", () => {
    expect(topicTokens("coffee 🎉 break 𝒳𝒴 tea☕time")).toEqual([
      "coffee",
      null,
      "break",
      "𝒳𝒴",
      "tea",
      null,
      "time",
    ]);
  });

  it("GIVEN URLs, hashtags and mentions THEN they are breaks, not words", () => {
    expect(topicTokens("coffee https://x.y/?a=b break #tag time @bob talk")).toEqual([
      "coffee",
      null,
      "break",
      null,
      "time",
      null,
      "talk",
    ]);
  });
});

describe("normalisers and stripUrls", () => {
  it("THEN handles and tags lose their sigil and case, URLs become spaces", () => {
    expect(normaliseHandle(" @Alice ")).toBe("alice");
    expect(normaliseHashtag("#CafeChat")).toBe("cafechat");
    expect(stripUrls("a https://x.y/?q b")).toBe("a   b");
  });
});

describe("isHashtag: what a chat's tag may be (set-up, commands, live searches)", () => {
  it.each(["cafechat", "été_2024", "हिंदी", "日本", "a".repeat(100)])(
    "GIVEN %j THEN it is a hashtag",
    (tag) => {
      expect(isHashtag(tag)).toBe(true);
    },
  );

  it.each(["", "2024", "k pop", "kpop?", "a/b", "tag#", "a".repeat(101)])(
    "GIVEN %j THEN it is not",
    (tag) => {
      expect(isHashtag(tag)).toBe(false);
    },
  );

  it("GIVEN any tag read from text THEN isHashtag accepts it (one rule for both)", () => {
    const text = "#AfterChat #été_2024 #हिंदी #日本 #a_1 #Привет";
    expect(extractHashtags(text).every(isHashtag)).toBe(true);
  });
});

describe("GIVEN real X API v2 tweets (twarc2 #kpop page)", () => {
  const path = sharedFixture("x-api-v2-twarc/kpop.jsonl");

  it.skipIf(path === null)("THEN hashtags and mentions read from the text match the API's entities", () => {
    const page = JSON.parse(readFileSync(join(path ?? ""), "utf8").split("\n")[0] ?? "{}") as {
      data: Array<{
        text: string;
        entities?: { hashtags?: { tag: string }[]; mentions?: { username: string }[] };
      }>;
    };
    let compared = 0;
    for (const tweet of page.data) {
      // Truncated retweets ("RT @x: ... …") can cut a tag in half, which the API still lists whole.
      if (tweet.text.endsWith("…")) continue;
      const tags = [...new Set((tweet.entities?.hashtags ?? []).map((tag) => tag.tag.toLowerCase()))];
      const handles = [
        ...new Set((tweet.entities?.mentions ?? []).map((mention) => mention.username.toLowerCase())),
      ];
      expect(extractHashtags(tweet.text)).toEqual(tags);
      expect(extractMentions(tweet.text, "x")).toEqual(handles);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(20);
  });
});

describe("topicTokens against the scanner it replaced", () => {
  // Characters where the rules turn: apostrophes both ways, hyphens, elisions, URL, tag and handle leads,
  // Unicode casing that changes lengths or depends on context (İ, ẞ, Σ), marks, emoji, spaces of all kinds.
  const pieces = [
    ..."aAzZ09éÉ'’-#@_./:?!,",
    " ",
    "\u00a0",
    "\u3000",
    "İ",
    "ẞ",
    "Σ",
    "ΑΣ",
    "\u0301",
    "😀",
    "𝐀",
    "l'",
    "L’",
    "qu’",
    "'s",
    "’S",
    "http://",
    "HTTPS://",
    "www.",
    "WWW.",
    "don’t",
    "aujourd'hui",
    "peut-être",
    "Étés",
  ];
  const texts = fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: "binary", maxLength: 3 })), {
      maxLength: 30,
    })
    .map((parts) => parts.join(""));

  it("GIVEN any text THEN the words and breaks are the same", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(topicTokens(text)).toEqual(referenceTopicTokens(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("GIVEN any text THEN each word's hash is wordHash() of its characters", () => {
    fc.assert(
      fc.property(texts, (text) => {
        scanTopicTokens(text, {
          word: (lowered, start, end, hash) => expect(hash).toBe(wordHash(lowered, start, end)),
          wordText: () => {},
          pause: () => {},
        });
      }),
      { numRuns: 2000 },
    );
  });
});
