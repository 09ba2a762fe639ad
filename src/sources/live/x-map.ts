import { z } from "zod";
import { pageItems } from "../files/twarc.js";
import type { SourceItem } from "../types.js";

/**
 * One page of X API v2 recent search (`GET /2/tweets/search/recent`) turned into items, through the same
 * mapper as twarc2 archives and saved responses (src/sources/files/twarc-tweet.ts): retweets take their
 * original's full text and entities from `includes.tweets`, long posts their `note_tweet`, text is
 * HTML-decoded. The page's shape is checked here; each tweet is checked by the mapper.
 * @see https://docs.x.com/x-api/posts/search/api-reference/get-tweets-search-recent
 */
export const xPageSchema = z.object({
  data: z.array(z.unknown()).optional(),
  includes: z
    .object({ users: z.array(z.unknown()).optional(), tweets: z.array(z.unknown()).optional() })
    .optional(),
  meta: z.object({ next_token: z.string().optional() }).optional(),
  /** Partial errors (e.g. a suspended mentioned user) next to good data. */
  errors: z.array(z.unknown()).optional(),
});
export type XPage = z.infer<typeof xPageSchema>;

/** Tweets of `data` as posts; `includes.tweets` (referenced tweets) are context, never yielded. */
export function mapXPage(page: XPage, at: string): SourceItem[] {
  const items: SourceItem[] = [];
  pageItems(page, at, items);
  return items;
}

export function unique(values: string[]): string[] {
  return [...new Set(values)];
}
