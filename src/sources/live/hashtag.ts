import { isHashtag, normaliseHashtag } from "../../domain/text.js";
import { AfterchatError } from "../../errors.js";

/**
 * The tag a live source searches for: the domain's normal form (no `#`, lower case, as every
 * series stores it; X, Bluesky and Mastodon match hashtags whatever their case), refused unless it
 * is a hashtag (src/domain/text.ts isHashtag), since it goes into a search query (X, Bluesky) and
 * a URL path (Mastodon).
 */
export function searchTag(input: string): string {
  const tag = normaliseHashtag(input);
  if (!isHashtag(tag))
    throw new AfterchatError("input_invalid", { field: "hashtag", value: input.slice(0, 100) });
  return tag;
}
