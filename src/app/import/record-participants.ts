/**
 * Who took part in an edition, recorded from its stored posts once an import has stored some, so
 * the roster (`/afterchat roster`, `afterchat export roster`) counts them without waiting for the
 * edition's report, which records the same participations again when it runs.
 */
import { ContributionCollector } from "../../domain/contributions.js";
import type { Store } from "../../ports.js";

export async function recordParticipants(
  store: Store,
  workspaceId: string,
  editionId: string,
): Promise<void> {
  const contributions = new ContributionCollector();
  for await (const post of store.posts.streamByEdition(workspaceId, editionId)) contributions.add(post);
  await store.participants.recordEdition(workspaceId, editionId, contributions.result());
}
