import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { XApiSource } from "../../../src/sources/live/x-api.js";
import type { PullProgress } from "../../../src/sources/types.js";
import {
  FakeServer,
  malformedJson,
  rateLimited,
  recordingSleep,
  serverError,
  splitXPage,
  unauthorized,
  X_RATE_LIMIT_HEADER,
  X_SEARCH_PATH,
  xPageFromTwarc,
} from "../../support/fake-social.js";
import { collect, fixtureJsonLine, postsOf, pullError } from "./helpers.js";

// kpop.jsonl is one real search/recent page (#kpop, 2021-09-22, 100 tweets, 78 retweets).
const kpop = fixtureJsonLine("x-api-v2-twarc/kpop.jsonl", 1);
const NOW = "2021-09-22T17:00:00.000Z";
const TOKEN = "AAAAAAAAAAAAAAAAAAAAAsecret-bearer-token%3D";
const query = {
  hashtag: "kpop",
  since: new Date("2021-09-22T16:00:00Z"),
  until: new Date("2021-09-22T17:00:00Z"),
};

let fake: FakeServer;
let sleep: ReturnType<typeof recordingSleep>;
beforeEach(async () => {
  fake = await FakeServer.start();
  sleep = recordingSleep();
});
afterEach(() => fake.close());

function source(extra: { maxWaitMs?: number; maxPages?: number } = {}) {
  return new XApiSource({
    baseUrl: fake.baseUrl,
    bearerToken: TOKEN,
    sleep: sleep.sleep,
    now: () => new Date(NOW),
    ...extra,
  });
}

const okPage = { json: { data: [], meta: { result_count: 0 } } };

describe("XApiSource pagination", () => {
  it.skipIf(!kpop)(
    "GIVEN a search spread over 3 pages WHEN pulled THEN every tweet comes once, in order, following next_token",
    async () => {
      const page = xPageFromTwarc(kpop!);
      fake.enqueue(X_SEARCH_PATH, ...splitXPage(page, 3));
      const progress: PullProgress[] = [];

      const posts = postsOf(await collect(source().pull(query, { onProgress: (p) => progress.push(p) })));

      const ids = (page.data as { id: string }[]).map((tweet) => tweet.id);
      expect(posts.map((post) => post.externalId)).toEqual(ids);
      const requests = fake.requestsTo(X_SEARCH_PATH);
      expect(requests.map((r) => r.query.get("next_token"))).toEqual([null, "token-2", "token-3"]);
      expect(progress).toEqual([
        { fetched: 34, pages: 1 },
        { fetched: 68, pages: 2 },
        { fetched: 100, pages: 3 },
      ]);
    },
  );

  it.skipIf(!kpop)(
    "GIVEN referenced tweets in includes.tweets THEN they are not yielded as posts",
    async () => {
      const page = xPageFromTwarc(kpop!);
      fake.enqueue(X_SEARCH_PATH, { json: page });
      const includedIds = new Set(
        ((page.includes as { tweets: { id: string }[] }).tweets ?? []).map((t) => t.id),
      );
      const dataIds = new Set((page.data as { id: string }[]).map((t) => t.id));

      const posts = postsOf(await collect(source({ maxPages: 1 }).pull(query)));

      expect(posts).toHaveLength(100);
      const onlyIncluded = [...includedIds].filter((id) => !dataIds.has(id));
      expect(onlyIncluded.length).toBeGreaterThan(0);
      expect(posts.filter((post) => onlyIncluded.includes(post.externalId))).toEqual([]);
    },
  );

  it("GIVEN a token and dates WHEN pulling THEN the request carries the bearer, the #tag query, RFC 3339 times and the fields", async () => {
    fake.enqueue(X_SEARCH_PATH, okPage);

    await collect(source().pull({ ...query, hashtag: "#KPop" }));

    const [request] = fake.requestsTo(X_SEARCH_PATH);
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request?.query.get("query")).toBe("#kpop");
    expect(request?.query.get("start_time")).toBe("2021-09-22T16:00:00Z");
    expect(request?.query.get("max_results")).toBe("100");
    expect(request?.query.get("expansions")).toContain("referenced_tweets.id.author_id");
    expect(request?.query.get("tweet.fields")).toContain("public_metrics");
    expect(request?.query.get("user.fields")).toBe("public_metrics,name,username");
  });

  it("GIVEN until is now WHEN pulling THEN end_time is clamped to 10 s before now (X refuses newer)", async () => {
    fake.enqueue(X_SEARCH_PATH, okPage);

    await collect(source().pull({ ...query, until: new Date("2021-09-22T18:00:00Z") }));

    expect(fake.requestsTo(X_SEARCH_PATH)[0]?.query.get("end_time")).toBe("2021-09-22T16:59:50Z");
  });

  it("GIVEN more pages than maxPages THEN the pull stops there and ends with a truncated item", async () => {
    fake.serve(X_SEARCH_PATH, { json: { data: [], meta: { result_count: 0, next_token: "more" } } });

    const items = await collect(source({ maxPages: 2 }).pull(query));

    expect(fake.requestsTo(X_SEARCH_PATH)).toHaveLength(2);
    expect(items.at(-1)).toEqual({
      type: "skip",
      at: "page 2",
      reason: { code: "truncated", detail: "max_pages" },
    });
  });
});

