import { describe, expect, it } from "vitest";
import { type ComparedEdition, compareChats } from "../../../src/domain/compare.js";
import { type ComparisonView, comparisonMessage } from "../../../src/render/compare/message.js";
import type { Block } from "../../../src/render/message.js";

function edition(day: number, figures: Partial<ComparedEdition["headline"]> = {}): ComparedEdition {
  return {
    startsAt: new Date(Date.UTC(2026, 11, day, 18)),
    headline: {
      posts: 120,
      contributors: 30,
      engagement: 480,
      potentialReach: 52_000,
      questions: 6,
      answers: 42,
      ...figures,
    },
    participants: [
      { network: "x", handle: "ana_l", name: "Ana Lopez", posts: 3 },
      { network: "bluesky", handle: "bob.bsky.social", name: null, posts: 1 },
    ],
  };
}

const THEIRS = edition(2, {
  posts: 90,
  contributors: 20,
  engagement: 180,
  potentialReach: null,
  answers: 30,
});

function view(ours: ComparedEdition[], theirs: ComparedEdition[], last = 1): ComparisonView {
  return { ours: "cafechat", theirs: "teachchat", last, comparison: compareChats(ours, theirs, last) };
}

const PARIS = { timeZone: "Europe/Paris" } as const;
const fields = (blocks: Block[]) =>
  blocks.find((b): b is Extract<Block, { type: "fields" }> => b.type === "fields")!.fields;
const texts = (blocks: Block[]) => blocks.map((b) => ("text" in b ? b.text : "")).join("\n");

describe("GIVEN two chats with one edition each", () => {
  const both = view([edition(1)], [THEIRS]);

  it("WHEN rendered in English THEN each figure shows both chats and the difference", () => {
    const message = comparisonMessage(both, { locale: "en", ...PARIS });
    expect(message.blocks[0]).toEqual({ type: "header", text: "#cafechat and #teachchat side by side" });
    expect(texts(message.blocks)).toContain(
      "Last edition of each: #cafechat on Tue, Dec 1, #teachchat on Wed, Dec 2.",
    );
    expect(fields(message.blocks)).toEqual([
      { label: "Posts", value: "#cafechat: 120\n#teachchat: 90\ndifference −30 (−25%)" },
      { label: "Contributors", value: "#cafechat: 30\n#teachchat: 20\ndifference −10 (−33.3%)" },
      { label: "Answers per question", value: "#cafechat: 7.0\n#teachchat: 5.0\ndifference −2.0 (−28.6%)" },
      { label: "Engagement per post", value: "#cafechat: 4.0\n#teachchat: 2.0\ndifference −2.0 (−50%)" },
      { label: "Potential reach", value: "#cafechat: 52,000\n#teachchat: no follower counts" },
    ]);
  });

  it("WHEN rendered in French THEN the same figures read in French, French numbers included", () => {
    const message = comparisonMessage(both, { locale: "fr", ...PARIS });
    expect(message.blocks[0]).toEqual({ type: "header", text: "#cafechat et #teachchat côte à côte" });
    expect(texts(message.blocks)).toContain(
      "Dernière édition de chacun\u202F: #cafechat le mar. 1 déc., #teachchat le mer. 2 déc.",
    );
    const reach = fields(message.blocks).find((f) => f.label === "Portée potentielle")!;
    expect(reach.value).toBe("#cafechat\u202F: 52\u202f000\n#teachchat\u202F: nombre d'abonnés inconnu");
    const answers = fields(message.blocks).find((f) => f.label === "Réponses par question")!;
    expect(answers.value).toContain("#teachchat\u202F: 5,0");
  });

  it("WHEN people took part in both THEN they are listed by name and handle, never as a mention", () => {
    const text = texts(comparisonMessage(both, { locale: "en", ...PARIS }).blocks);
    expect(text).toContain("**In both chats (2): people to invite**");
    expect(text).toContain("• Ana Lopez (ana\\_l, X) · 3 posts in #cafechat · 3 posts in #teachchat");
    expect(text).toContain("• bob.bsky.social (Bluesky) · 1 post in #cafechat · 1 post in #teachchat");
    expect(text).not.toMatch(/<@|@ana/);
  });
});

describe("GIVEN a watched chat with no edition pulled yet", () => {
  const oneSided = view([edition(1)], []);

  it("WHEN rendered THEN it says so in both languages and shows no figure for it, not a zero", () => {
    const en = comparisonMessage(oneSided, { locale: "en", ...PARIS });
    expect(en.text).toContain("#teachchat has no edition with posts yet");
    expect(fields(en.blocks).map((f) => f.value.split("\n")[1])).toEqual(
      Array(5).fill("#teachchat: no data yet"),
    );
    expect(fields(en.blocks).some((f) => /teachchat: 0/.test(f.value))).toBe(false);
    const fr = comparisonMessage(oneSided, { locale: "fr", ...PARIS });
    expect(fr.text).toContain("#teachchat n'a encore aucune édition avec des posts");
    expect(fields(fr.blocks)[0]!.value).toContain("#teachchat\u202F: pas encore de données");
  });

  it("THEN nobody is listed as shared", () => {
    const text = texts(comparisonMessage(oneSided, { locale: "en", ...PARIS }).blocks);
    expect(text).toContain("Nobody posted in both chats in these editions.");
  });
});

describe("GIVEN averages over the last 3 editions", () => {
  const averaged = view(
    [edition(1, { posts: 100 }), edition(8, { posts: 102, potentialReach: null }), edition(15)],
    [THEIRS],
    3,
  );

  it("WHEN rendered THEN the basis says how many editions each side counted, and counts are per edition", () => {
    const message = comparisonMessage(averaged, { locale: "en", ...PARIS });
    expect(texts(message.blocks)).toContain(
      "Averages over the last 3 editions: #cafechat (3 counted), #teachchat (1 counted).",
    );
    const posts = fields(message.blocks)[0]!;
    expect(posts).toEqual({
      label: "Posts (per edition)",
      value: "#cafechat: 107.3\n#teachchat: 90\ndifference −17.3 (−16.1%)",
    });
    expect(texts(message.blocks)).toContain(
      "Potential reach of #cafechat: 2 of its editions had follower counts.",
    );
  });
});
