import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MastodonSource } from "../../../src/sources/live/mastodon.js";
import {
  FakeServer,
  MASTODON_RATE_LIMIT_HEADER,
  malformedJson,
  mastodonPage,
  mastodonTagPath,
  rateLimited,
  recordingSleep,
  serverError,
  unauthorized,
} from "../../support/fake-social.js";
import { collect, fixtureJson, postsOf, pullError } from "./helpers.js";

// timelines_tag_hoot.json: GET /api/v1/timelines/tag/hoot from a Mastodon test instance, 1 status.
const hoot = fixtureJson<Record<string, unknown>[]>("mastodon/timelines_tag_hoot.json");
const TAG_PATH = mastodonTagPath("hoot");
const TOKEN = "mastodon-secret-access-token";
const query = {
  hashtag: "hoot",
  since: new Date("2026-08-01T13:00:00Z"),
  until: new Date("2026-08-01T14:00:00Z"),
};

let fake: FakeServer;
let sleep: ReturnType<typeof recordingSleep>;
beforeEach(async () => {
  fake = await FakeServer.start();
  sleep = recordingSleep();
});
afterEach(() => fake.close());

function source(extra: { bearerToken?: string; maxWaitMs?: number; maxPages?: number } = {}) {
  return new MastodonSource({
    baseUrl: fake.baseUrl,
    sleep: sleep.sleep,
    now: () => new Date("2026-08-01T15:00:00Z"),
    ...extra,
  });
}

/** A status at `minute` past 13:00 (ids fall as time goes back, like Mastodon's). */
function status(minute: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const createdAt = new Date(Date.UTC(2026, 7, 1, 13, 0) + minute * 60_000).toISOString();
  return {
    id: String(117020000000000000n + BigInt(minute + 1000)),
    created_at: createdAt,
    in_reply_to_id: null,
    in_reply_to_account_id: null,
    url: `https://example.social/@ana/${minute}`,
    content: `<p>A${minute} <a href="https://example.social/tags/hoot" class="mention hashtag" rel="tag">#<span>hoot</span></a></p>`,
    account: { id: "1", acct: "ana", display_name: "Ana", followers_count: 12 },
    favourites_count: 1,
    reblogs_count: 2,
    replies_count: 3,
    tags: [{ name: "hoot", url: "https://example.social/tags/hoot" }],
    mentions: [],
    reblog: null,
    ...extra,
  };
}

