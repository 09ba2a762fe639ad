/**
 * A series' consent policy from the store, with the "no quote" / "pas de citation" replies to a
 * host found in these posts recorded on its opt-out list first (so they hold for every later
 * edition and every artefact).
 */
import { type ConsentPolicy, optOutsFromReplies } from "../../domain/content/consent.js";
import { postLink } from "../../domain/content/links.js";
import type { Post } from "../../domain/post.js";
import type { Series } from "../../domain/series.js";
import type { Store } from "../../ports.js";

export async function seriesConsent(
  store: Store,
  series: Series,
  posts: readonly Post[],
): Promise<ConsentPolicy> {
  const ws = series.workspaceId;
  for (const optOut of optOutsFromReplies(posts, series.hosts)) {
    const asking = posts.find(
      (p) => p.network === optOut.network && p.authorHandle.toLowerCase() === optOut.handle,
    );
    await store.consent.addOptOut(
      ws,
      series.id,
      optOut,
      asking ? (postLink(asking) ?? asking.externalId) : "reply",
    );
  }
  return {
    optOuts: await store.consent.optOuts(ws, series.id),
    approvalRequired: series.settings.quoteApproval,
    approvals: series.settings.quoteApproval ? await store.consent.approvals(ws, series.id) : [],
  };
}
