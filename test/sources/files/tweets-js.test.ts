import { describe, expect, it } from "vitest";
import { tweetsJsParser } from "../../../src/sources/files/tweets-js.js";
import { ARCHIVE_OWNER_UNKNOWN } from "../../../src/sources/files/tweets-js-tweet.js";
import { sharedFixture } from "../../support/fixtures.js";
import { collect, fromStrings, kindsOf, ownFixture, parseWith, postsOf, skipsOf, sum } from "./support.js";

// Expected figures were derived with python3: json.loads of the file after the first "=", then counts over
// the 400 entries (full_text starting "RT @" -> repost; in_reply_to_status_id_str present -> reply).

const archive = sharedFixture("x-archive/tweets.first400.js");
describe.skipIf(!archive)("GIVEN the shared tweets.js (first 400 entries of a real archive)", () => {
  it("WHEN parsed THEN 400 posts: 265 originals, 131 replies, 4 reposts; counts read from strings", async () => {
    const items = await parseWith(tweetsJsParser({ ownerHandle: "vovavasylyna" }), archive!, 4096);
    const posts = postsOf(items);
    expect(posts).toHaveLength(400);
    expect(skipsOf(items)).toEqual([]);
    expect(kindsOf(posts)).toEqual({ original: 265, reply: 131, repost: 4 });
    expect(sum(posts, "likes")).toBe(61);
    expect(sum(posts, "reposts")).toBe(12);
    expect(posts.filter((post) => post.hashtags.length > 0)).toHaveLength(22);
  });

  it("WHEN parsed THEN entries keep file order (not chronological) with ids as strings and UTC dates", async () => {
    const items = await parseWith(tweetsJsParser({ ownerHandle: "vovavasylyna" }), archive!);
    expect(items[0]).toMatchObject({
      at: "entry 1",
      post: { externalId: "1657435576369332225", authorHandle: "vovavasylyna", likes: 0, impressions: null },
    });
    expect(postsOf(items)[0]?.createdAt.toISOString()).toBe("2023-05-13T17:20:09.000Z");
    expect(items[399]).toMatchObject({ at: "entry 400", post: { externalId: "10684339652" } });
    expect(postsOf(items)[399]?.createdAt.toISOString()).toBe("2010-03-18T18:52:06.000Z");
    expect(items[3]).toMatchObject({
      at: "entry 4",
      post: { kind: "reply", replyToId: "1618519783640821760", replyToHandle: "mia_wolless" },
    });
    expect(items[2]).toMatchObject({ at: "entry 3", post: { kind: "repost", mentions: ["mia_wolless"] } });
    expect(postsOf(items)[28]?.hashtags).toEqual(["europe", "ukraine", "stopputin", "stoprussia"]);
    expect(postsOf(items)[26]?.likes).toBe(4);
  });

  it("WHEN no owner handle is given THEN posts carry the unknown-owner marker and a handle-free link", async () => {
    const [first] = postsOf(await parseWith(tweetsJsParser(), archive!));
    expect(first?.authorHandle).toBe(ARCHIVE_OWNER_UNKNOWN);
    expect(first?.url).toBe("https://x.com/i/status/1657435576369332225");
  });
});

describe("GIVEN an older archive (window.YTD.tweet.part0, bare entries, BOM, trailing ';')", () => {
  it("WHEN parsed THEN good entries are posts and the entry without an id is skipped", async () => {
    const items = await parseWith(
      tweetsJsParser({ ownerHandle: "ChatHote" }),
      ownFixture("tweets-old-archive.js.txt"),
      7,
    );
    expect(items.map((item) => `${item.at} ${item.type === "skip" ? item.reason.code : item.type}`)).toEqual([
      "entry 1 post",
      "entry 2 missing_field",
      "entry 3 post",
    ]);
    const [reply, question] = postsOf(items);
    expect(reply).toMatchObject({
      text: "@Marie_L A1 oui > non #ChatDuMardi",
      kind: "reply",
      replyToHandle: "Marie_L",
      likes: 2,
      hashtags: ["chatdumardi"],
      mentions: ["marie_l"],
    });
    // The bare number id 1100000000000000011 would round in JSON.parse; id_str is what counts.
    expect(question).toMatchObject({
      externalId: "1100000000000000011",
      likes: 5,
      reposts: 1,
      kind: "original",
    });
  });
});

describe("GIVEN a tweets.js cut in the middle of its third entry", () => {
  it("WHEN parsed THEN the two whole entries are posts and entry 3 is a truncated skip", async () => {
    const items = await parseWith(tweetsJsParser(), ownFixture("tweets-truncated.js.txt"), 16);
    expect(items.map((item) => `${item.at} ${item.type === "skip" ? item.reason.code : item.type}`)).toEqual([
      "entry 1 post",
      "entry 2 post",
      "entry 3 truncated",
    ]);
  });
});

describe("GIVEN tweets.js text with a syntax error inside the array", () => {
  it("WHEN parsed THEN entries before it are kept and one invalid_json skip ends the file", async () => {
    const entry = '{"tweet":{"id_str":"1","full_text":"a","created_at":"Sat May 13 17:20:09 +0000 2023"}}';
    const items = await collect(
      tweetsJsParser().parse(fromStrings(`window.YTD.tweets.part0 = [${entry},${entry}, oops ]`)),
    );
    expect(items.map((item) => `${item.at} ${item.type === "skip" ? item.reason.code : item.type}`)).toEqual([
      "entry 1 post",
      "entry 2 post",
      "entry 3 invalid_json",
    ]);
  });
});
