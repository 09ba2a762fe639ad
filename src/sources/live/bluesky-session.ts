/**
 * A Bluesky login with a handle and an app password: `com.atproto.server.createSession` gives a short-lived
 * access JWT (about two hours) and a refresh JWT. The public AppView refuses `searchPosts` pagination (and
 * at times any search) without one; logged in, searches go through the PDS, which proxies them to the
 * AppView. When the access token expires (XRPC error `ExpiredToken`, HTTP 400 or 401), the session is
 * refreshed (`com.atproto.server.refreshSession`, the refresh JWT as bearer) and the request sent again; if
 * the refresh token is refused too, it logs in again, once.
 * @see https://docs.bsky.app/docs/api/com-atproto-server-create-session
 * @see https://docs.bsky.app/docs/api/com-atproto-server-refresh-session
 */
import { z } from "zod";
import { AfterchatError, isAfterchatError } from "../../errors.js";
import { getJson, type HttpPolicy } from "./http.js";

export interface BlueskyCredentials {
  /** Handle or e-mail. */
  identifier: string;
  /** An app password (Settings > App passwords), never the account password. */
  password: string;
}

const sessionSchema = z.object({ accessJwt: z.string().min(1), refreshJwt: z.string().min(1).optional() });

/** Error names of an access token that needs refreshing (atproto's auth verifier). */
const EXPIRED = new Set(["ExpiredToken", "InvalidToken"]);

export class BlueskySession {
  #access: string | null = null;
  #refresh: string | null = null;

  /** `policy.headers` is the one every request of the pull sends: the session keeps its Authorization. */
  constructor(
    private readonly pdsUrl: string,
    private readonly credentials: BlueskyCredentials,
    private readonly policy: HttpPolicy,
  ) {}

  /** Logs in (createSession) and sets the Authorization header. */
  async login(): Promise<void> {
    const { body } = await getJson(
      `${this.pdsUrl}/xrpc/com.atproto.server.createSession`,
      { ...this.policy, headers: {} },
      { body: { identifier: this.credentials.identifier, password: this.credentials.password } },
    );
    this.use(body);
  }

  /** Runs a request; on an expired token, refreshes the session (or logs in again) and runs it once more. */
  async run<T>(request: () => Promise<T>): Promise<T> {
    if (this.#access === null) await this.login();
    try {
      return await request();
    } catch (error) {
      if (!isExpired(error)) throw error;
      await this.renew();
      return request();
    }
  }

  private async renew(): Promise<void> {
    if (this.#refresh !== null) {
      try {
        const { body } = await getJson(
          `${this.pdsUrl}/xrpc/com.atproto.server.refreshSession`,
          { ...this.policy, headers: { authorization: `Bearer ${this.#refresh}` } },
          {},
        );
        this.use(body);
        return;
      } catch (error) {
        if (!isExpired(error) && !(isAfterchatError(error) && error.code === "source_auth")) throw error;
      }
    }
    await this.login();
  }

  private use(body: unknown): void {
    const session = sessionSchema.safeParse(body);
    if (!session.success)
      throw new AfterchatError("source_bad_response", { network: "bluesky", detail: "shape" });
    this.#access = session.data.accessJwt;
    this.#refresh = session.data.refreshJwt ?? null;
    this.policy.headers = { authorization: `Bearer ${this.#access}` };
  }
}

function isExpired(error: unknown): boolean {
  if (!isAfterchatError(error)) return false;
  const name = error.params.apiError;
  return (error.code === "source_bad_response" || error.code === "source_auth") && EXPIRED.has(String(name));
}