describe("MastodonSource pagination", () => {
  it("GIVEN 3 pages linked by rel=next THEN all statuses in the hour come, and paging stops at the first older than since", async () => {
    const next = (maxId: string) => `${fake.baseUrl}${TAG_PATH}?limit=40&max_id=${maxId}`;
    fake.enqueue(
      TAG_PATH,
      mastodonPage([status(70), status(59), status(50)], next("p2")),
      mastodonPage([status(40), status(30)], next("p3")),
      mastodonPage([status(5), status(-1), status(-2)], next("p4")),
    );

    const posts = postsOf(await collect(source({ bearerToken: TOKEN }).pull(query)));

    // 14:10 is after until, 12:59 and 12:58 before since: dropped; page 4 never asked for.
    expect(posts.map((post) => post.text.split(" ")[0])).toEqual(["A59", "A50", "A40", "A30", "A5"]);
    const requests = fake.requestsTo(TAG_PATH);
    expect(requests.map((r) => [r.query.get("limit"), r.query.get("max_id")])).toEqual([
      ["40", null],
      ["40", "p2"],
      ["40", "p3"],
    ]);
    expect(requests.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it("GIVEN a next link to another host THEN it is not followed and the pull says it stopped", async () => {
    const elsewhere = await FakeServer.start();
    try {
      fake.enqueue(TAG_PATH, mastodonPage([status(30)], `${elsewhere.baseUrl}${TAG_PATH}?max_id=1`));

      const items = await collect(source({ bearerToken: TOKEN }).pull(query));

      expect(elsewhere.requests).toHaveLength(0);
      expect(items.map((item) => item.type)).toEqual(["post", "skip"]);
      expect(items[1]).toEqual({
        type: "skip",
        at: "page 1",
        reason: { code: "truncated", detail: "foreign_next_link" },
      });
    } finally {
      await elsewhere.close();
    }
  });

  it("GIVEN a next link pointing back at the same page THEN paging stops instead of looping", async () => {
    fake.serve(TAG_PATH, mastodonPage([status(30)], `${fake.baseUrl}${TAG_PATH}?limit=40`));

    await collect(source().pull(query));

    expect(fake.requestsTo(TAG_PATH)).toHaveLength(1);
  });

  it("GIVEN the page cap is reached with more to come THEN the pull ends with a truncated item", async () => {
    let n = 0;
    fake.serve(TAG_PATH, () => mastodonPage([status(30)], `${fake.baseUrl}${TAG_PATH}?max_id=${++n}`));

    const items = await collect(source({ maxPages: 2 }).pull(query));

    expect(fake.requestsTo(TAG_PATH)).toHaveLength(2);
    expect(items.at(-1)).toMatchObject({ reason: { code: "truncated", detail: "max_pages" } });
  });
});

describe("MastodonSource failures", () => {
  it("GIVEN a 429 whose x-ratelimit-reset is an ISO time 20 s ahead THEN it sleeps 21 s and retries", async () => {
    fake.enqueue(
      TAG_PATH,
      rateLimited(MASTODON_RATE_LIMIT_HEADER, "2026-08-01T15:00:20.000Z"),
      mastodonPage([]),
    );

    await collect(source().pull(query));

    expect(sleep.calls).toEqual([21_000]);
  });

  it("GIVEN a 429 beyond maxWaitMs THEN source_rate_limited", async () => {
    fake.enqueue(TAG_PATH, rateLimited(MASTODON_RATE_LIMIT_HEADER, "2026-08-01T15:05:00.000Z"));

    const error = await pullError(source({ maxWaitMs: 10_000 }).pull(query));

    expect(error.params).toEqual({ network: "mastodon", retryAt: "2026-08-01T15:05:00.000Z" });
  });

  it("GIVEN a 503 then a page THEN it retries after 1 s", async () => {
    fake.enqueue(TAG_PATH, serverError(503), mastodonPage([status(10)]));

    expect(postsOf(await collect(source().pull(query)))).toHaveLength(1);
    expect(sleep.calls).toEqual([1000]);
  });

  it("GIVEN 500 every time THEN source_unavailable", async () => {
    fake.serve(TAG_PATH, serverError(500));

    expect((await pullError(source().pull(query))).code).toBe("source_unavailable");
  });

  it("GIVEN a 401 (public preview disabled) THEN source_auth without the token in it", async () => {
    fake.enqueue(TAG_PATH, unauthorized(401));

    const error = await pullError(source({ bearerToken: TOKEN }).pull(query));

    expect(error.code).toBe("source_auth");
    expect(`${error.message} ${error.stack}`).not.toContain(TOKEN);
  });

  it("GIVEN malformed JSON THEN source_bad_response", async () => {
    fake.enqueue(TAG_PATH, malformedJson());

    expect((await pullError(source().pull(query))).code).toBe("source_bad_response");
  });
});

describe("Mastodon status -> Post", () => {
  it.skipIf(!hoot)(
    "GIVEN the real #hoot status THEN every field matches, the local acct qualified with the instance host",
    async () => {
      fake.enqueue(TAG_PATH, mastodonPage(hoot!));
      const host = new URL(fake.baseUrl).host;

      const [post] = postsOf(
        await collect(source().pull({ ...query, since: new Date("2026-08-01T13:55:00Z") })),
      );

      // jq -c '.[0] | {id, created_at, url, acct: .account.acct, dn: .account.display_name,
      //   fc: .account.followers_count, content, tags: [.tags[].name], fav: .favourites_count,
      //   rb: .reblogs_count, rp: .replies_count, q: .quotes_count}' timelines_tag_hoot.json
      expect(post).toEqual({
        network: "mastodon",
        externalId: "117020593741189701",
        authorHandle: `mastodonpy_test_2@${host}`,
        authorName: null,
        authorFollowers: 0,
        text: "#hoot (hashtag toot)",
        createdAt: new Date("2026-08-01T13:55:55.867Z"),
        kind: "original",
        replyToId: null,
        replyToHandle: null,
        referencedId: null,
        conversationId: null,
        likes: 0,
        reposts: 0,
        replies: 0,
        quotes: 0,
        impressions: null,
        url: "http://localhost:3000/@mastodonpy_test_2/117020593741189701",
        hashtags: ["hoot"],
        mentions: [],
      });
    },
  );
});
