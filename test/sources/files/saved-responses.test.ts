import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openFile } from "../../../src/sources/detect.js";
import type { SourceItem } from "../../../src/sources/types.js";
import { OWN_FIXTURES, sharedFixture } from "../../support/fixtures.js";
import { collect, postsOf, skipsOf } from "./support.js";

const saved = (name: string) => join(OWN_FIXTURES, "saved", name);

async function itemsOf(path: string): Promise<{ format: string; items: SourceItem[] }> {
  const detected = await openFile(path);
  if (!detected) throw new Error(`${path} was not recognised`);
  return { format: detected.format, items: await collect(detected.items) };
}

describe("saved Bluesky responses (our fixtures, written from the lexicons)", () => {
  it("GIVEN a searchPosts response THEN its post views are posts, a client clock ahead reads the AppView's time", async () => {
    const { format, items } = await itemsOf(saved("bluesky-searchPosts.json"));
    expect(format).toBe("bluesky-json");
    const posts = postsOf(items);
    expect(posts.map((p) => p.authorHandle)).toEqual([
      "ben.bsky.social",
      "ben.bsky.social",
      "ana.bsky.social",
      "host.bsky.social",
    ]);
    // record.createdAt 20:00:00.600 (past the end of the chat), indexedAt 19:59:59.600: the earlier wins.
    expect(posts[0]?.createdAt.toISOString()).toBe("2026-03-03T19:59:59.600Z");
    expect(posts[2]).toMatchObject({ kind: "reply", hashtags: ["chatdemo"], likes: 2 });
    expect(items.every((item) => item.at.startsWith("entry "))).toBe(true);
  });

  it("GIVEN a getAuthorFeed response with a repost THEN the reposted post and the repost by the reposter", async () => {
    const posts = postsOf((await itemsOf(saved("bluesky-getAuthorFeed.json"))).items);
    const repost = posts.find((p) => p.kind === "repost");
    expect(repost).toMatchObject({
      authorHandle: "ben.bsky.social",
      createdAt: new Date("2026-03-03T19:02:00.000Z"),
      referencedId: "at://did:plc:hosthosthosthost/app.bsky.feed.post/3mq1aaaaaaaa2",
      externalId:
        "at://did:plc:hosthosthosthost/app.bsky.feed.post/3mq1aaaaaaaa2#repost:did:plc:benbenbenbenbenb",
      // A repost inherits the text, hashtags and mentions of what it reposts.
      text: "Q1: What brought you to #chatdemo tonight?",
      hashtags: ["chatdemo"],
    });
    expect(posts).toHaveLength(5);
  });

  it("GIVEN a getPostThread response THEN the post and every reply, and the deleted reply is a skip", async () => {
    const { items } = await itemsOf(saved("bluesky-getPostThread.json"));
    expect(postsOf(items).map((p) => p.text)).toEqual([
      "Q1: What brought you to #chatdemo tonight?",
      "A1 curiosity, and the people #chatdemo",
      "A1 a friend told me #chatdemo",
    ]);
    expect(skipsOf(items)).toEqual([
      {
        at: "entry 4",
        code: "not_a_post",
        detail: "at://did:plc:gonegonegonegone/app.bsky.feed.post/3mq1ffffffff2 not found or blocked",
      },
    ]);
  });

  it("GIVEN a getQuotes response THEN each quote is a quote of the post", async () => {
    const [quote] = postsOf((await itemsOf(saved("bluesky-getQuotes.json"))).items);
    expect(quote).toMatchObject({
      kind: "quote",
      referencedId: "at://did:plc:hosthosthosthost/app.bsky.feed.post/3mq1aaaaaaaa2",
    });
  });
});

describe("saved Mastodon responses", () => {
  it("GIVEN a tag timeline array with a boost THEN local accounts are name@instance and the boost carries the tags", async () => {
    const { format, items } = await itemsOf(saved("mastodon-tag-timeline.json"));
    expect(format).toBe("mastodon-json");
    const [boost, answer, question] = postsOf(items);
    expect(boost).toMatchObject({
      authorHandle: "lea@mastodon.example",
      kind: "repost",
      text: "A1 the topic & the people #chatdemo #teaching",
      hashtags: ["chatdemo", "teaching"],
    });
    expect(answer?.authorHandle).toBe("zoe@other.example");
    expect(question?.authorHandle).toBe("host@mastodon.example");
  });

  it("GIVEN one status, pretty-printed THEN one post", async () => {
    const { format, items } = await itemsOf(saved("mastodon-status.json"));
    expect(format).toBe("mastodon-json");
    expect(postsOf(items).map((p) => p.externalId)).toEqual(["113900000000000001"]);
  });
});

