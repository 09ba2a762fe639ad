import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { liveSourceFactory } from "../../../src/app/live-sources.js";
import { parseConfig } from "../../../src/config.js";
import { translator } from "../../../src/i18n/index.js";
import { BlueskySource } from "../../../src/sources/live/bluesky.js";
import {
  BLUESKY_LOGIN_PATH,
  BLUESKY_PROFILES_PATH,
  BLUESKY_REFRESH_PATH,
  BLUESKY_SEARCH_PATH,
  blueskyExpired,
  blueskyProfiles,
  blueskySearchPage,
  blueskySession,
  FakeServer,
  unauthorized,
} from "../../support/fake-social.js";
import { collect, postsOf, pullError } from "./helpers.js";

const NOW = new Date("2026-03-03T21:00:00Z");
const query = {
  hashtag: "chatdemo",
  since: new Date("2026-03-03T19:00:00Z"),
  until: new Date("2026-03-03T20:00:00Z"),
};

function view(n: number) {
  return {
    uri: `at://did:plc:user${n}/app.bsky.feed.post/3k${n}`,
    author: { did: `did:plc:user${n}`, handle: `user${n}.bsky.social` },
    record: { text: `A1 answer ${n} #chatdemo`, createdAt: "2026-03-03T19:10:00.000Z" },
    indexedAt: "2026-03-03T19:10:00.500Z",
  };
}

let fake: FakeServer;
beforeEach(async () => {
  fake = await FakeServer.start();
});
afterEach(() => fake.close());

/** The source the configuration builds, as the bot and `afterchat pull bluesky` get it. */
function configured(env: Record<string, string>) {
  const config = parseConfig({ BLUESKY_API_URL: "http://127.0.0.1:9/appview", ...env });
  const source = liveSourceFactory(config, { now: () => NOW })("bluesky");
  if (!source) throw new Error("no Bluesky source");
  return source;
}

const LOGIN_ENV = () => ({
  BLUESKY_HANDLE: "me.bsky.social",
  BLUESKY_APP_PASSWORD: "abcd-efgh-ijkl-mnop",
  BLUESKY_PDS_URL: fake.baseUrl,
});

describe("GIVEN BLUESKY_HANDLE and BLUESKY_APP_PASSWORD in the configuration", () => {
  it("WHEN pulling THEN it logs in on the PDS with them and pages the search with the session token", async () => {
    fake.enqueue(BLUESKY_LOGIN_PATH, blueskySession("access-1", "refresh-1"));
    fake.enqueue(BLUESKY_SEARCH_PATH, blueskySearchPage([view(1)], "1"), blueskySearchPage([view(2)]));
    fake.serve(BLUESKY_PROFILES_PATH, blueskyProfiles({ "did:plc:user1": 40, "did:plc:user2": 7 }));

    const posts = postsOf(await collect(configured(LOGIN_ENV()).pull(query)));

    expect(posts.map((p) => [p.authorHandle, p.authorFollowers])).toEqual([
      ["user1.bsky.social", 40],
      ["user2.bsky.social", 7],
    ]);
    const [login] = fake.requestsTo(BLUESKY_LOGIN_PATH);
    expect(login?.method).toBe("POST");
    expect(JSON.parse(login?.body ?? "{}")).toEqual({
      identifier: "me.bsky.social",
      password: "abcd-efgh-ijkl-mnop",
    });
    const searches = fake.requestsTo(BLUESKY_SEARCH_PATH);
    expect(searches.map((r) => r.headers.authorization)).toEqual(["Bearer access-1", "Bearer access-1"]);
    expect(searches[1]?.query.get("cursor")).toBe("1");
  });

  it("WHEN the access token expires mid-pull THEN the session is refreshed with the refresh token and the page asked again", async () => {
    fake.enqueue(BLUESKY_LOGIN_PATH, blueskySession("access-1", "refresh-1"));
    fake.enqueue(BLUESKY_REFRESH_PATH, blueskySession("access-2", "refresh-2"));
    fake.enqueue(
      BLUESKY_SEARCH_PATH,
      blueskySearchPage([view(1)], "1"),
      blueskyExpired(),
      blueskySearchPage([view(2)]),
    );
    fake.serve(BLUESKY_PROFILES_PATH, blueskyProfiles({}));

    const posts = postsOf(await collect(configured(LOGIN_ENV()).pull(query)));

    expect(posts.map((p) => p.authorHandle)).toEqual(["user1.bsky.social", "user2.bsky.social"]);
    const [refresh] = fake.requestsTo(BLUESKY_REFRESH_PATH);
    expect(refresh?.method).toBe("POST");
    expect(refresh?.headers.authorization).toBe("Bearer refresh-1");
    expect(fake.requestsTo(BLUESKY_SEARCH_PATH).map((r) => r.headers.authorization)).toEqual([
      "Bearer access-1",
      "Bearer access-1",
      "Bearer access-2",
    ]);
    expect(fake.requestsTo(BLUESKY_LOGIN_PATH)).toHaveLength(1);
  });

  it("WHEN the refresh token is refused too THEN it logs in again, once, and goes on", async () => {
    fake.enqueue(
      BLUESKY_LOGIN_PATH,
      blueskySession("access-1", "refresh-1"),
      blueskySession("access-3", "refresh-3"),
    );
    fake.enqueue(BLUESKY_REFRESH_PATH, blueskyExpired());
    fake.enqueue(BLUESKY_SEARCH_PATH, blueskyExpired(401), blueskySearchPage([view(1)]));
    fake.serve(BLUESKY_PROFILES_PATH, blueskyProfiles({}));

    const posts = postsOf(await collect(configured(LOGIN_ENV()).pull(query)));

    expect(posts).toHaveLength(1);
    expect(fake.requestsTo(BLUESKY_LOGIN_PATH)).toHaveLength(2);
    expect(fake.requestsTo(BLUESKY_SEARCH_PATH).at(-1)?.headers.authorization).toBe("Bearer access-3");
  });

  it("WHEN the app password is refused THEN source_auth, and the password is in no message", async () => {
    fake.enqueue(BLUESKY_LOGIN_PATH, unauthorized());
    const error = await pullError(configured(LOGIN_ENV()).pull(query));
    expect(error.code).toBe("source_auth");
    expect(JSON.stringify({ message: error.message, params: error.params })).not.toContain("abcd-efgh");
    expect(fake.requestsTo(BLUESKY_SEARCH_PATH)).toHaveLength(0);
  });
});

describe("GIVEN no Bluesky login", () => {
  it("WHEN the AppView refuses an anonymous search THEN the error says how to log in, in both languages", async () => {
    fake.enqueue(BLUESKY_SEARCH_PATH, unauthorized(403));
    const source = new BlueskySource({ baseUrl: fake.baseUrl, fetchFollowers: false, now: () => NOW });
    const error = await pullError(source.pull(query));
    expect(error.code).toBe("source_auth");
    for (const locale of ["en", "fr"] as const) {
      const t = translator(locale);
      const text = t.t(`errors.${error.code}`, { ref: "cli", ...error.params });
      expect(text).toBe(t.t("errors.source_auth_anonymous", { network: "bluesky" }));
      expect(text).toContain("BLUESKY_APP_PASSWORD");
    }
  });
});
