import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import {
  BLUESKY_LOGIN_PATH,
  BLUESKY_PROFILES_PATH,
  BLUESKY_SEARCH_PATH,
  blueskyProfiles,
  blueskySearchPage,
  blueskySession,
  FakeServer,
  mastodonPage,
  mastodonTagPath,
  X_SEARCH_PATH,
} from "../support/fake-social.js";
import { runCliCapturing } from "./support.js";

// `afterchat pull` against the local fakes: the same mappers and filter as files, on live pages.
let fake: FakeServer;
beforeEach(async () => {
  fake = await FakeServer.start();
});
afterEach(() => fake.close());

/** The last hour: X's recent search refuses windows older than 7 days. */
function lastHour() {
  const until = new Date(Date.now() - 60_000);
  const since = new Date(until.getTime() - 3600_000);
  const at = (minutes: number) => new Date(since.getTime() + minutes * 60_000).toISOString();
  return { since: since.toISOString(), until: until.toISOString(), at };
}

describe("afterchat pull x", () => {
  it("GIVEN a page with a retweet cut before the tag and an escaped answer WHEN pulled on #chatdemo THEN the retweet is kept with its original's text and the text is decoded", async () => {
    const { since, until, at } = lastHour();
    const original = {
      id: "1900000000000000001",
      author_id: "1",
      created_at: at(1),
      text: "Q1: A long question about the tools you teach with, so long that a retweet of it is cut before the #chatdemo",
      entities: { hashtags: [{ start: 99, end: 108, tag: "chatdemo" }] },
    };
    fake.enqueue(X_SEARCH_PATH, {
      json: {
        data: [
          {
            id: "1900000000000000002",
            author_id: "2",
            created_at: at(2),
            text: "RT @host: Q1: A long question about the tools you teach with, so long that a retweet of it is cut…",
            referenced_tweets: [{ type: "retweeted", id: original.id }],
            entities: { mentions: [{ start: 3, end: 8, username: "host" }] },
            public_metrics: { like_count: 0, retweet_count: 1, reply_count: 0, quote_count: 0 },
          },
          {
            id: "1900000000000000003",
            author_id: "2",
            created_at: at(3),
            text: "A1 pen &amp; paper &lt;3 #chatdemo",
            entities: { hashtags: [{ start: 25, end: 34, tag: "chatdemo" }] },
            public_metrics: {
              like_count: 2,
              retweet_count: 0,
              reply_count: 0,
              quote_count: 0,
              bookmark_count: 1,
            },
          },
        ],
        includes: {
          users: [
            { id: "1", username: "host", name: "Host" },
            { id: "2", username: "ana", name: "Ana" },
          ],
          tweets: [original],
        },
        meta: { result_count: 2 },
      },
    });
    const { code, stdout, stderr } = await runCliCapturing(
      ["pull", "x", "--hashtag", "chatdemo", "--since", since, "--until", until, "--host", "host", "--json"],
      { X_BEARER_TOKEN: "AAAAAAAAAAAAAAAAAAAAAtest-bearer-token", X_API_URL: fake.baseUrl },
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.posts).toMatchObject({ total: 2, reposts: 1 });
    expect(report.topPosts[0].text).toBe("A1 pen & paper <3 #chatdemo");
    expect(report.engagement.bookmarks).toBe(1);
    expect(report.mentions).toEqual([{ handle: "host", count: 1 }]);
    // The host only appears as the retweeted author: it wrote no post in the data.
    expect(report.unmatchedHosts).toEqual(["host"]);
    expect(stderr).toContain(translator("en").t("cli.hostWithoutPosts", { host: "host" }));
    expect(fake.requestsTo(X_SEARCH_PATH)[0]?.query.get("tweet.fields")).toContain("note_tweet");
  });
});

describe("afterchat pull mastodon", () => {
  it("GIVEN the host as a bare name WHEN pulled from its instance THEN its local account name@instance is the host", async () => {
    const { since, until, at } = lastHour();
    const status = (id: string, acct: string, text: string, minute: number) => ({
      id,
      created_at: at(minute),
      content: `<p>${text} <a href="x" class="mention hashtag">#<span>chatdemo</span></a></p>`,
      account: { acct, display_name: acct },
      tags: [{ name: "chatdemo" }],
    });
    fake.enqueue(
      mastodonTagPath("chatdemo"),
      mastodonPage([
        status("3", "zoe@other.example", "A1 tea", 3),
        status("2", "cafe", "Q1: coffee or tea?", 2),
      ]),
    );
    const { code, stdout, stderr } = await runCliCapturing(
      [
        "pull",
        "mastodon",
        "--instance",
        fake.baseUrl,
        "--hashtag",
        "chatdemo",
        "--since",
        since,
        "--until",
        until,
        "--host",
        "cafe",
        "--json",
      ],
      {},
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.questions).toMatchObject([{ number: 1, text: "Q1: coffee or tea? #chatdemo", answers: 1 }]);
    expect(report.unmatchedHosts).toEqual([]);
    expect(stderr).not.toContain("@cafe");
  });
});

describe("afterchat pull bluesky", () => {
  it("GIVEN BLUESKY_HANDLE and BLUESKY_APP_PASSWORD WHEN pulled THEN it logs in and a post a second past the window's end (client clock) is kept", async () => {
    const until = "2026-03-03T20:00:00.000Z";
    fake.enqueue(BLUESKY_LOGIN_PATH, blueskySession("access-1", "refresh-1"));
    fake.enqueue(
      BLUESKY_SEARCH_PATH,
      blueskySearchPage([
        {
          uri: "at://did:plc:ben/app.bsky.feed.post/3late",
          author: { did: "did:plc:ben", handle: "ben.bsky.social" },
          record: { text: "Thanks all #chatdemo", createdAt: "2026-03-03T20:00:00.600Z" },
          indexedAt: "2026-03-03T19:59:59.600Z",
        },
      ]),
    );
    fake.serve(BLUESKY_PROFILES_PATH, blueskyProfiles({ "did:plc:ben": 12 }));
    const { code, stdout } = await runCliCapturing(
      [
        "pull",
        "bluesky",
        "--hashtag",
        "chatdemo",
        "--since",
        "2026-03-03T19:00Z",
        "--until",
        until,
        "--json",
      ],
      {
        BLUESKY_HANDLE: "me.bsky.social",
        BLUESKY_APP_PASSWORD: "abcd-efgh-ijkl-mnop",
        BLUESKY_PDS_URL: fake.baseUrl,
      },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).posts.total).toBe(1);
    expect(fake.requestsTo(BLUESKY_LOGIN_PATH)).toHaveLength(1);
    expect(fake.requestsTo(BLUESKY_SEARCH_PATH)[0]?.headers.authorization).toBe("Bearer access-1");
  });
});
