import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { xAnalyticsParser } from "../../../src/sources/files/x-analytics.js";
import { sharedFixture } from "../../support/fixtures.js";
import { collect, fromStrings, kindsOf, ownFixture, parseWith, postsOf, skipsOf, sum } from "./support.js";

// Expected figures were derived with python3's csv module and html.unescape from the shared files, not with
// this parser. Row numbers count CSV records with the header as row 1 (python: enumerate over csv.reader);
// start lines come from csv.reader's line_num.

const folder = sharedFixture("x-analytics-csv");
const may2018 = sharedFixture("x-analytics-csv/tweet_activity_metrics_rOpenSci_20180501_20180601_en.csv");
const dec2016 = sharedFixture("x-analytics-csv/tweet_activity_metrics_rOpenSci_20161201_20170101_en.csv");

describe.skipIf(!dec2016)("GIVEN rOpenSci's December 2016 tweet activity export", () => {
  it("WHEN parsed THEN its 37 rows are posts by rOpenSci with real impressions and decoded text", async () => {
    const items = await parseWith(xAnalyticsParser(), dec2016!);
    const posts = postsOf(items);
    expect(posts).toHaveLength(37);
    expect(skipsOf(items)).toEqual([]);
    expect(sum(posts, "likes")).toBe(221);
    expect(sum(posts, "reposts")).toBe(145);
    expect(posts.reduce((total, post) => total + (post.impressions ?? 0), 0)).toBe(110828);
    expect(items[1]).toMatchObject({
      at: "row 3",
      post: {
        externalId: "812341199767863296",
        authorHandle: "rOpenSci",
        text: "New ver. #rstats stplanr https://t.co/kwP5IBNhNa - release notes https://t.co/NT8YTPMBxv including a new vignette, new fxn, & more",
        impressions: 3626,
        likes: 11,
        reposts: 11,
        replies: 0,
        quotes: 0,
        kind: "original",
        hashtags: ["rstats"],
        url: "https://x.com/rOpenSci/status/812341199767863296",
      },
    });
    expect(posts[1]?.createdAt.toISOString()).toBe("2016-12-23T16:56:00.000Z");
    expect(posts.filter((post) => post.hashtags.includes("rstats"))).toHaveLength(26);
  });
});

describe.skipIf(!may2018)(
  "GIVEN rOpenSci's May 2018 export, where 41 of 50 tweets span several lines",
  () => {
    it("WHEN parsed THEN rows are CSV records, not lines: the last of 171 lines is row 51", async () => {
      const items = await parseWith(xAnalyticsParser(), may2018!, 512);
      expect(items).toHaveLength(50);
      expect(items.at(-1)).toMatchObject({
        at: "row 51",
        post: { externalId: "991455024650702848", kind: "reply" },
      });
    });

    it("WHEN parsed THEN a multi-line tweet keeps its line breaks and counts", async () => {
      const [first] = postsOf(await parseWith(xAnalyticsParser(), may2018!));
      expect(first).toMatchObject({
        externalId: "1001209144211206145",
        text: "Our essurvey pkg by @cimentadaj is in April 2018 “Top 40” New Packages, from @RStudioJoe \n\nhttps://t.co/OY2KVpLPwK\n\nStay tuned for a blog post about essurvey in July",
        impressions: 5999,
        likes: 9,
        reposts: 4,
        replies: 0,
        mentions: ["cimentadaj", "rstudiojoe"],
      });
    });

    it("WHEN parsed THEN the 14 tweets starting with @ are replies to their first handle", async () => {
      const posts = postsOf(await parseWith(xAnalyticsParser(), may2018!));
      expect(kindsOf(posts)).toEqual({ original: 36, reply: 14 });
      expect(posts.find((post) => post.externalId === "999771127395188736")?.replyToHandle).toBe(
        "SloanFoundation",
      );
      expect(sum(posts, "likes")).toBe(675);
    });
  },
);

describe.skipIf(!folder)("GIVEN all 37 rOpenSci exports of the shared folder", () => {
  it("WHEN each is parsed THEN 1,129 posts: 854 originals, 275 replies; sums match the files", async () => {
    const files = readdirSync(folder!).filter((name) => name.startsWith("tweet_activity_metrics_rOpenSci_"));
    expect(files).toHaveLength(37);
    const posts = [];
    for (const name of files)
      posts.push(...postsOf(await parseWith(xAnalyticsParser(), join(folder!, name), 4096)));
    expect(posts).toHaveLength(1129);
    expect(kindsOf(posts)).toEqual({ original: 854, reply: 275 });
    expect(sum(posts, "likes")).toBe(17186);
    expect(sum(posts, "reposts")).toBe(8605);
    expect(sum(posts, "replies")).toBe(744);
    expect(posts.reduce((total, post) => total + (post.impressions ?? 0), 0)).toBe(6787327);
  });
});

