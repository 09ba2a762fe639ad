import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { XApiSource } from "../../../src/sources/live/x-api.js";
import { mapXPage, type XPage } from "../../../src/sources/live/x-map.js";
import { FakeServer, X_SEARCH_PATH, xPageFromTwarc } from "../../support/fake-social.js";
import { collect, fixtureJsonLine, postsOf } from "./helpers.js";

const kpop = fixtureJsonLine("x-api-v2-twarc/kpop.jsonl", 1);
// withheld.jsonl line 5 is a real search/all page (same shape as search/recent) with replies and quotes.
const searchAll = fixtureJsonLine("x-api-v2-twarc/withheld.jsonl", 5);

let fake: FakeServer;
beforeEach(async () => {
  fake = await FakeServer.start();
});
afterEach(() => fake.close());

describe("X tweet -> Post, against real pages", () => {
  it.skipIf(!kpop)(
    "GIVEN the first #kpop tweet (a retweet) THEN every field matches the fixture, text and tags from the original",
    async () => {
      fake.enqueue(X_SEARCH_PATH, { json: xPageFromTwarc(kpop!) });
      const source = new XApiSource({
        baseUrl: fake.baseUrl,
        bearerToken: "t",
        maxPages: 1,
        now: () => new Date("2021-09-22T17:00:00Z"),
      });

      const [post] = postsOf(
        await collect(
          source.pull({
            hashtag: "kpop",
            since: new Date("2021-09-22T16:00:00Z"),
            until: new Date("2021-09-22T17:00:00Z"),
          }),
        ),
      );

      // Expected values read with:
      // jq -c '.data[0] as $t | {id:$t.id, author:(.includes.users[]|select(.id==$t.author_id)|{username,name,
      //   followers:.public_metrics.followers_count}), created:$t.created_at, refs:$t.referenced_tweets,
      //   conv:$t.conversation_id, pm:$t.public_metrics, tags:[$t.entities.hashtags[]?.tag|ascii_downcase],
      //   mentions:[$t.entities.mentions[]?.username|ascii_downcase], text:$t.text}' kpop.jsonl
      expect(post).toEqual({
        network: "x",
        externalId: "1440717170493689866",
        authorHandle: "ximerios12_",
        authorName: "Ximena Ríos",
        authorFollowers: 4,
        // The original (includes.tweets 1440691114135080963) in full after X's "RT @user: " prefix.
        text: "RT @ChartsEcuador: #TopKPopEcuador\n@BTS_twt se mantiene en el #1 con #Butter, #Lisa debuta en el #2 \nhttps://t.co/pQMACSzDmd\n#charts #kpop #bts #blackpink #straykids https://t.co/isLejPBxdt",
        createdAt: new Date("2021-09-22T16:38:35.000Z"),
        kind: "repost",
        replyToId: null,
        replyToHandle: null,
        referencedId: "1440691114135080963",
        conversationId: "1440717170493689866",
        likes: 0,
        reposts: 20,
        replies: 0,
        quotes: 0,
        impressions: null,
        url: "https://x.com/ximerios12_/status/1440717170493689866",
        hashtags: ["topkpopecuador", "butter", "lisa", "charts", "kpop", "bts", "blackpink", "straykids"],
        mentions: ["chartsecuador", "bts_twt"],
        bookmarks: null,
      });
    },
  );

  it.skipIf(!kpop)("GIVEN the page's top-level errors array THEN each becomes an api_error skip", () => {
    const items = mapXPage(xPageFromTwarc(kpop!) as XPage, "page 1");

    // jq '.errors | length' kpop.jsonl -> 1; its title/detail: "Forbidden" / "User has been suspended: [leeseunggi]."
    expect(items.filter((item) => item.type === "skip")).toEqual([
      {
        type: "skip",
        at: "page 1",
        reason: { code: "api_error", detail: "Forbidden: User has been suspended: [leeseunggi]." },
      },
    ]);
  });

  it.skipIf(!searchAll)(
    "GIVEN the first reply of the search/all page THEN kind, reply target and handle match",
    () => {
      const posts = postsOf(mapXPage(xPageFromTwarc(searchAll!) as XPage, "page 1"));
      const reply = posts.find((post) => post.externalId === "1404371637592592388");

      // sed -n 5p withheld.jsonl | jq '[.data[]|select(.referenced_tweets[]?.type=="replied_to")][0]' plus
      // includes.users lookups of author_id and in_reply_to_user_id (1485273931 -> Charts_insiders).
      expect(reply).toMatchObject({
        authorHandle: "Aaryankhanns",
        authorName: "Aaryan Khanna",
        authorFollowers: 27,
        createdAt: new Date("2021-06-14T09:34:25.000Z"),
        kind: "reply",
        replyToId: "1404366923190521857",
        replyToHandle: "Charts_insiders",
        referencedId: null,
        conversationId: "1404366923190521857",
        likes: 1,
        reposts: 0,
        replies: 1,
        quotes: 0,
        hashtags: ["reliance"],
        mentions: ["charts_insiders"],
      });
    },
  );

  it.skipIf(!searchAll)(
    "GIVEN the first quote of the search/all page THEN it is a quote of the referenced id",
    () => {
      const posts = postsOf(mapXPage(xPageFromTwarc(searchAll!) as XPage, "page 1"));
      const quote = posts.find((post) => post.externalId === "1404372003818065923");

      // sed -n 5p withheld.jsonl | jq '[.data[]|select(.referenced_tweets[]?.type=="quoted")][0]'
      expect(quote).toMatchObject({
        authorHandle: "llrllr123",
        kind: "quote",
        replyToId: null,
        referencedId: "1404368849625964544",
        mentions: ["imatulkansal", "pankajt04765688", "reliancejio", "jiocare", "jagograhakjago"],
      });
    },
  );

  it("GIVEN a tweet whose author is missing from includes.users THEN it is skipped with the tweet id", () => {
    const items = mapXPage(
      { data: [{ id: "9", text: "hi", author_id: "404", created_at: "2021-01-01T00:00:00.000Z" }] },
      "page 4",
    );

    expect(items).toEqual([
      { type: "skip", at: "page 4", reason: { code: "missing_field", detail: "author of 9" } },
    ]);
  });

  it("GIVEN a tweet without text THEN it is skipped naming the field", () => {
    const items = mapXPage(
      { data: [{ id: "9", author_id: "1", created_at: "2021-01-01T00:00:00Z" }] },
      "page 1",
    );

    expect(items).toEqual([
      { type: "skip", at: "page 1", reason: { code: "missing_field", detail: "text of 9" } },
    ]);
  });

  it("GIVEN public_metrics.impression_count (posts since Dec 2022) THEN it becomes impressions", () => {
    const [item] = mapXPage(
      {
        data: [
          {
            id: "1",
            text: "A1 #chat",
            author_id: "77",
            created_at: "2024-01-01T00:00:00.000Z",
            public_metrics: {
              like_count: 2,
              retweet_count: 1,
              reply_count: 0,
              quote_count: 0,
              impression_count: 321,
            },
          },
        ],
        includes: { users: [{ id: "77", username: "Ana", name: "Ana B" }] },
      },
      "page 1",
    );

    expect(item?.type === "post" && item.post.impressions).toBe(321);
    expect(item?.type === "post" && item.post.authorFollowers).toBeNull();
  });
});
