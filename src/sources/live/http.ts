import type { Network } from "../../domain/post.js";
import { AfterchatError } from "../../errors.js";
import { rateLimitResetMs } from "./rate-limit.js";

/** Everything one GET needs besides its URL. Credentials live only in `headers`, never in errors. */
export interface HttpPolicy {
  network: Network;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  now: () => Date;
  maxWaitMs: number;
  /** Header a 429 carries its reset time in (see rate-limit.ts). */
  resetHeader: string;
  headers: Record<string, string>;
  signal?: AbortSignal;
}

export interface JsonResponse {
  body: unknown;
  headers: Headers;
}

/** Tries per request when the server fails (5xx or no connection): 1 + 2 retries. */
export const SERVER_ATTEMPTS = 3;
/** Back-off before retry n (1-based): 1 s, 2 s, 4 s... */
export const backoffMs = (retry: number): number => 1000 * 2 ** (retry - 1);
/** Reset times are whole seconds and clocks drift: wait one second past the announced reset. */
export const RESET_MARGIN_MS = 1000;
/** When a 429 names no reset time at all. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;
/** A server that keeps answering 429 after its own reset time is not waited for forever. */
export const RATE_LIMIT_RETRIES = 5;

/**
 * GETs a JSON document (or POSTs, with `post.body` as JSON when given: logins, session refreshes). 429: waits
 * until the announced reset (through the injected clock and sleep) if that is within `maxWaitMs`, else fails
 * with `source_rate_limited`. 5xx or no connection: retries with exponential back-off, then
 * `source_unavailable`. 401/403: `source_auth` (with `context: "anonymous"` when no credentials were sent,
 * which picks the sentence that says how to log in). Any other non-2xx, or a body that is not JSON:
 * `source_bad_response`. A refused request's error name (XRPC `error`, e.g. "ExpiredToken") is kept as the
 * `apiError` param, so a caller can refresh a session and try again.
 */
export async function getJson(
  url: string,
  policy: HttpPolicy,
  post?: { body?: unknown },
): Promise<JsonResponse> {
  const { network } = policy;
  let serverFailures = 0;
  let rateLimits = 0;
  for (;;) {
    policy.signal?.throwIfAborted();
    let response: Response | null = null;
    try {
      response = await policy.fetch(url, {
        ...(post ? { method: "POST" } : {}),
        ...(post?.body !== undefined ? { body: JSON.stringify(post.body) } : {}),
        headers: {
          accept: "application/json",
          ...(post?.body !== undefined ? { "content-type": "application/json" } : {}),
          ...policy.headers,
        },
        signal: policy.signal,
      });
    } catch (error) {
      policy.signal?.throwIfAborted();
      serverFailures += 1;
      if (serverFailures >= SERVER_ATTEMPTS) {
        throw new AfterchatError("source_unavailable", { network, status: 0 }, { cause: error });
      }
      await policy.sleep(backoffMs(serverFailures));
      continue;
    }

    if (response.status === 429) {
      await discard(response);
      rateLimits += 1;
      const nowMs = policy.now().getTime();
      const resetMs = rateLimitResetMs(response.headers, policy.resetHeader, nowMs);
      const waitMs =
        resetMs === null ? DEFAULT_RATE_LIMIT_WAIT_MS : Math.max(0, resetMs - nowMs) + RESET_MARGIN_MS;
      if (waitMs > policy.maxWaitMs || rateLimits > RATE_LIMIT_RETRIES) {
        const retryAt = new Date(resetMs ?? nowMs + waitMs).toISOString();
        throw new AfterchatError("source_rate_limited", { network, retryAt });
      }
      await policy.sleep(waitMs);
      continue;
    }
    if (response.status >= 500) {
      await discard(response);
      serverFailures += 1;
      if (serverFailures >= SERVER_ATTEMPTS) {
        throw new AfterchatError("source_unavailable", { network, status: response.status });
      }
      await policy.sleep(backoffMs(serverFailures));
      continue;
    }
    if (response.status === 401 || response.status === 403) {
      const apiError = await errorName(response);
      const authenticated = Object.keys(policy.headers).some(
        (name) => name.toLowerCase() === "authorization",
      );
      throw new AfterchatError("source_auth", {
        network,
        status: response.status,
        authenticated: String(authenticated),
        ...(authenticated ? {} : { context: "anonymous" }),
        ...(apiError ? { apiError } : {}),
      });
    }
    if (!response.ok) {
      let apiError: string | null = null;
      if (response.status === 400) apiError = await errorName(response);
      else await discard(response);
      throw new AfterchatError("source_bad_response", {
        network,
        status: response.status,
        detail: "http_status",
        ...(apiError ? { apiError } : {}),
      });
    }
    const text = await response.text();
    try {
      return { body: JSON.parse(text), headers: response.headers };
    } catch (error) {
      throw new AfterchatError(
        "source_bad_response",
        { network, status: response.status, detail: "invalid_json" },
        { cause: error },
      );
    }
  }
}

/**
 * The error name of a refused request's JSON body (`{"error":"ExpiredToken","message":...}`, as XRPC
 * servers answer), or null. Only the name is kept: messages may echo what was sent.
 */
async function errorName(response: Response): Promise<string | null> {
  try {
    const text = await response.text();
    const body: unknown = JSON.parse(text.slice(0, 4096));
    const name = typeof body === "object" && body !== null ? (body as { error?: unknown }).error : null;
    return typeof name === "string" && /^[A-Za-z]{1,64}$/.test(name) ? name : null;
  } catch {
    return null;
  }
}

/** Frees the connection of a response whose body is not read. */
async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // the body is unwanted; a failure to cancel it changes nothing
  }
}
