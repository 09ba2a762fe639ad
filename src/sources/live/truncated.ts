import type { SourceItem } from "../types.js";

/**
 * The last item of a pull that stopped before the API ran out of results, so the user learns
 * the figures are partial: `max_pages` (the page cap was reached) or `foreign_next_link`
 * (the next page was announced on another host and was not followed).
 */
export function truncated(pages: number, why: "max_pages" | "foreign_next_link"): SourceItem {
  return { type: "skip", at: `page ${pages}`, reason: { code: "truncated", detail: why } };
}
