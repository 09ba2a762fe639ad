/**
 * Rich-text facets of a Bluesky post: hashtags and mentions. Facet indexes count UTF-8 BYTES,
 * not UTF-16 code units, so `text.slice()` would cut the wrong place after any accent or emoji.
 * @see https://docs.bsky.app/docs/advanced-guides/post-richtext
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: false });

/** The text between two UTF-8 byte offsets, or null when they are not a valid range. Never throws. */
export function sliceUtf8(text: string, byteStart: unknown, byteEnd: unknown): string | null {
  if (typeof text !== "string" || !Number.isSafeInteger(byteStart) || !Number.isSafeInteger(byteEnd))
    return null;
  const start = byteStart as number;
  const end = byteEnd as number;
  const bytes = encoder.encode(text);
  if (start < 0 || end < start || end > bytes.length) return null;
  return decoder.decode(bytes.subarray(start, end));
}

export interface FacetRefs {
  hashtags: string[];
  /** Handles (lower-case, without `@`) read from the text the facet covers; the DID when unreadable. */
  mentions: string[];
}

const TAG = "app.bsky.richtext.facet#tag";
const MENTION = "app.bsky.richtext.facet#mention";

/** Reads `record.facets` (untrusted JSON) without throwing. */
export function readFacets(text: string, facets: unknown): FacetRefs {
  const hashtags: string[] = [];
  const mentions: string[] = [];
  for (const facet of Array.isArray(facets) ? facets : []) {
    const index = field(facet, "index");
    const features = field(facet, "features");
    for (const feature of Array.isArray(features) ? features : []) {
      const type = field(feature, "$type");
      if (type === TAG) {
        const tag = field(feature, "tag");
        if (typeof tag === "string" && tag !== "") hashtags.push(tag.replace(/^#/, "").toLowerCase());
      } else if (type === MENTION) {
        const covered = sliceUtf8(text, field(index, "byteStart"), field(index, "byteEnd"));
        const handle = covered?.trim().replace(/^@/, "");
        const did = field(feature, "did");
        if (handle) mentions.push(handle.toLowerCase());
        else if (typeof did === "string" && did !== "") mentions.push(did);
      }
    }
  }
  return { hashtags, mentions };
}

function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}
