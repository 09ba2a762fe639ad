import { describe, expect, it } from "vitest";
import { mapBlueskyPost } from "../../../src/sources/live/bluesky-map.js";
import type { SourceItem } from "../../../src/sources/types.js";
import { fixtureJson } from "./helpers.js";

const timeline = fixtureJson<{ feed: { post: unknown }[] }>("bluesky/getTimeline.json");
const view = (i: number) => timeline?.feed[i]?.post;
const noFollowers = () => null;

function post(item: SourceItem) {
  if (item.type !== "post") throw new Error(`expected a post, got ${JSON.stringify(item)}`);
  return item.post;
}

// Expected values read with python3 from bluesky/getTimeline.json:
//   p = json.load(open('getTimeline.json'))['feed'][i]['post']; r = p['record']
//   facets sliced as r['text'].encode()[byteStart:byteEnd].decode()
describe("Bluesky post view -> Post, against real views", () => {
  it.skipIf(!timeline)("GIVEN feed[39] (quotes a post, #rstats facet) THEN every field matches", () => {
    expect(post(mapBlueskyPost(view(39), "page 1", () => 812))).toEqual({
      network: "bluesky",
      externalId: "at://did:plc:wpe35pganb6d4pg4ekmfy6u5/app.bsky.feed.post/3lktjjvxvdk2g",
      authorHandle: "chriskenny.bsky.social",
      authorName: "Chris Kenny",
      authorFollowers: 812,
      text: "Big quality-of-life update for the #rstats package `bskyr`. Posts including links with parse for embed information based on the Open Graph Protocol. \n\nThis also includes support for embedding Tenor Gifs, which are treated similarly.\n\nLet me know if you find any issues or special cases to fix!",
      // record.createdAt says 20:50.590, but the AppView indexed it at 20:50.224 (indexedAt): the client's
      // clock ran 0.37 s ahead, and the earlier of the two is the post's time, as the AppView's sortAt.
      createdAt: new Date("2025-03-20T20:20:50.224Z"),
      kind: "quote",
      replyToId: null,
      replyToHandle: null,
      referencedId: "at://did:plc:5c2r73erhng4bszmxlfdtscf/app.bsky.feed.post/3lktj6pstuy2n",
      conversationId: "at://did:plc:wpe35pganb6d4pg4ekmfy6u5/app.bsky.feed.post/3lktjjvxvdk2g",
      likes: 5,
      reposts: 1,
      replies: 0,
      quotes: 0,
      impressions: null,
      url: "https://bsky.app/profile/chriskenny.bsky.social/post/3lktjjvxvdk2g",
      hashtags: ["rstats"],
      mentions: [],
    });
  });

  it.skipIf(!timeline)(
    "GIVEN feed[40] (mention facet bytes 40..58) THEN the handle is read from the text",
    () => {
      const mapped = post(mapBlueskyPost(view(40), "page 1", noFollowers));

      expect(mapped).toMatchObject({
        authorHandle: "bskyr.bsky.social",
        createdAt: new Date("2023-11-25T21:31:23.378Z"),
        kind: "quote",
        referencedId: "at://did:plc:5c2r73erhng4bszmxlfdtscf/app.bsky.feed.post/3kf24wd6cmb2a",
        reposts: 3,
        likes: 3,
        mentions: ["bskyr.bsky.social"],
        hashtags: [],
      });
    },
  );

  it.skipIf(!timeline)("GIVEN feed[42] (a reply) THEN kind, parent and root come from record.reply", () => {
    const mapped = post(mapBlueskyPost(view(42), "page 1", noFollowers));

    expect(mapped).toMatchObject({
      kind: "reply",
      replyToId: "at://did:plc:5c2r73erhng4bszmxlfdtscf/app.bsky.feed.post/3lpemxzni4l2m",
      conversationId: "at://did:plc:5c2r73erhng4bszmxlfdtscf/app.bsky.feed.post/3lpemxzni4l2m",
      referencedId: null,
      createdAt: new Date("2025-05-17T13:24:30.536Z"),
      text: "[vignette] This is a reply from R using `bskyr` on Creating Records",
    });
  });
});

describe("Bluesky mapping rules", () => {
  const base = {
    uri: "at://did:plc:a/app.bsky.feed.post/3xyz",
    author: { did: "did:plc:a", handle: "ana.bsky.social", displayName: "" },
    record: { text: "A1 #Chat", createdAt: "2025-05-19T17:10:00+00:00" },
  };

  it.each([
    ["2025-05-19T17:24:22.643828Z", "2025-05-19T17:24:22.643Z"],
    ["2025-05-19T17:24:22.677Z", "2025-05-19T17:24:22.677Z"],
    ["2025-05-19T19:24:22+02:00", "2025-05-19T17:24:22.000Z"],
  ])("GIVEN createdAt %s THEN it reads as %s", (createdAt, iso) => {
    const mapped = post(
      mapBlueskyPost({ ...base, record: { ...base.record, createdAt } }, "page 1", noFollowers),
    );

    expect(mapped.createdAt.toISOString()).toBe(iso);
  });

  it("GIVEN an unreadable createdAt THEN the post is skipped as bad_value", () => {
    const item = mapBlueskyPost(
      { ...base, record: { ...base.record, createdAt: "yesterday" } },
      "page 2",
      noFollowers,
    );

    expect(item).toEqual({
      type: "skip",
      at: "page 2",
      reason: {
        code: "bad_value",
        detail: `record.createdAt "yesterday" of ${base.uri}`,
        value: { field: "record.createdAt", of: base.uri, expected: "iso_time", got: "yesterday" },
      },
    });
  });

  it("GIVEN an empty displayName THEN authorName is null", () => {
    expect(post(mapBlueskyPost(base, "page 1", noFollowers)).authorName).toBeNull();
  });

  it("GIVEN recordWithMedia embedding a post THEN it is a quote of the nested record", () => {
    const quoted = "at://did:plc:b/app.bsky.feed.post/3q";
    const embed = { $type: "app.bsky.embed.recordWithMedia", record: { record: { uri: quoted } }, media: {} };

    const mapped = post(
      mapBlueskyPost({ ...base, record: { ...base.record, embed } }, "page 1", noFollowers),
    );

    expect([mapped.kind, mapped.referencedId]).toEqual(["quote", quoted]);
  });

  it("GIVEN an embedded feed generator (not a post) THEN it is not a quote", () => {
    const embed = {
      $type: "app.bsky.embed.record",
      record: { uri: "at://did:plc:b/app.bsky.feed.generator/hot" },
    };

    const mapped = post(
      mapBlueskyPost({ ...base, record: { ...base.record, embed } }, "page 1", noFollowers),
    );

    expect([mapped.kind, mapped.referencedId]).toEqual(["original", null]);
  });

  it("GIVEN tags outside the text (record.tags) THEN they join the facet hashtags, lower-cased, once", () => {
    const record = {
      ...base.record,
      tags: ["Chat", "extra"],
      facets: [
        {
          index: { byteStart: 3, byteEnd: 8 },
          features: [{ $type: "app.bsky.richtext.facet#tag", tag: "Chat" }],
        },
      ],
    };

    expect(post(mapBlueskyPost({ ...base, record }, "page 1", noFollowers)).hashtags).toEqual([
      "chat",
      "extra",
    ]);
  });
});
