/**
 * A watched chat's side of a comparison: its reported editions' stored summaries (src/domain/watch.ts), the
 * figures the scheduler pulled after each one ended. A summary keeps who took part ("network:handle") but not
 * their names nor how much each posted: those stay unknown (null), never 0.
 */
import type { ComparedEdition, EditionParticipant } from "../../domain/compare.js";
import { isNetwork } from "../../domain/post.js";
import type { Watch } from "../../domain/watch.js";
import type { Store } from "../../ports.js";

export async function watchedEditions(store: Store, watch: Watch, last: number): Promise<ComparedEdition[]> {
  const editions = await store.watchEditions.list(watch.workspaceId, watch.id, {
    status: "reported",
    limit: last,
  });
  return editions.flatMap((edition) =>
    edition.summary === null
      ? []
      : [
          {
            startsAt: edition.startsAt,
            headline: edition.summary.headline,
            participants: edition.summary.participants.flatMap(participantOfKey),
          },
        ],
  );
}

/** "x:ana" -> a participant whose name and post count are unknown; a malformed key -> none. */
export function participantOfKey(key: string): EditionParticipant[] {
  const at = key.indexOf(":");
  const network = key.slice(0, at);
  const handle = key.slice(at + 1);
  if (at < 1 || handle === "" || !isNetwork(network)) return [];
  return [{ network, handle, name: null, posts: null }];
}
