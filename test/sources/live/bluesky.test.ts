import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BlueskySource } from "../../../src/sources/live/bluesky.js";
import {
  BLUESKY_PROFILES_PATH,
  BLUESKY_RATE_LIMIT_HEADER,
  BLUESKY_SEARCH_PATH,
  blueskyProfiles,
  blueskySearchPage,
  FakeServer,
  malformedJson,
  rateLimited,
  recordingSleep,
  serverError,
  unauthorized,
} from "../../support/fake-social.js";
import { collect, fixtureJson, postsOf, pullError } from "./helpers.js";

// getTimeline.json holds 49 real post views (feed[].post), the same postView searchPosts returns.
const timeline = fixtureJson<{ feed: { post: { uri: string; author: { did: string } } }[] }>(
  "bluesky/getTimeline.json",
);
const views = timeline?.feed.map((entry) => entry.post) ?? [];
const NOW = "2025-05-20T00:00:00.000Z";
const TOKEN = "eyJhbGciOiJFUzI1NiJ9.secret-session-jwt.sig";
const query = {
  hashtag: "rstats",
  since: new Date("2025-05-19T17:00:00Z"),
  until: new Date("2025-05-19T18:00:00Z"),
};

let fake: FakeServer;
let sleep: ReturnType<typeof recordingSleep>;
beforeEach(async () => {
  fake = await FakeServer.start();
  sleep = recordingSleep();
});
afterEach(() => fake.close());

function source(extra: { bearerToken?: string; fetchFollowers?: boolean; maxWaitMs?: number } = {}) {
  return new BlueskySource({ baseUrl: fake.baseUrl, sleep: sleep.sleep, now: () => new Date(NOW), ...extra });
}

/** A real post view re-authored as a distinct account `n`, to get many authors from few fixtures. */
function asAuthor(view: unknown, n: number): unknown {
  const copy = structuredClone(view) as { uri: string; author: { did: string; handle: string } };
  copy.author.did = `did:plc:author${String(n).padStart(4, "0")}`;
  copy.author.handle = `author${n}.bsky.social`;
  copy.uri = `at://${copy.author.did}/app.bsky.feed.post/rkey${n}`;
  return copy;
}

describe("BlueskySource pagination", () => {
  it.skipIf(!timeline)(
    "GIVEN 3 pages chained by cursor THEN every post comes once, in order, and paging stops without a cursor",
    async () => {
      fake.enqueue(
        BLUESKY_SEARCH_PATH,
        blueskySearchPage(views.slice(0, 20), "20"),
        blueskySearchPage(views.slice(20, 40), "40"),
        blueskySearchPage(views.slice(40)),
      );
      fake.serve(BLUESKY_PROFILES_PATH, blueskyProfiles({}));

      const posts = postsOf(await collect(source().pull(query)));

      expect(posts.map((post) => post.externalId)).toEqual(views.map((view) => view.uri));
      const requests = fake.requestsTo(BLUESKY_SEARCH_PATH);
      expect(requests.map((r) => r.query.get("cursor"))).toEqual([null, "20", "40"]);
      expect(requests[0]?.query.get("q")).toBe("#rstats");
      expect(requests[0]?.query.get("limit")).toBe("100");
      expect(requests[0]?.query.get("since")).toBe("2025-05-19T17:00:00.000Z");
      expect(requests[0]?.query.get("until")).toBe("2025-05-19T18:00:00.000Z");
    },
  );

  it("GIVEN a page with a cursor but no posts THEN paging stops", async () => {
    fake.serve(BLUESKY_SEARCH_PATH, blueskySearchPage([], "again"));

    expect(await collect(source().pull(query))).toEqual([]);
    expect(fake.requestsTo(BLUESKY_SEARCH_PATH)).toHaveLength(1);
  });

  it("GIVEN a bearer token THEN both search and getProfiles carry it; without one, no Authorization is sent", async () => {
    fake.serve(BLUESKY_SEARCH_PATH, blueskySearchPage([asAuthor(views[0] ?? minimalView(), 1)]));
    fake.serve(BLUESKY_PROFILES_PATH, blueskyProfiles({}));

    await collect(source({ bearerToken: TOKEN }).pull(query));
    await collect(source().pull(query));

    const auth = fake.requests.map((r) => [r.path, r.headers.authorization ?? null]);
    expect(auth).toEqual([
      [BLUESKY_SEARCH_PATH, `Bearer ${TOKEN}`],
      [BLUESKY_PROFILES_PATH, `Bearer ${TOKEN}`],
      [BLUESKY_SEARCH_PATH, null],
      [BLUESKY_PROFILES_PATH, null],
    ]);
  });
});

