import { createHmac } from "node:crypto";
import {
  blockActionPayload,
  eventCallbackPayload,
  SLACK_DEFAULTS,
  type SlashCommandFields,
  slashCommandPayload,
  viewSubmissionPayload,
} from "./slack-payloads.js";

/**
 * Signed HTTP requests for Bolt's HTTPReceiver, as Slack sends them.
 * @see https://docs.slack.dev/authentication/verifying-requests-from-slack
 */

/** A raw request body and its content type; every *Body helper returns one, ready to spread into signedPost. */
export interface SlackBody {
  body: string;
  contentType: string;
}

export interface SignedPostOptions extends SlackBody {
  secret: string;
  /** Unix seconds; defaults to now. Use `now - 6 * 60` for a stale request. */
  timestamp?: number;
  /** Replaces the computed signature (to forge one). */
  signature?: string;
  /** Sends neither x-slack-signature nor x-slack-request-timestamp. */
  unsigned?: boolean;
  retryNum?: number;
  retryReason?: string;
}

/** "v0=" + hex HMAC-SHA256(secret, `v0:${timestamp}:${rawBody}`). */
export function slackSignature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${rawBody}`).digest("hex")}`;
}

/**
 * POSTs a signed request. `url` may be a bare origin ("http://127.0.0.1:PORT"): the path then defaults to
 * Bolt's default endpoint, /slack/events.
 */
export async function signedPost(url: string, options: SignedPostOptions): Promise<Response> {
  const target = new URL(url);
  if (target.pathname === "/" || target.pathname === "") target.pathname = "/slack/events";
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { "content-type": options.contentType };
  if (!options.unsigned) {
    headers["x-slack-request-timestamp"] = String(timestamp);
    headers["x-slack-signature"] =
      options.signature ?? slackSignature(options.secret, timestamp, options.body);
  }
  if (options.retryNum !== undefined) headers["x-slack-retry-num"] = String(options.retryNum);
  if (options.retryReason !== undefined) headers["x-slack-retry-reason"] = options.retryReason;
  return fetch(target, { method: "POST", headers, body: options.body });
}

const FORM = "application/x-www-form-urlencoded";

/** A slash command as Slack posts it: form-urlencoded fields (see slashCommandPayload for the defaults). */
export function slashCommandBody(fields: SlashCommandFields = {}): SlackBody {
  return { body: new URLSearchParams(slashCommandPayload(fields)).toString(), contentType: FORM };
}

/** Interactive payloads are posted as one form field, `payload`, holding JSON. */
export function interactionBody(payload: Record<string, unknown>): SlackBody {
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: FORM };
}

/** A block_actions request; `overrides` are merged shallowly into blockActionPayload()'s defaults. */
export function blockActionBody(overrides: Record<string, unknown> = {}): SlackBody {
  return interactionBody(blockActionPayload(overrides));
}

/** A view_submission request; `view` is merged into the default modal view. */
export function viewSubmissionBody(
  overrides: Record<string, unknown> = {},
  view: Record<string, unknown> = {},
): SlackBody {
  return interactionBody(viewSubmissionPayload(overrides, view));
}

/** An Events API request (event_callback envelope around `event`), posted as JSON. */
export function eventBody(
  event: Record<string, unknown>,
  overrides: Record<string, unknown> = {},
): SlackBody {
  return { body: JSON.stringify(eventCallbackPayload(event, overrides)), contentType: "application/json" };
}

/** The url_verification handshake Slack sends when the Request URL is saved; Bolt answers with the challenge. */
export function urlVerificationBody(challenge: string): SlackBody {
  return {
    body: JSON.stringify({ token: SLACK_DEFAULTS.token, challenge, type: "url_verification" }),
    contentType: "application/json",
  };
}
