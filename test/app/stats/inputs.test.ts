import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { liveSourceFactory } from "../../../src/app/live-sources.js";
import { importCommand } from "../../../src/app/stats/import-command.js";
import { statsCommand } from "../../../src/app/stats/stats-command.js";
import { parseConfig } from "../../../src/config.js";
import { translator } from "../../../src/i18n/index.js";
import { XApiSource } from "../../../src/sources/live/x-api.js";
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
} from "../../support/fake-social.js";
import { OWN_FIXTURES } from "../../support/fixtures.js";
import { invoke } from "../../support/invoke.js";
import { RecordingResponder, visibleText } from "../../support/recording-responder.js";
import { CHAT, sharedFile, statsWorld } from "./world.js";

// The bot's paths (/afterchat import, /afterchat stats with live pulls) on the inputs of issue 9.
// The world's edition runs 19:00-20:00 UTC on 2026-03-03; the clock says 21:00.
const stats = { name: "stats", edition: null } as const;
const en = translator("en");

let fake: FakeServer;
beforeEach(async () => {
  fake = await FakeServer.start();
});
afterEach(() => fake.close());

async function headlineAfterStats(world: Awaited<ReturnType<typeof statsWorld>>) {
  const responder = new RecordingResponder();
  await invoke(statsCommand, world.services, world.member, stats, responder);
  const edition = await world.store.editions.get(world.workspace.id, world.edition.id);
  return { text: visibleText(responder.lastReply().message), headline: edition?.headline };
}

async function importText(world: Awaited<ReturnType<typeof statsWorld>>, name: string, content: string) {
  const responder = new RecordingResponder();
  const file = sharedFile(name, content);
  await invoke(importCommand, world.services, world.member, { name: "import", edition: 1, file }, responder);
  return visibleText(responder.lastReply().message);
}

const importFile = (world: Awaited<ReturnType<typeof statsWorld>>, path: string) =>
  importText(world, basename(path), readFileSync(path, "utf8"));

describe("/afterchat stats pulling X", () => {
  it("GIVEN a retweet whose own text is cut before #chat WHEN the edition is pulled THEN the retweet is stored and counted", async () => {
    const world = await statsWorld();
    const original = {
      id: "1900000000000000001",
      author_id: "1",
      created_at: "2026-03-03T19:01:00.000Z",
      text: "Q1: What brought you here tonight? A long question so that the retweet gets cut before its tag #chat",
      entities: { hashtags: [{ start: 96, end: 101, tag: "chat" }] },
    };
    fake.enqueue(X_SEARCH_PATH, {
      json: {
        data: [
          {
            ...original,
            public_metrics: { like_count: 3, retweet_count: 1, reply_count: 0, quote_count: 0 },
          },
          {
            id: "1900000000000000002",
            author_id: "2",
            created_at: "2026-03-03T19:02:00.000Z",
            text: "RT @host: Q1: What brought you here tonight? A long question so that the retweet gets cut befor…",
            referenced_tweets: [{ type: "retweeted", id: original.id }],
            entities: { mentions: [{ start: 3, end: 8, username: "host" }] },
          },
        ],
        includes: {
          users: [
            { id: "1", username: "host" },
            { id: "2", username: "ana" },
          ],
          tweets: [original],
        },
      },
    });
    world.services.liveSource = () =>
      new XApiSource({ baseUrl: fake.baseUrl, bearerToken: "t", now: () => world.clock.now() });

    const { headline } = await headlineAfterStats(world);

    expect(headline?.posts).toBe(2);
    expect(await world.store.posts.countByEdition(world.workspace.id, world.edition.id)).toBe(2);
  });
});

describe("/afterchat stats pulling Bluesky with the configured login", () => {
  it("GIVEN BLUESKY_HANDLE and BLUESKY_APP_PASSWORD WHEN pulled THEN it logs in, and a post whose client clock ran a second ahead at the pull's end is kept", async () => {
    const world = await statsWorld({ networks: ["bluesky"] });
    const config = parseConfig({
      BLUESKY_HANDLE: "me.bsky.social",
      BLUESKY_APP_PASSWORD: "abcd-efgh-ijkl-mnop",
      BLUESKY_PDS_URL: fake.baseUrl,
    });
    world.services.liveSource = liveSourceFactory(config, world.clock);
    fake.enqueue(BLUESKY_LOGIN_PATH, blueskySession("access-1", "refresh-1"));
    const view = (rkey: string, createdAt: string, indexedAt: string) => ({
      uri: `at://did:plc:ben/app.bsky.feed.post/${rkey}`,
      author: { did: "did:plc:ben", handle: "ben.bsky.social" },
      record: { text: "A1 yes #chat", createdAt },
      indexedAt,
    });
    fake.enqueue(
      BLUESKY_SEARCH_PATH,
      blueskySearchPage([
        // Indexed before the pull's end (21:00, the clock), written by a clock 1 s ahead.
        view("3late", "2026-03-03T21:00:00.600Z", "2026-03-03T20:59:59.600Z"),
        view("3ok", "2026-03-03T19:05:00.000Z", "2026-03-03T19:05:00.200Z"),
      ]),
    );
    fake.serve(BLUESKY_PROFILES_PATH, blueskyProfiles({ "did:plc:ben": 40 }));

    const { headline } = await headlineAfterStats(world);

    expect(headline?.posts).toBe(2);
    expect(fake.requestsTo(BLUESKY_SEARCH_PATH)[0]?.headers.authorization).toBe("Bearer access-1");
  });
});

