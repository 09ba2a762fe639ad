import { z } from "zod";
import { AfterchatError } from "../../errors.js";
import type { LiveSource, PullProgress, PullQuery, SourceItem } from "../types.js";
import { searchTag } from "./hashtag.js";
import { getJson, type HttpPolicy } from "./http.js";
import { nextLink, sameOrigin } from "./link-header.js";
import { mapMastodonStatus } from "./mastodon-map.js";
import { type LiveSourceOptions, type ResolvedOptions, resolveOptions } from "./options.js";
import { truncated } from "./truncated.js";

export interface MastodonOptions extends LiveSourceOptions {
  /** Instance root (`baseUrl`), e.g. https://mastodon.social. A token is needed only where the
   * instance disabled public timeline preview. */
  bearerToken?: string;
}

/**
 * A Mastodon instance's hashtag timeline (`GET /api/v1/timelines/tag/:hashtag`, newest first,
 * 40 per page at most), paged through `Link: rel="next"` until a status older than `since`.
 * Statuses outside [since, until] are dropped. Reblogs carry no tags of their own, so in practice
 * this timeline has no reposts; they are still mapped if an instance sends them.
 * @see https://docs.joinmastodon.org/methods/timelines/#tag
 */
export class MastodonSource implements LiveSource {
  readonly network = "mastodon" as const;
  private readonly options: ResolvedOptions;
  readonly #bearerToken: string | undefined;
  private readonly host: string;

  constructor(options: MastodonOptions) {
    this.options = resolveOptions(options, { defaultPageSize: 40, maxPageSize: 40 });
    this.#bearerToken = options.bearerToken;
    try {
      this.host = new URL(this.options.baseUrl).host;
    } catch (error) {
      throw new AfterchatError("config_invalid", { field: "mastodon.baseUrl" }, { cause: error });
    }
  }

  async *pull(
    query: PullQuery,
    { signal, onProgress }: { signal?: AbortSignal; onProgress?: (progress: PullProgress) => void } = {},
  ): AsyncIterable<SourceItem> {
    const tag = searchTag(query.hashtag);
    const policy: HttpPolicy = {
      ...this.options,
      network: "mastodon",
      resetHeader: "x-ratelimit-reset",
      headers: this.#bearerToken ? { authorization: `Bearer ${this.#bearerToken}` } : {},
      signal,
    };
    const since = query.since.getTime();
    const until = query.until.getTime();
    const progress: PullProgress = { fetched: 0, pages: 0 };
    let url = `${this.options.baseUrl}/api/v1/timelines/tag/${encodeURIComponent(tag)}?limit=${this.options.pageSize}`;
    for (;;) {
      const { body, headers } = await getJson(url, policy);
      const page = z.array(z.unknown()).safeParse(body);
      if (!page.success)
        throw new AfterchatError("source_bad_response", { network: "mastodon", detail: "shape" });
      progress.pages += 1;
      let reachedSince = false;
      for (const raw of page.data) {
        const item = mapMastodonStatus(raw, `page ${progress.pages}`, this.host);
        if (item.type === "post") {
          const at = item.post.createdAt.getTime();
          if (at < since) reachedSince = true;
          if (at < since || at > until) continue;
          progress.fetched += 1;
        }
        yield item;
      }
      onProgress?.({ ...progress });
      const next = nextLink(headers.get("link"), url);
      // A next link back to the same page would loop until maxPages.
      if (reachedSince || page.data.length === 0 || !next || next === url) return;
      // The next page is fetched with our token: a link to any other host is never followed.
      if (!sameOrigin(next, this.options.baseUrl)) {
        yield truncated(progress.pages, "foreign_next_link");
        return;
      }
      if (progress.pages >= this.options.maxPages) {
        yield truncated(progress.pages, "max_pages");
        return;
      }
      url = next;
    }
  }
}
