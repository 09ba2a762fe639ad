import { AfterchatError } from "../../errors.js";
import type { LiveSource, PullProgress, PullQuery, SourceItem } from "../types.js";
import { searchTag } from "./hashtag.js";
import { getJson, type HttpPolicy } from "./http.js";
import { type LiveSourceOptions, type ResolvedOptions, resolveOptions } from "./options.js";
import { toRfc3339Seconds } from "./timestamp.js";
import { truncated } from "./truncated.js";
import { mapXPage, xPageSchema } from "./x-map.js";

export interface XApiOptions extends LiveSourceOptions {
  /** App-only bearer token. Sent as a header only; never logged nor put in an error. */
  bearerToken: string;
}

/** Recent search reaches back 7 days (https://docs.x.com/x-api/posts/search/migrate/overview). */
export const X_RECENT_WINDOW_MS = 7 * 24 * 3600_000;
/** "'end_time' must be a minimum of 10 seconds prior to the request time" (HTTP 400 otherwise). */
export const X_END_TIME_LAG_MS = 10_000;

const EXPANSIONS = [
  "author_id",
  "referenced_tweets.id",
  "referenced_tweets.id.author_id",
  // Brings the replied-to user even when the replied-to tweet itself is gone, for replyToHandle.
  "in_reply_to_user_id",
].join(",");
/** `note_tweet`: the full text and entities of a long post (`text` stops at 280 characters). */
const TWEET_FIELDS =
  "created_at,public_metrics,referenced_tweets,conversation_id,entities,in_reply_to_user_id,lang,note_tweet";
const USER_FIELDS = "public_metrics,name,username";

/**
 * X API v2 recent search for one hashtag. Retweets are kept (no `-is:retweet`): they count as
 * reposts in the stats. Older windows need an archive (twarc2 full-archive JSONL, analytics export).
 */
export class XApiSource implements LiveSource {
  readonly network = "x" as const;
  private readonly options: ResolvedOptions;
  readonly #bearerToken: string;

  constructor(options: XApiOptions) {
    // 10..100 per page (search/recent max_results).
    this.options = resolveOptions(options, { defaultPageSize: 100, maxPageSize: 100 });
    this.options.pageSize = Math.max(10, this.options.pageSize);
    this.#bearerToken = options.bearerToken;
  }

  async *pull(
    query: PullQuery,
    { signal, onProgress }: { signal?: AbortSignal; onProgress?: (progress: PullProgress) => void } = {},
  ): AsyncIterable<SourceItem> {
    const tag = searchTag(query.hashtag);
    const now = this.options.now().getTime();
    const oldest = new Date(now - X_RECENT_WINDOW_MS);
    if (query.since.getTime() < oldest.getTime()) {
      throw new AfterchatError("source_window", {
        network: "x",
        oldest: oldest.toISOString(),
        since: query.since.toISOString(),
        alternatives: "twarc2 search --archive (JSONL), X analytics export (CSV)",
      });
    }
    const end = new Date(Math.min(query.until.getTime(), now - X_END_TIME_LAG_MS));
    if (end.getTime() <= query.since.getTime()) return;

    const policy: HttpPolicy = {
      ...this.options,
      network: "x",
      resetHeader: "x-rate-limit-reset",
      headers: { authorization: `Bearer ${this.#bearerToken}` },
      signal,
    };
    const progress: PullProgress = { fetched: 0, pages: 0 };
    let nextToken: string | undefined;
    do {
      const url = this.searchUrl(tag, query.since, end, nextToken);
      const { body } = await getJson(url, policy);
      const page = xPageSchema.safeParse(body);
      if (!page.success) throw new AfterchatError("source_bad_response", { network: "x", detail: "shape" });
      progress.pages += 1;
      const items = mapXPage(page.data, `page ${progress.pages}`);
      progress.fetched += items.filter((item) => item.type === "post").length;
      yield* items;
      onProgress?.({ ...progress });
      nextToken = page.data.meta?.next_token;
      if (nextToken && progress.pages >= this.options.maxPages) {
        yield truncated(progress.pages, "max_pages");
        return;
      }
    } while (nextToken);
  }

  private searchUrl(tag: string, since: Date, end: Date, nextToken?: string): string {
    const params = new URLSearchParams({
      query: `#${tag}`,
      start_time: toRfc3339Seconds(since),
      end_time: toRfc3339Seconds(end),
      max_results: String(this.options.pageSize),
      expansions: EXPANSIONS,
      "tweet.fields": TWEET_FIELDS,
      "user.fields": USER_FIELDS,
    });
    if (nextToken) params.set("next_token", nextToken);
    return `${this.options.baseUrl}/2/tweets/search/recent?${params}`;
  }
}