describe("BlueskySource follower counts (getProfiles)", () => {
  const view = views[0] ?? minimalView();

  it("GIVEN 30 authors on page 1 and 2 of them again plus 1 new on page 2 THEN getProfiles asks 25 + 5 + 1 DIDs, each once", async () => {
    const page1 = Array.from({ length: 30 }, (_, i) => asAuthor(view, i));
    const page2 = [asAuthor(view, 0), asAuthor(view, 29), asAuthor(view, 30)];
    const followers = Object.fromEntries(
      Array.from({ length: 31 }, (_, i) => [`did:plc:author${String(i).padStart(4, "0")}`, i * 10]),
    );
    fake.enqueue(BLUESKY_SEARCH_PATH, blueskySearchPage(page1, "p2"), blueskySearchPage(page2));
    fake.serve(BLUESKY_PROFILES_PATH, blueskyProfiles(followers));

    const posts = postsOf(await collect(source().pull(query)));

    expect(fake.requestsTo(BLUESKY_PROFILES_PATH).map((r) => r.query.getAll("actors").length)).toEqual([
      25, 5, 1,
    ]);
    expect(posts.map((post) => post.authorFollowers)).toEqual([
      ...Array.from({ length: 30 }, (_, i) => i * 10),
      0,
      290,
      300,
    ]);
  });

  it("GIVEN an author getProfiles leaves out THEN that author's followers stay null", async () => {
    fake.serve(BLUESKY_SEARCH_PATH, blueskySearchPage([asAuthor(view, 1), asAuthor(view, 2)]));
    fake.serve(BLUESKY_PROFILES_PATH, blueskyProfiles({ "did:plc:author0001": 7 }));

    const posts = postsOf(await collect(source().pull(query)));

    expect(posts.map((post) => post.authorFollowers)).toEqual([7, null]);
  });

  it("GIVEN fetchFollowers false THEN getProfiles is never called and followers are null", async () => {
    fake.serve(BLUESKY_SEARCH_PATH, blueskySearchPage([asAuthor(view, 1)]));

    const posts = postsOf(await collect(source({ fetchFollowers: false }).pull(query)));

    expect(fake.requestsTo(BLUESKY_PROFILES_PATH)).toHaveLength(0);
    expect(posts[0]?.authorFollowers).toBeNull();
  });
});

