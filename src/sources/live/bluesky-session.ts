/**
 * Logs in to a Bluesky PDS with a handle and an app password (`com.atproto.server.createSession`)
 * for an access token. The public AppView refuses `searchPosts` pagination (and at times any search)
 * without one; logged in, searches go through the PDS, which proxies them to the AppView.
 * @see https://docs.bsky.app/docs/api/com-atproto-server-create-session
 */
import { z } from "zod";
import { AfterchatError } from "../../errors.js";
import { getJson, type HttpPolicy } from "./http.js";

export interface BlueskyCredentials {
  /** Handle or e-mail. */
  identifier: string;
  /** An app password (Settings > App passwords), never the account password. */
  password: string;
}

const sessionSchema = z.object({ accessJwt: z.string().min(1) });

export async function createSession(
  pdsUrl: string,
  credentials: BlueskyCredentials,
  policy: HttpPolicy,
): Promise<string> {
  const { body } = await getJson(
    `${pdsUrl}/xrpc/com.atproto.server.createSession`,
    { ...policy, headers: {} },
    {
      body: { identifier: credentials.identifier, password: credentials.password },
    },
  );
  const session = sessionSchema.safeParse(body);
  if (!session.success)
    throw new AfterchatError("source_bad_response", { network: "bluesky", detail: "shape" });
  return session.data.accessJwt;
}