describe("XApiSource 7-day window", () => {
  it("GIVEN since older than 7 days WHEN pulling THEN source_window names the oldest date and no request is made", async () => {
    const error = await pullError(source().pull({ ...query, since: new Date("2021-09-15T16:59:59Z") }));

    expect(error.code).toBe("source_window");
    expect(error.params).toMatchObject({
      network: "x",
      oldest: "2021-09-15T17:00:00.000Z",
      since: "2021-09-15T16:59:59.000Z",
    });
    expect(String(error.params.alternatives)).toContain("twarc2");
    expect(fake.requests).toHaveLength(0);
  });

  it("GIVEN an hour that ended less than 10 s ago with nothing searchable THEN nothing is requested", async () => {
    const items = await collect(source().pull({ ...query, since: new Date("2021-09-22T16:59:55Z") }));

    expect(items).toEqual([]);
    expect(fake.requests).toHaveLength(0);
  });
});

describe("XApiSource failures", () => {
  it("GIVEN a 429 with a reset 30 s ahead WHEN pulling THEN it sleeps until the reset (plus 1 s) and retries", async () => {
    const reset = Date.parse(NOW) / 1000 + 30;
    fake.enqueue(X_SEARCH_PATH, rateLimited(X_RATE_LIMIT_HEADER, reset), okPage);

    const items = await collect(source().pull(query));

    expect(items).toEqual([]);
    expect(sleep.calls).toEqual([31_000]);
    expect(fake.requestsTo(X_SEARCH_PATH)).toHaveLength(2);
  });

  it("GIVEN a 429 whose reset is beyond maxWaitMs THEN source_rate_limited says when to retry, without waiting", async () => {
    const reset = Date.parse(NOW) / 1000 + 900;
    fake.enqueue(X_SEARCH_PATH, rateLimited(X_RATE_LIMIT_HEADER, reset));

    const error = await pullError(source({ maxWaitMs: 60_000 }).pull(query));

    expect(error.code).toBe("source_rate_limited");
    expect(error.params).toEqual({ network: "x", retryAt: "2021-09-22T17:15:00.000Z" });
    expect(sleep.calls).toEqual([]);
  });

  it("GIVEN a 500 then a good page THEN it backs off 1 s and succeeds", async () => {
    fake.enqueue(X_SEARCH_PATH, serverError(500), okPage);

    await collect(source().pull(query));

    expect(sleep.calls).toEqual([1000]);
    expect(fake.requestsTo(X_SEARCH_PATH)).toHaveLength(2);
  });

  it("GIVEN a server that always answers 503 THEN three attempts (1 s, 2 s apart) end in source_unavailable", async () => {
    fake.serve(X_SEARCH_PATH, serverError(503));

    const error = await pullError(source().pull(query));

    expect(error.code).toBe("source_unavailable");
    expect(error.params).toEqual({ network: "x", status: 503 });
    expect(sleep.calls).toEqual([1000, 2000]);
    expect(fake.requestsTo(X_SEARCH_PATH)).toHaveLength(3);
  });

  it.each([401, 403])(
    "GIVEN a %i THEN source_auth, and the token appears nowhere in the error",
    async (status) => {
      fake.enqueue(X_SEARCH_PATH, unauthorized(status));

      const error = await pullError(source().pull(query));

      expect(error.code).toBe("source_auth");
      expect(error.params).toMatchObject({ network: "x", status });
      const everything = `${error.message} ${JSON.stringify(error.params)} ${error.stack} ${String(error.cause)}`;
      expect(everything).not.toContain("secret-bearer-token");
    },
  );

  it("GIVEN a body that is not JSON THEN source_bad_response", async () => {
    fake.enqueue(X_SEARCH_PATH, malformedJson());

    const error = await pullError(source().pull(query));

    expect(error.code).toBe("source_bad_response");
    expect(error.params).toMatchObject({ network: "x", detail: "invalid_json" });
  });

  it("GIVEN JSON of the wrong shape THEN source_bad_response", async () => {
    fake.enqueue(X_SEARCH_PATH, { json: { data: "nope" } });

    expect((await pullError(source().pull(query))).code).toBe("source_bad_response");
  });

  it("GIVEN nothing listens on the port THEN the pull ends in source_unavailable after 3 tries", async () => {
    const closed = fake.baseUrl;
    await fake.close();
    fake = await FakeServer.start();
    const pull = new XApiSource({
      baseUrl: closed,
      bearerToken: TOKEN,
      sleep: sleep.sleep,
      now: () => new Date(NOW),
    });

    const error = await pullError(pull.pull(query));

    expect(error.params).toEqual({ network: "x", status: 0 });
    expect(sleep.calls).toEqual([1000, 2000]);
  });

  it("GIVEN a hashtag with a space THEN input_invalid before any request", async () => {
    const error = await pullError(source().pull({ ...query, hashtag: "k pop" }));

    expect(error.code).toBe("input_invalid");
    expect(fake.requests).toHaveLength(0);
  });

  it("GIVEN the caller aborts after page 1 THEN no further page is requested and the abort reason is thrown", async () => {
    fake.serve(X_SEARCH_PATH, { json: { data: [], meta: { result_count: 0, next_token: "more" } } });
    const controller = new AbortController();

    const pulled = collect(
      source().pull(query, { signal: controller.signal, onProgress: () => controller.abort() }),
    );

    await expect(pulled).rejects.toMatchObject({ name: "AbortError" });
    expect(fake.requestsTo(X_SEARCH_PATH)).toHaveLength(1);
  });

  it("GIVEN a source object logged or serialised by mistake THEN the token does not show", () => {
    const built = source();

    expect(`${inspect(built, { depth: 5 })} ${JSON.stringify(built)}`).not.toContain("secret-bearer-token");
  });
});