describe("BlueskySource failures", () => {
  it("GIVEN a 429 whose ratelimit-reset is 10 s ahead THEN it sleeps 11 s and retries", async () => {
    fake.enqueue(
      BLUESKY_SEARCH_PATH,
      rateLimited(BLUESKY_RATE_LIMIT_HEADER, Date.parse(NOW) / 1000 + 10),
      blueskySearchPage([]),
    );

    await collect(source().pull(query));

    expect(sleep.calls).toEqual([11_000]);
  });

  it("GIVEN a 429 beyond maxWaitMs THEN source_rate_limited with the reset time", async () => {
    fake.enqueue(BLUESKY_SEARCH_PATH, rateLimited(BLUESKY_RATE_LIMIT_HEADER, Date.parse(NOW) / 1000 + 300));

    const error = await pullError(source({ maxWaitMs: 1000 }).pull(query));

    expect(error.params).toEqual({ network: "bluesky", retryAt: "2025-05-20T00:05:00.000Z" });
  });

  it("GIVEN a 502 then a page THEN it retries once after 1 s", async () => {
    fake.enqueue(BLUESKY_SEARCH_PATH, serverError(502), blueskySearchPage([]));

    await collect(source().pull(query));

    expect(sleep.calls).toEqual([1000]);
  });

  it("GIVEN 500 every time THEN source_unavailable", async () => {
    fake.serve(BLUESKY_SEARCH_PATH, serverError(500));

    expect((await pullError(source().pull(query))).params).toEqual({ network: "bluesky", status: 500 });
  });

  it("GIVEN an unauthenticated search refused with 403 (public AppView) THEN source_auth says no token was sent", async () => {
    fake.enqueue(BLUESKY_SEARCH_PATH, unauthorized(403));

    const error = await pullError(source().pull(query));

    expect(error.code).toBe("source_auth");
    // `context: "anonymous"` picks the catalogue's sentence that says how to log in.
    expect(error.params).toEqual({
      network: "bluesky",
      status: 403,
      authenticated: "false",
      context: "anonymous",
    });
  });

  it("GIVEN a 401 with a token THEN source_auth, and the token is not in the error", async () => {
    fake.enqueue(BLUESKY_SEARCH_PATH, unauthorized(401));

    const error = await pullError(source({ bearerToken: TOKEN }).pull(query));

    expect(error.params).toEqual({ network: "bluesky", status: 401, authenticated: "true" });
    expect(`${error.message} ${error.stack}`).not.toContain("secret-session-jwt");
  });

  it("GIVEN a malformed body THEN source_bad_response", async () => {
    fake.enqueue(BLUESKY_SEARCH_PATH, malformedJson());

    expect((await pullError(source().pull(query))).code).toBe("source_bad_response");
  });

  it("GIVEN a post view without a record THEN it is skipped and the rest still comes", async () => {
    fake.enqueue(
      BLUESKY_SEARCH_PATH,
      blueskySearchPage([{ uri: "at://did:plc:x/app.bsky.feed.post/1", author: {} }, minimalView()]),
    );

    const items = await collect(source({ fetchFollowers: false }).pull(query));

    expect(items.map((item) => item.type)).toEqual(["skip", "post"]);
    expect(items[0]).toMatchObject({
      reason: { code: "missing_field", detail: "at://did:plc:x/app.bsky.feed.post/1 author.did" },
    });
  });
});

function minimalView(): { uri: string; author: { did: string; handle: string }; record: unknown } {
  return {
    uri: "at://did:plc:min/app.bsky.feed.post/3abc",
    author: { did: "did:plc:min", handle: "min.bsky.social" },
    record: { $type: "app.bsky.feed.post", text: "A1 yes #rstats", createdAt: "2025-05-19T17:10:00Z" },
  };
}

describe("GIVEN a handle and an app password", () => {
  it("WHEN pulling THEN it logs in first and searches with the session token, which never shows in errors", async () => {
    const jwt = "eyJ.session-token-from-login.sig";
    fake.enqueue("/xrpc/com.atproto.server.createSession", {
      json: { accessJwt: jwt, refreshJwt: "r", handle: "me.bsky.social", did: "did:plc:me" },
    });
    fake.enqueue(BLUESKY_SEARCH_PATH, blueskySearchPage(views.slice(0, 2)));
    const logged = new BlueskySource({
      baseUrl: fake.baseUrl,
      credentials: { identifier: "me.bsky.social", password: "abcd-efgh-ijkl-mnop" },
      fetchFollowers: false,
      sleep: sleep.sleep,
      now: () => new Date(NOW),
    });
    const posts = postsOf(await collect(logged.pull(query)));
    expect(posts).toHaveLength(Math.min(2, views.length));
    const [login, search] = fake.requests;
    expect(login?.method).toBe("POST");
    expect(login?.path).toBe("/xrpc/com.atproto.server.createSession");
    expect(login?.headers.authorization).toBeUndefined();
    expect(search?.headers.authorization).toBe(`Bearer ${jwt}`);
  });

  it("WHEN the app password is refused THEN source_auth, and the password is in no message", async () => {
    fake.enqueue("/xrpc/com.atproto.server.createSession", {
      status: 401,
      json: { error: "AuthenticationRequired" },
    });
    const logged = new BlueskySource({
      baseUrl: fake.baseUrl,
      credentials: { identifier: "me.bsky.social", password: "wrong-pass-word" },
      sleep: sleep.sleep,
      now: () => new Date(NOW),
    });
    const error = await pullError(logged.pull(query));
    expect(error.code).toBe("source_auth");
    expect(JSON.stringify({ message: error.message, params: error.params })).not.toContain("wrong-pass-word");
    expect(fake.requests.filter((r) => r.path === BLUESKY_SEARCH_PATH)).toHaveLength(0);
  });
});
