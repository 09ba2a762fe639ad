import type { FileParser, SourceItem } from "../types.js";
import { stripArchivePrefix } from "./archive-prefix.js";
import { streamJsonArray } from "./json-array.js";
import { skipItem } from "./skip.js";
import { type Chunk, decodeText } from "./text.js";
import { archiveTweetToPost } from "./tweets-js-tweet.js";

export interface TweetsJsOptions {
  /** The archive owner's handle (from account.js or the user); see ARCHIVE_OWNER_UNKNOWN otherwise. */
  ownerHandle?: string;
}

/**
 * tweets.js from X's "Download an archive of your data", streamed entry by entry: the array is never held
 * whole, so a 2 GB archive costs the memory of one entry. Entries come in file order, which is not
 * chronological.
 * @see https://help.x.com/en/managing-your-account/accessing-your-x-data
 */
export function tweetsJsParser(options: TweetsJsOptions = {}): FileParser {
  return { format: "tweets-js", parse: (input) => parseTweetsJs(input, options.ownerHandle ?? null) };
}

async function* parseTweetsJs(
  input: AsyncIterable<Chunk>,
  ownerHandle: string | null,
): AsyncGenerator<SourceItem> {
  for await (const event of streamJsonArray(stripArchivePrefix(decodeText(input)))) {
    const at = `entry ${event.index + 1}`;
    if (event.type === "error") {
      yield skipItem(at, event.truncated ? "truncated" : "invalid_json", event.detail);
      return;
    }
    const mapped = archiveTweetToPost(event.value, ownerHandle);
    yield mapped.ok ? { type: "post", post: mapped.value, at } : { type: "skip", at, reason: mapped.error };
  }
}
