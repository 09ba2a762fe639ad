/**
 * Who contributed most to one edition, from its stored posts (streamed: one small record per
 * author, never the posts). Counting follows docs/metrics.md: every post counts as a post,
 * engagement (likes + reposts + replies + quotes) counts on non-repost posts only, hosts are left
 * out. The roster port only has totals across editions, hence this pass over the posts.
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
