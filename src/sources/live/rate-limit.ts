import { parseTimestamp } from "./timestamp.js";

/**
 * When a 429 says the window reopens, in epoch milliseconds, or null when it does not say.
 * The networks disagree on the unit:
 * - X: `x-rate-limit-reset`, epoch seconds (https://docs.x.com/fundamentals/rate-limits)
 * - Bluesky: `ratelimit-reset`, epoch seconds (atproto xrpc-server rate-limiter.ts setStatusHeaders)
 * - Mastodon: `x-ratelimit-reset`, an ISO 8601 timestamp (https://docs.joinmastodon.org/api/rate-limits/)
 * so a number is read as epoch seconds and anything else as a timestamp. `retry-after` (seconds)
 * is the fallback some proxies send instead.
 */
export function rateLimitResetMs(headers: Headers, resetHeader: string, nowMs: number): number | null {
  const reset = headers.get(resetHeader)?.trim();
  if (reset) {
    if (/^\d+(\.\d+)?$/.test(reset)) return Number(reset) * 1000;
    const date = parseTimestamp(reset);
    if (date) return date.getTime();
  }
  const retryAfter = headers.get("retry-after")?.trim();
  if (retryAfter && /^\d+$/.test(retryAfter)) return nowMs + Number(retryAfter) * 1000;
  return null;
}
