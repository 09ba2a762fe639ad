import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseStream } from "../../../src/sources/detect.js";
import { sharedFixture } from "../../support/fixtures.js";
import { collect, fromStrings, postsOf } from "./support.js";

async function postsOfText(text: string) {
  const detected = await parseStream(fromStrings(text));
  if (!detected) throw new Error("not recognised");
  return postsOf(await collect(detected.items));
}

describe("a repost carries what it reposts (twarc2 flatten: the original inline in referenced_tweets)", () => {
  it("GIVEN the real flat.jsonl THEN no retweet keeps X's cut copy: each has its original's full text", async () => {
    const path = sharedFixture("x-api-v2-twarc/flat.jsonl");
    if (!path) return;
    const lines = readFileSync(path, "utf8").split("\n").filter(Boolean);
    const posts = await postsOfText(lines.join("\n"));
    const reposts = posts.filter((post) => post.kind === "repost");
    // python3: 47 retweets in the 100 tweets; 39 of them end with "…" in their own text.
    expect(reposts).toHaveLength(47);
    expect(reposts.filter((post) => post.text.endsWith("…"))).toHaveLength(0);
    const first = reposts.find((post) => post.externalId === "1380242611781386245");
    expect(first?.text).toMatch(/^RT @williamserafino: De manera simultánea, .* hace sentir su regreso\.$/);
  });
});

describe("long posts (note_tweet)", () => {
  const long = `Q1: ${"a long question ".repeat(20)}#chat #edtech with @ana`;
  const page = (data: unknown[], tweets: unknown[] = []) =>
    `${JSON.stringify({
      data,
      includes: {
        users: [
          { id: "1", username: "host" },
          { id: "2", username: "ben" },
        ],
        tweets,
      },
    })}\n`;
  const noteTweet = {
    id: "1800000000000000001",
    author_id: "1",
    created_at: "2026-03-03T19:01:00.000Z",
    text: `${long.slice(0, 270)}…`,
    note_tweet: {
      text: long,
      entities: {
        hashtags: [
          { start: 324, end: 329, tag: "chat" },
          { start: 330, end: 337, tag: "edtech" },
        ],
        mentions: [{ start: 343, end: 347, username: "ana" }],
      },
    },
  };

  it("GIVEN a long post THEN its note_tweet text and entities replace the cut text", async () => {
    const [post] = await postsOfText(page([noteTweet]));
    expect(post?.text).toBe(long);
    expect(post?.hashtags).toEqual(["chat", "edtech"]);
    expect(post?.mentions).toEqual(["ana"]);
  });

  it("GIVEN a retweet of a long post, the original in includes.tweets THEN it carries the long text and its tags", async () => {
    const retweet = {
      id: "1800000000000000002",
      author_id: "2",
      created_at: "2026-03-03T19:02:00.000Z",
      text: `RT @host: ${long.slice(0, 120)}…`,
      referenced_tweets: [{ type: "retweeted", id: noteTweet.id }],
      entities: { mentions: [{ start: 3, end: 8, username: "host" }] },
    };
    const [post] = await postsOfText(page([retweet], [noteTweet]));
    expect(post).toMatchObject({ kind: "repost", text: `RT @host: ${long}` });
    expect(post?.hashtags).toEqual(["chat", "edtech"]);
    expect(post?.mentions).toEqual(["host", "ana"]);
  });

  it("GIVEN a retweet whose original is not in the data THEN the cut copy is all there is", async () => {
    const retweet = {
      id: "1800000000000000003",
      author_id: "2",
      created_at: "2026-03-03T19:02:00.000Z",
      text: "RT @host: Q1: a long question…",
      referenced_tweets: [{ type: "retweeted", id: "1799999999999999999" }],
    };
    const [post] = await postsOfText(page([retweet]));
    expect(post).toMatchObject({ kind: "repost", text: "RT @host: Q1: a long question…", hashtags: [] });
  });
});
