/**
 * Local fake X / Bluesky / Mastodon HTTP servers (node:http on 127.0.0.1, port 0) for tests.
 * Each server records every request (path, query, headers) and answers from a script: per path, a
 * queue of responses served in order, or one response served every time. Nothing scripted: 404.
 * Builders below produce bodies in each API's real shape (checked against ../shared/fixtures).
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Full URL as the server saw it. */
  url: string;
  /** The request body as text ("" for none). */
  body: string;
}

export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  /** Serialised as the JSON body. */
  json?: unknown;
  /** Sent as is (for malformed bodies). Wins over `json`. */
  raw?: string;
}

export type Responder = FakeResponse | ((request: RecordedRequest) => FakeResponse);

export class FakeServer {
  readonly requests: RecordedRequest[] = [];
  private readonly queues = new Map<string, Responder[]>();
  private readonly always = new Map<string, Responder>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeServer> {
    let fake: FakeServer | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const url = new URL(req.url ?? "/", "http://127.0.0.1");
        const request: RecordedRequest = {
          method: req.method ?? "GET",
          path: url.pathname,
          query: url.searchParams,
          headers: req.headers,
          url: `${fake?.baseUrl}${req.url}`,
          body: Buffer.concat(chunks).toString("utf8"),
        };
        const response = fake?.respond(request) ?? { status: 500 };
        const body = response.raw ?? (response.json === undefined ? "" : JSON.stringify(response.json));
        res.writeHead(response.status ?? 200, { "content-type": "application/json", ...response.headers });
        res.end(body);
      });
    });
    fake = new FakeServer(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return fake;
  }

  get baseUrl(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** Responses served in order, one per request to `path`. */
  enqueue(path: string, ...responses: Responder[]): this {
    this.queues.set(path, [...(this.queues.get(path) ?? []), ...responses]);
    return this;
  }

  /** One response for every request to `path` once its queue is empty. */
  serve(path: string, responder: Responder): this {
    this.always.set(path, responder);
    return this;
  }

  requestsTo(path: string): RecordedRequest[] {
    return this.requests.filter((request) => request.path === path);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private respond(request: RecordedRequest): FakeResponse {
    this.requests.push(request);
    const responder = this.queues.get(request.path)?.shift() ?? this.always.get(request.path);
    if (!responder) return { status: 404, json: { error: "NotScripted", path: request.path } };
    return typeof responder === "function" ? responder(request) : responder;
  }
}

// ---- behaviours shared by the three APIs ----

/** A 429 whose reset header (name per network) says when the window reopens. */
export function rateLimited(header: string, reset: string | number): FakeResponse {
  return { status: 429, headers: { [header]: String(reset) }, json: { title: "Too Many Requests" } };
}

export function serverError(status = 500): FakeResponse {
  return { status, json: { error: "InternalServerError" } };
}

export function malformedJson(): FakeResponse {
  return { status: 200, raw: '{"data": [ {"id": "1", "text": ' };
}

export function unauthorized(status = 401): FakeResponse {
  return { status, json: { title: "Unauthorized", detail: "Unauthorized", type: "about:blank", status } };
}

// ---- X API v2 ----

export const X_SEARCH_PATH = "/2/tweets/search/recent";
export const X_RATE_LIMIT_HEADER = "x-rate-limit-reset";

/** A twarc2 JSONL line is one raw search page plus `__twarc`; the API never sends that key. */
export function xPageFromTwarc(line: Record<string, unknown>): Record<string, unknown> {
  const { __twarc: _omit, ...page } = line;
  return page;
}

/**
 * Splits one real page into `parts` pages chained by next_token, each keeping the full
 * `includes` (the API sends the includes each page needs; extra users are harmless).
 */
export function splitXPage(page: Record<string, unknown>, parts: number): FakeResponse[] {
  const data = (page.data as unknown[]) ?? [];
  const size = Math.ceil(data.length / parts);
  return Array.from({ length: parts }, (_, i) => {
    const chunk = data.slice(i * size, (i + 1) * size);
    const meta: Record<string, unknown> = { result_count: chunk.length };
    if (i < parts - 1) meta.next_token = `token-${i + 2}`;
    return { json: { data: chunk, includes: page.includes, meta } };
  });
}

// ---- Bluesky ----

export const BLUESKY_SEARCH_PATH = "/xrpc/app.bsky.feed.searchPosts";
export const BLUESKY_PROFILES_PATH = "/xrpc/app.bsky.actor.getProfiles";
export const BLUESKY_RATE_LIMIT_HEADER = "ratelimit-reset";

/** `{ posts, cursor? }` as app.bsky.feed.searchPosts returns it (fixture searchPosts_q-redistricting). */
export function blueskySearchPage(posts: unknown[], cursor?: string): FakeResponse {
  return { json: cursor === undefined ? { posts } : { posts, cursor } };
}

/** Answers getProfiles from a table of follower counts, only for the DIDs it knows. */
export function blueskyProfiles(followersByDid: Record<string, number>): Responder {
  return (request) => ({
    json: {
      profiles: request.query
        .getAll("actors")
        .filter((did) => did in followersByDid)
        .map((did) => ({ did, handle: `${did.slice(-6)}.test`, followersCount: followersByDid[did] })),
    },
  });
}

export const BLUESKY_LOGIN_PATH = "/xrpc/com.atproto.server.createSession";
export const BLUESKY_REFRESH_PATH = "/xrpc/com.atproto.server.refreshSession";

/** A createSession / refreshSession answer: the tokens (and who logged in). */
export function blueskySession(accessJwt: string, refreshJwt: string): FakeResponse {
  return { json: { accessJwt, refreshJwt, handle: "me.bsky.social", did: "did:plc:me", active: true } };
}

/** What a PDS answers a request made with an expired access token (atproto returns 400 ExpiredToken). */
export function blueskyExpired(status = 400): FakeResponse {
  return { status, json: { error: "ExpiredToken", message: "Token has expired" } };
}

// ---- Mastodon ----

export const mastodonTagPath = (tag: string): string => `/api/v1/timelines/tag/${encodeURIComponent(tag)}`;
export const MASTODON_RATE_LIMIT_HEADER = "x-ratelimit-reset";

/** A page of statuses with a Link header to `next` (absolute URL), as Mastodon paginates. */
export function mastodonPage(statuses: unknown[], next?: string): FakeResponse {
  return next
    ? { json: statuses, headers: { link: `<${next}>; rel="next", <${next}&x=prev>; rel="prev"` } }
    : { json: statuses };
}

// ---- time, without waiting ----

/** A sleep that returns at once and remembers every duration it was asked for. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; calls: number[] } {
  const calls: number[] = [];
  return {
    calls,
    sleep: async (ms: number) => {
      calls.push(ms);
    },
  };
}

/** A clock stuck at `iso`, moved forward by every recorded sleep so waits "pass". */
export function steppingClock(iso: string, sleeps?: number[]): () => Date {
  const start = new Date(iso).getTime();
  return () => new Date(start + (sleeps ?? []).reduce((sum, ms) => sum + ms, 0));
}
