import { describe, expect, it } from "vitest";
import { translator } from "../../../src/i18n/index.js";
import { describeSkip } from "../../../src/render/import-summary.js";
import { mapMastodonStatus } from "../../../src/sources/live/mastodon-map.js";
import type { SourceItem } from "../../../src/sources/types.js";

const HOST = "example.social";

function post(item: SourceItem) {
  if (item.type !== "post") throw new Error(`expected a post, got ${JSON.stringify(item)}`);
  return item.post;
}

const base = {
  id: "200",
  created_at: "2026-08-01T13:30:00.000Z",
  in_reply_to_id: null,
  in_reply_to_account_id: null,
  url: "https://example.social/@ana/200",
  content: "<p>A1 hi</p>",
  account: { id: "1", acct: "ana", display_name: "Ana", followers_count: 12 },
  favourites_count: 0,
  reblogs_count: 0,
  replies_count: 0,
  tags: [],
  mentions: [],
  reblog: null,
};

describe("Mastodon status mapping", () => {
  it("GIVEN a created_at that is not a date THEN the skip says what was expected and what was found, in both languages", () => {
    const item = mapMastodonStatus({ ...base, created_at: "yesterday" }, "page 3", HOST);
    if (item.type !== "skip") throw new Error(`expected a skip, got ${item.type}`);
    const skip = { at: item.at, ...item.reason };
    expect(describeSkip(skip, translator("en"))).toBe(
      "page 3: created_at of 200: expected an ISO date and time like 2026-12-03T18:00:00Z, got “yesterday”",
    );
    expect(describeSkip(skip, translator("fr"))).toBe(
      "page 3\u202F: created_at de 200\u202F: attendu une date et heure ISO comme 2026-12-03T18:00:00Z, trouvé «\u202Fyesterday\u202F»",
    );
  });

  it("GIVEN a reply to a mentioned remote account THEN it is a reply naming that account", () => {
    const reply = {
      ...base,
      in_reply_to_id: "150",
      in_reply_to_account_id: "9",
      content:
        '<p><span class="h-card"><a href="https://other.net/@Bob" class="u-url mention">@<span>Bob</span></a></span> A1 yes</p>',
      mentions: [
        { id: "9", acct: "Bob@other.net", username: "Bob" },
        { id: "2", acct: "cy", username: "cy" },
      ],
    };

    const mapped = post(mapMastodonStatus(reply, "page 1", HOST));

    expect(mapped).toMatchObject({
      kind: "reply",
      replyToId: "150",
      replyToHandle: "Bob@other.net",
      mentions: ["bob@other.net", "cy@example.social"],
      text: "@Bob A1 yes",
    });
  });

  it("GIVEN a reblog THEN it is a repost by the booster, with the reblogged status' text, counts and tags", () => {
    const original = {
      ...base,
      id: "100",
      account: { id: "3", acct: "zoe@far.away", display_name: "Zoé", followers_count: 900 },
      content: "<p>Q1 what? <a class='mention hashtag'>#<span>Chat</span></a></p>",
      favourites_count: 7,
      reblogs_count: 4,
      replies_count: 2,
      quotes_count: 1,
      tags: [{ name: "Chat" }],
    };
    const boost = { ...base, id: "201", url: null, content: "", reblog: original };

    const mapped = post(mapMastodonStatus(boost, "page 1", HOST));

    expect(mapped).toMatchObject({
      externalId: "201",
      authorHandle: "ana@example.social",
      kind: "repost",
      referencedId: "100",
      text: "Q1 what? #Chat",
      likes: 7,
      reposts: 4,
      replies: 2,
      quotes: 1,
      hashtags: ["chat"],
      url: "https://example.social/@ana/200",
    });
  });

  it.each([
    ["a Quote with its status", { state: "accepted", quoted_status: { ...base, id: "77" } }, "77"],
    ["a ShallowQuote", { state: "accepted", quoted_status_id: "78" }, "78"],
    ["a quote of a deleted post", { state: "deleted", quoted_status: null }, null],
  ])("GIVEN %s THEN it is a quote of that id", (_, quote, referencedId) => {
    const mapped = post(mapMastodonStatus({ ...base, quote }, "page 1", HOST));

    expect([mapped.kind, mapped.referencedId]).toEqual(["quote", referencedId]);
  });

  it("GIVEN an empty display_name and no quotes_count (Mastodon < 4.5) THEN null name and 0 quotes", () => {
    const mapped = post(
      mapMastodonStatus({ ...base, account: { ...base.account, display_name: "" } }, "page 1", HOST),
    );

    expect([mapped.authorName, mapped.quotes]).toEqual([null, 0]);
  });

  it("GIVEN a status without an account THEN it is skipped naming the field", () => {
    const { account: _none, ...noAccount } = base;

    expect(mapMastodonStatus(noAccount, "page 3", HOST)).toEqual({
      type: "skip",
      at: "page 3",
      reason: { code: "missing_field", detail: "200 account" },
    });
  });
});