describe("GIVEN our French export (BOM, CRLF, comma decimals, '-' counts, two bad rows)", () => {
  const file = ownFixture("analytics-tweets-fr.csv");

  it("WHEN parsed THEN the good rows are posts and the bad ones are skipped with their row number", async () => {
    const items = await parseWith(xAnalyticsParser(), file, 100);
    expect(items.map((item) => `${item.at} ${item.type === "skip" ? item.reason.code : item.type}`)).toEqual([
      "row 2 post",
      "row 3 post",
      "row 4 post",
      "row 5 bad_value",
      "row 6 bad_value",
      "row 7 post",
    ]);
    expect(skipsOf(items).map((s) => s.detail)).toEqual([
      'post id "pas-un-id"',
      'time "mardi soir" of 1100000000000000005',
    ]);
  });

  it("WHEN parsed THEN French columns fill the same fields as English ones", async () => {
    const [question, reply, repost] = postsOf(await parseWith(xAnalyticsParser(), file));
    expect(question).toMatchObject({
      authorHandle: "ChatHote",
      text: "Q1 Qu'est-ce qui vous amène au #ChatDuMardi ?\nRépondez avec A1 & le hashtag",
      impressions: 1520,
      likes: 12,
      reposts: 4,
      replies: 6,
      kind: "original",
      hashtags: ["chatdumardi"],
    });
    expect(question?.createdAt.toISOString()).toBe("2019-02-26T19:00:00.000Z");
    expect(reply).toMatchObject({
      kind: "reply",
      replyToHandle: "Marie_L",
      text: "@Marie_L merci ! <3 #chatdumardi",
    });
    // "-" means "not applicable": 0 for the counts a Post requires, null for impressions.
    expect(repost).toMatchObject({
      kind: "repost",
      impressions: null,
      likes: 0,
      text: 'RT @Marie_L: A1 Pour apprendre "en vrai" #ChatDuMardi',
    });
  });
});

describe("GIVEN analytics CSV text with problems of its own", () => {
  const header = '"Tweet id","Tweet permalink","Tweet text","time","impressions","likes"\n';

  it("WHEN a quoted field is never closed THEN the rows before it are kept and the rest is a truncated skip", async () => {
    const text = `${header}"1","https://twitter.com/a/status/1","ok","2020-01-01 10:00 +0000","5","1"\n"2","https://twitter.com/a/status/2","cut`;
    const items = await collect(xAnalyticsParser().parse(fromStrings(text)));
    expect(items.map((item) => `${item.at} ${item.type === "skip" ? item.reason.code : item.type}`)).toEqual([
      "row 2 post",
      "row 3 truncated",
    ]);
  });

  it("WHEN a count is not a number THEN the row is a bad_value skip naming the column", async () => {
    const text = `${header}"1","https://twitter.com/a/status/1","ok","2020-01-01 10:00 +0000","lots","1"\n`;
    expect(skipsOf(await collect(xAnalyticsParser().parse(fromStrings(text))))).toEqual([
      { at: "row 2", code: "bad_value", detail: 'impressions "lots" of 1' },
    ]);
  });

  it("WHEN the permalink gives no handle THEN the owner handle option is the author, else the row is skipped", async () => {
    const text = `${header}"1","","ok","2020-01-01 10:00 +0000","5","1"\n`;
    expect(
      postsOf(await collect(xAnalyticsParser({ ownerHandle: "owner" }).parse(fromStrings(text))))[0]
        ?.authorHandle,
    ).toBe("owner");
    expect(skipsOf(await collect(xAnalyticsParser().parse(fromStrings(text))))[0]?.code).toBe(
      "missing_field",
    );
  });

  it("WHEN the header lacks the tweet columns THEN one missing_field skip on row 1 and nothing more", async () => {
    const items = await collect(xAnalyticsParser().parse(fromStrings('"a","b"\n"1","2"\n')));
    expect(skipsOf(items).map((s) => `${s.at} ${s.code}`)).toEqual(["row 1 missing_field"]);
  });
});
