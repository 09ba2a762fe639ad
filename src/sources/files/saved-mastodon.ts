import { mapMastodonStatus } from "../live/mastodon-map.js";
import type { FileParser, SourceItem } from "../types.js";
import { objectAt, stringAt } from "./json.js";
import { jsonDocumentItems } from "./json-document.js";
import type { Chunk } from "./text.js";

/**
 * Mastodon statuses saved as a JSON file, mapped by the live pull's mapper (mastodon-map.ts): an array of
 * statuses (`/api/v1/timelines/tag/:tag`, home, public and account timelines) or one status
 * (`/api/v1/statuses/:id`). The instance is not in the file: each status's local accounts are qualified
 * with the host of the account's profile URL (else the status URL), which is the instance that served it.
 * @see https://docs.joinmastodon.org/entities/Status/
 */
export function savedMastodonParser(): FileParser {
  return { format: "mastodon-json", parse: parseSavedMastodon };
}

function parseSavedMastodon(input: AsyncIterable<Chunk>): AsyncGenerator<SourceItem> {
  return jsonDocumentItems(input, {
    element: (status, entry) => [mapMastodonStatus(status, `entry ${entry}`, hostOf(status))],
    document: (status) => [mapMastodonStatus(status, "entry 1", hostOf(status))],
  });
}

function hostOf(status: unknown): string {
  const candidates = [
    stringAt(objectAt(status, "account"), "url"),
    stringAt(status, "url"),
    stringAt(status, "uri"),
  ];
  for (const url of candidates) {
    if (url === null) continue;
    try {
      return new URL(url).host;
    } catch {
      // not a URL: try the next one
    }
  }
  // No URL at all: local handles stay bare (qualify() leaves them as they are).
  return "";
}
