import { z } from "zod";
import { AfterchatError } from "../../errors.js";
import type { JsonResponse } from "./http.js";

/** app.bsky.actor.getProfiles takes at most 25 actors per call (lexicon `maxLength: 25`). */
export const PROFILES_BATCH = 25;

const profilesSchema = z.object({
  profiles: z.array(z.object({ did: z.string(), followersCount: z.number().optional() })),
});

/**
 * Follower counts by DID, fetched once per author for a whole pull: searchPosts' author view has
 * no follower count, getProfiles' profileViewDetailed has.
 * @see https://docs.bsky.app/docs/api/app-bsky-actor-get-profiles
 */
export class FollowerCounts {
  private readonly counts = new Map<string, number | null>();

  /** `get` sends one request the way the pull does (its headers, retries and session). */
  constructor(
    private readonly baseUrl: string,
    private readonly request: (url: string) => Promise<JsonResponse>,
  ) {}

  /** Looks up every DID not seen yet, 25 per request. */
  async load(dids: Iterable<string>): Promise<number> {
    const missing = [...new Set(dids)].filter((did) => !this.counts.has(did));
    let requests = 0;
    for (let i = 0; i < missing.length; i += PROFILES_BATCH) {
      const batch = missing.slice(i, i + PROFILES_BATCH);
      const params = new URLSearchParams();
      for (const did of batch) params.append("actors", did);
      const { body } = await this.request(`${this.baseUrl}/xrpc/app.bsky.actor.getProfiles?${params}`);
      requests += 1;
      const parsed = profilesSchema.safeParse(body);
      if (!parsed.success) {
        throw new AfterchatError("source_bad_response", { network: "bluesky", detail: "shape" });
      }
      // A profile the AppView leaves out (deleted, taken down) stays unknown rather than failing the pull.
      for (const did of batch) this.counts.set(did, null);
      for (const profile of parsed.data.profiles)
        this.counts.set(profile.did, profile.followersCount ?? null);
    }
    return requests;
  }

  get(did: string): number | null {
    return this.counts.get(did) ?? null;
  }
}
