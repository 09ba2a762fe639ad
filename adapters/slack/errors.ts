/**
 * Slack failures, classified for the user and for the logs. Web API calls fail with the
 * @slack/web-api error classes; respond() (response_url) with Bolt's RespondError. Neither is
 * logged as is: only the kind, Slack's error code and the HTTP status, so no token, signed URL
 * or request body ever reaches a log line.
 * @see https://docs.slack.dev/tools/node-slack-sdk/web-api#handle-errors
 */
import { webApi } from "@slack/bolt";
import type { ChannelRef } from "../../src/domain/workspace.js";
import { AfterchatError } from "../../src/errors.js";

export const FAILURE_KINDS = [
  "not_in_channel",
  "channel_not_found",
  "is_archived",
  "missing_scope",
  "ratelimited",
  "unavailable",
  "expired",
  "rejected",
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface SlackFailure {
  kind: FailureKind;
  /** Slack's error code ("channel_not_found"), or the client's. */
  code: string;
  status: number | null;
  /** missing_scope: the scope(s) the call needed, as Slack names them ("chat:write.public"). */
  needed?: string;
}

/**
 * Failures that the same call will meet again until someone changes something (a scope, a
 * channel membership): the user is told what and where, never to try again.
 */
const PERMANENT: ReadonlySet<FailureKind> = new Set([
  "not_in_channel",
  "channel_not_found",
  "is_archived",
  "missing_scope",
]);

const PLATFORM_KINDS: Record<string, FailureKind> = {
  not_in_channel: "not_in_channel",
  channel_not_found: "channel_not_found",
  is_archived: "is_archived",
  missing_scope: "missing_scope",
  not_allowed_token_type: "missing_scope",
  ratelimited: "ratelimited",
  rate_limited: "ratelimited",
  expired_trigger_id: "expired",
  invalid_trigger_id: "expired",
  fatal_error: "unavailable",
  internal_error: "unavailable",
  service_unavailable: "unavailable",
  request_timeout: "unavailable",
};

function byStatus(status: number): FailureKind {
  if (status === 429) return "ratelimited";
  if (status >= 500) return "unavailable";
  if (status === 404 || status === 410) return "expired";
  return "rejected";
}

/** What went wrong, when `error` is a Slack failure; null for anything else (a bug of ours). */
export function classifyFailure(error: unknown): SlackFailure | null {
  const { ErrorCode } = webApi;
  if (!(error instanceof Error)) return null;
  const coded = error as Error & { code?: string; data?: { error?: string }; statusCode?: number };
  switch (coded.code) {
    case ErrorCode.PlatformError: {
      const data = coded.data as { error?: string; needed?: unknown } | undefined;
      const code = data?.error ?? "unknown";
      const failure: SlackFailure = { kind: PLATFORM_KINDS[code] ?? "rejected", code, status: 200 };
      if (typeof data?.needed === "string" && data.needed) failure.needed = data.needed.slice(0, 200);
      return failure;
    }
    case ErrorCode.HTTPError: {
      const status = coded.statusCode ?? 0;
      return { kind: byStatus(status), code: `http_${status}`, status };
    }
    case ErrorCode.RateLimitedError:
      return { kind: "ratelimited", code: "ratelimited", status: 429 };
    case ErrorCode.RequestError: {
      // With rejectRateLimitedCalls: false the client waits out a 429 and retries; when the
      // retries run out it fails with this message wrapped in a request error.
      const original = (error as Error & { original?: Error }).original;
      const limited = /rate limit was exceeded/i.test(original?.message ?? "");
      return limited
        ? { kind: "ratelimited", code: "ratelimited", status: 429 }
        : { kind: "unavailable", code: "request_failed", status: null };
    }
  }
  // respond() posts to the response_url with fetch: Bolt's RespondError carries the status; a
  // network failure is fetch's own TypeError.
  if (coded.code === "slack_bolt_respond_error") {
    const status = coded.statusCode ?? 0;
    return { kind: byStatus(status), code: `response_url_${status}`, status };
  }
  if (error instanceof TypeError && error.message === "fetch failed")
    return { kind: "unavailable", code: "unreachable", status: null };
  return null;
}

/** Log fields for any error: the classification of a Slack failure, else the error's name. */
export function describeFailure(error: unknown): SlackFailure | { kind: "error"; name: string } {
  return (
    classifyFailure(error) ?? { kind: "error", name: error instanceof Error ? error.name : typeof error }
  );
}

/**
 * A Slack failure as an AfterchatError whose detail is a catalogue key the core translates for
 * whoever reads it; other errors pass through unchanged. Permanent failures (a missing scope, a
 * channel the bot is not in or cannot see, an archived one) become `platform_refused`, naming the
 * scope and the channel (`channel`, when the call had one) and what to do; passing ones
 * (rate limits, Slack down, an expired trigger) stay `platform_failed`, "try again".
 */
export function toPlatformError(error: unknown, channel?: ChannelRef | null): unknown {
  const failure = classifyFailure(error);
  if (!failure) return error;
  if (!PERMANENT.has(failure.kind))
    return new AfterchatError(
      "platform_failed",
      { platform: "Slack", detailKey: `slack.failure.${failure.kind}`, code: failure.code },
      { cause: failure },
    );
  // A neutral mention (`<#slack:T:C>`): Slack shows the channel's name.
  const where: Record<string, string> = channel
    ? { channel: `<#${channel}>` }
    : { channelKey: "slack.refused.thisChannel" };
  return new AfterchatError(
    "platform_refused",
    {
      platform: "Slack",
      detailKey: `slack.refused.${failure.kind}`,
      code: failure.code,
      scope: failure.needed ?? failure.code,
      ...where,
    },
    { cause: failure },
  );
}
