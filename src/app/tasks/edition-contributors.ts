/**
 * Who contributed most to one edition. The report records each edition's participations
 * (src/app/report/edition-report.ts) with the counting of docs/metrics.md: every post counts as a
 * post, engagement (likes + reposts + replies + quotes) counts on non-repost posts only. Those
 * rows are read when they exist; an edition whose report never ran falls back to one pass over
 * its stored posts (streamed: one small record per author, never the posts), counted the same
 * way. Hosts are left out either way.
 */
import type { EditionContribution } from "../../domain/roster-groups.js";
import { countsOf, engagementOf } from "../../domain/stats/engagement.js";
import { normaliseHandle } from "../../domain/text.js";
import type { Store } from "../../ports.js";

export async function editionContributions(
  store: Store,
  workspaceId: string,
  editionId: string,
  hosts: readonly string[],
): Promise<EditionContribution[]> {
  const skip = new Set(hosts.map(normaliseHandle));
  const recorded = await store.participants.ofEdition(workspaceId, editionId);
  if (recorded.length > 0)
    return recorded
      .filter((c) => !skip.has(normaliseHandle(c.handle)))
      .map(({ network, handle, posts, engagement }) => ({ network, handle, posts, engagement }));
  return fromPosts(store, workspaceId, editionId, skip);
}

async function fromPosts(
  store: Store,
  workspaceId: string,
  editionId: string,
  skip: ReadonlySet<string>,
): Promise<EditionContribution[]> {
  const byAuthor = new Map<string, EditionContribution>();
  for await (const post of store.posts.streamByEdition(workspaceId, editionId)) {
    const handle = post.authorHandle.replace(/^@/, "");
    if (skip.has(normaliseHandle(handle))) continue;
    const key = `${post.network}:${normaliseHandle(handle)}`;
    let author = byAuthor.get(key);
    if (!author) {
      author = { network: post.network, handle, posts: 0, engagement: 0 };
      byAuthor.set(key, author);
    }
    author.posts += 1;
    if (post.kind !== "repost") author.engagement += engagementOf(countsOf(post));
  }
  return [...byAuthor.values()];
}
