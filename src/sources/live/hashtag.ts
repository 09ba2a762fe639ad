import { AfterchatError } from "../../errors.js";

/**
 * The tag without `#`, checked: it goes into a search query (X, Bluesky) and a URL path
 * (Mastodon), so anything but letters, digits, marks and `_` is refused rather than escaped.
 */
export function normalizeHashtag(input: string): string {
  const tag = input.trim().replace(/^#/, "");
  if (!/^[\p{L}\p{N}\p{M}_]+$/u.test(tag)) {
    throw new AfterchatError("input_invalid", { field: "hashtag", value: input.slice(0, 100) });
  }
  return tag;
}