describe("saved X responses", () => {
  it("GIVEN a pretty-printed v2 search response THEN the retweet takes its original's full text and tags", async () => {
    const { format, items } = await itemsOf(saved("x-api-v2-search.json"));
    expect(format).toBe("x-api-json");
    const [retweet, answer] = postsOf(items);
    expect(retweet).toMatchObject({
      kind: "repost",
      authorHandle: "ben_x",
      hashtags: ["chatdemo", "edtech"],
    });
    expect(retweet?.mentions).toEqual(["host"]);
    expect(retweet?.text).toMatch(/^RT @host: Q2: .* joins in #edtech$/);
    expect(answer).toMatchObject({
      text: "A2 a good notebook & patience #chatdemo",
      bookmarks: 1,
      replyToHandle: "host",
    });
  });

  it("GIVEN tweepy's v1.1 statuses (status._json) THEN a retweet takes retweeted_status's text and tags", async () => {
    const { format, items } = await itemsOf(saved("x-tweepy-v1-statuses.json"));
    expect(format).toBe("x-api-json");
    const [retweet, original] = postsOf(items);
    expect(retweet).toMatchObject({ kind: "repost", authorHandle: "ana_x", authorFollowers: 300 });
    expect(retweet?.hashtags).toEqual(["chatdemo"]);
    expect(retweet?.text.endsWith("#chatdemo")).toBe(true);
    expect(original?.referencedId).toBeNull();
  });
});

describe("saved responses from other projects (shared fixtures)", () => {
  it.each([
    ["bluesky/getTimeline.json", "bluesky-json"],
    ["bluesky/getPostThread.json", "bluesky-json"],
    ["bluesky/getQuotes.json", "bluesky-json"],
    ["mastodon/timelines_tag_hoot.json", "mastodon-json"],
    ["mastodon/status_get.json", "mastodon-json"],
    ["x-api-tweepy/v1.1_search_tweets_q-tweepy.json", "x-api-json"],
    ["x-api-tweepy/v1.1_user_timeline.json", "x-api-json"],
  ])("GIVEN %s THEN it is %s and every record is a post", async (name, format) => {
    const path = sharedFixture(name);
    if (!path) return;
    const result = await itemsOf(path);
    expect(result.format).toBe(format);
    expect(skipsOf(result.items)).toEqual([]);
    expect(postsOf(result.items).length).toBeGreaterThan(0);
  });

  it("GIVEN bluesky/getTimeline.json THEN each reposted item also gives the repost, by its reposter", async () => {
    const path = sharedFixture("bluesky/getTimeline.json");
    if (!path) return;
    const posts = postsOf((await itemsOf(path)).items);
    // python3: sum(1 for f in feed if f.get('reason',{}).get('$type','').endswith('reasonRepost')) -> reposts
    const { feed } = JSON.parse(await import("node:fs").then((fs) => fs.readFileSync(path, "utf8"))) as {
      feed: Array<{ reason?: { $type: string; by: { handle: string } } }>;
    };
    const reposted = feed.filter((item) => item.reason?.$type === "app.bsky.feed.defs#reasonRepost");
    expect(posts.filter((p) => p.kind === "repost").map((p) => p.authorHandle)).toEqual(
      reposted.map((item) => item.reason?.by.handle),
    );
    expect(posts).toHaveLength(feed.length + reposted.length);
  });

  it("GIVEN tweepy's v2 responses with default fields only (no author) THEN each tweet is skipped naming the missing author", async () => {
    const path = sharedFixture("x-api-tweepy/v2_search_recent_tweets.json");
    if (!path) return;
    const { items } = await itemsOf(path);
    expect(postsOf(items)).toEqual([]);
    expect(skipsOf(items).map((s) => s.code)).toEqual(Array(10).fill("missing_field"));
    expect(skipsOf(items)[0]?.detail).toBe("author of 1578516068309794817");
  });
});