describe("/afterchat stats pulling Mastodon", () => {
  it("GIVEN the host set up as a bare name WHEN its local account asks Q1 THEN the question is the host's", async () => {
    const world = await statsWorld({
      networks: ["mastodon"],
      hosts: ["cafe"],
      mastodonInstance: fake.baseUrl,
    });
    world.services.liveSource = liveSourceFactory(parseConfig({}), world.clock);
    const status = (id: string, acct: string, text: string, at: string) => ({
      id,
      created_at: at,
      content: `<p>${text} #chat</p>`,
      account: { acct },
      tags: [{ name: "chat" }],
    });
    fake.enqueue(
      mastodonTagPath("chat"),
      mastodonPage([
        status("3", "zoe@other.example", "A1 tea", "2026-03-03T19:03:00.000Z"),
        status("2", "cafe", "Q1: coffee or tea?", "2026-03-03T19:01:00.000Z"),
        status("1", "cafe", "Teaser", "2026-03-03T17:00:00.000Z"),
      ]),
    );

    const { text, headline } = await headlineAfterStats(world);

    expect(headline?.questions).toBe(1);
    expect(text).toContain("Q1: coffee or tea?");
    expect(text).not.toContain(en.t("reportData.hostWithoutPosts", { count: 1, hosts: "@cafe" }));
  });
});

describe("/afterchat import of today's exports, then /afterchat stats", () => {
  const sources = (name: string) => join(OWN_FIXTURES, "sources", name);

  it("GIVEN X's 2024 content and overview exports WHEN imported THEN the posts land in the edition by their id's time and the report shows the account, bookmarks and shares", async () => {
    const world = await statsWorld({ hashtag: "chatdemo", hosts: ["ChatDemoHost"] });
    const contentReply = await importFile(
      world,
      sources("account_analytics_content_2026-03-02_2026-03-04.csv"),
    );
    expect(contentReply).toContain(
      en.t("stats.imported", {
        file: "account_analytics_content_2026-03-02_2026-03-04.csv",
        format: "x-analytics-tweets-csv",
        hashtag: "chatdemo",
        number: 1,
        date: "Tue, Mar 3",
        imported: 3,
        updated: 0,
        ignored: 1,
      }),
    );
    const overviewReply = await importFile(world, sources("account_overview_analytics.csv"));
    expect(overviewReply).toContain(en.t("stats.importedDaily", { count: 3 }));

    const { text, headline } = await headlineAfterStats(world);

    expect(headline).toMatchObject({ posts: 3, questions: 2, impressions: 3120 + 2410 + 1830 });
    // The chat (19:00-20:00 UTC, 20:00-21:00 in Paris) is on one day: the overview's 2nd and 4th are left out.
    expect(text).toContain(
      en.t("reportData.account.summary", {
        from: "2026-03-03",
        to: "2026-03-03",
        impressions: "9,800",
        engagements: "520",
        follows: "15",
      }),
    );
    expect(text).toContain(en.t("reportData.bookmarksShares", { bookmarks: "26", shares: "18" }));
  });

  it("GIVEN a saved Bluesky searchPosts response WHEN imported THEN its posts are stored", async () => {
    const world = await statsWorld({ hashtag: "chatdemo" });
    await importFile(world, join(OWN_FIXTURES, "saved", "bluesky-searchPosts.json"));
    expect(await world.store.posts.countByEdition(world.workspace.id, world.edition.id)).toBe(4);
  });

  it("GIVEN a host who wrote nothing WHEN reported THEN the message says so, in the member's language", async () => {
    for (const locale of ["en", "fr"] as const) {
      const world = await statsWorld({ hosts: ["host", "ghost"], locale });
      await importText(world, "chat.jsonl", CHAT);
      const { text } = await headlineAfterStats(world);
      expect(text).toContain(
        translator(locale).t("reportData.hostWithoutPosts", { count: 1, hosts: "@ghost" }),
      );
    }
  });
});
