import { z } from "zod";
import { AfterchatError } from "../../errors.js";
import type { LiveSource, PullProgress, PullQuery, SourceItem } from "../types.js";
import { mapBlueskyPost } from "./bluesky-map.js";
import { FollowerCounts } from "./bluesky-profiles.js";
import { type BlueskyCredentials, BlueskySession } from "./bluesky-session.js";
import { searchTag } from "./hashtag.js";
import { getJson, type HttpPolicy } from "./http.js";
import { type LiveSourceOptions, type ResolvedOptions, resolveOptions } from "./options.js";
import { truncated } from "./truncated.js";

export const BLUESKY_PUBLIC_APPVIEW = "https://public.api.bsky.app";

export interface BlueskyOptions extends Omit<LiveSourceOptions, "baseUrl"> {
  /** Default: the public AppView. With a session token, use the PDS or https://api.bsky.app. */
  baseUrl?: string;
  /**
   * An access JWT (com.atproto.server.createSession). Optional, but the public AppView has at times
   * refused unauthenticated searchPosts, and refuses `cursor` without it (atproto issues #2838, #3423).
   */
  bearerToken?: string;
  /**
   * Handle + app password: each pull logs in first (createSession on the PDS), searches with the session
   * token, and refreshes the session when it expires. Set `baseUrl` to the account's PDS
   * (https://bsky.social), which answers app.bsky.* requests for its logged-in users.
   */
  credentials?: BlueskyCredentials;
  /** Fill authorFollowers with app.bsky.actor.getProfiles (one call per 25 new authors). Default true. */
  fetchFollowers?: boolean;
}

const searchSchema = z.object({ posts: z.array(z.unknown()), cursor: z.string().optional() });

/**
 * Bluesky post search for one hashtag (`app.bsky.feed.searchPosts`, sort=latest, since/until).
 * `since` is inclusive, `until` exclusive, both on the AppView's sortAt, which can differ from
 * createdAt; posts are not filtered again by createdAt so a skewed client clock loses nothing.
 * @see https://docs.bsky.app/docs/api/app-bsky-feed-search-posts
 */
export class BlueskySource implements LiveSource {
  readonly network = "bluesky" as const;
  private readonly options: ResolvedOptions;
  readonly #bearerToken: string | undefined;
  readonly #credentials: BlueskyCredentials | undefined;
  private readonly fetchFollowers: boolean;

  constructor(options: BlueskyOptions = {}) {
    this.options = resolveOptions(
      { ...options, baseUrl: options.baseUrl ?? BLUESKY_PUBLIC_APPVIEW },
      { defaultPageSize: 100, maxPageSize: 100 },
    );
    this.#bearerToken = options.bearerToken;
    this.#credentials = options.credentials;
    this.fetchFollowers = options.fetchFollowers ?? true;
  }

  async *pull(
    query: PullQuery,
    { signal, onProgress }: { signal?: AbortSignal; onProgress?: (progress: PullProgress) => void } = {},
  ): AsyncIterable<SourceItem> {
    const tag = searchTag(query.hashtag);
    const policy: HttpPolicy = {
      ...this.options,
      network: "bluesky",
      resetHeader: "ratelimit-reset",
      headers: {},
      signal,
    };
    if (this.#bearerToken) policy.headers = { authorization: `Bearer ${this.#bearerToken}` };
    const session = this.#credentials
      ? new BlueskySession(this.options.baseUrl, this.#credentials, policy)
      : null;
    const get = (url: string) => (session ? session.run(() => getJson(url, policy)) : getJson(url, policy));
    const followers = new FollowerCounts(this.options.baseUrl, get);
    const progress: PullProgress = { fetched: 0, pages: 0 };
    let cursor: string | undefined;
    for (;;) {
      const { body } = await get(this.searchUrl(tag, query, cursor));
      const page = searchSchema.safeParse(body);
      if (!page.success)
        throw new AfterchatError("source_bad_response", { network: "bluesky", detail: "shape" });
      progress.pages += 1;
      if (this.fetchFollowers) await followers.load(page.data.posts.flatMap(authorDid));
      for (const raw of page.data.posts) {
        const item = mapBlueskyPost(raw, `page ${progress.pages}`, (did) => followers.get(did));
        if (item.type === "post") progress.fetched += 1;
        yield item;
      }
      onProgress?.({ ...progress });
      cursor = page.data.cursor;
      if (!cursor || page.data.posts.length === 0) return;
      if (progress.pages >= this.options.maxPages) {
        yield truncated(progress.pages, "max_pages");
        return;
      }
    }
  }

  private searchUrl(tag: string, query: PullQuery, cursor?: string): string {
    const params = new URLSearchParams({
      q: `#${tag}`,
      sort: "latest",
      since: query.since.toISOString(),
      until: query.until.toISOString(),
      limit: String(this.options.pageSize),
    });
    if (cursor) params.set("cursor", cursor);
    return `${this.options.baseUrl}/xrpc/app.bsky.feed.searchPosts?${params}`;
  }
}

function authorDid(raw: unknown): string[] {
  const author =
    typeof raw === "object" && raw !== null ? (raw as { author?: { did?: unknown } }).author : undefined;
  return typeof author?.did === "string" ? [author.did] : [];
}
