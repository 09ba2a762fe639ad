/**
 * Slack signs `v0:<timestamp>:<body>`; Bolt refuses a timestamp more than five minutes in the
 * past (a replay) but not one in the future, so a request signed now for an hour ahead would be
 * accepted then, by anyone who captured it. This refuses both directions.
 * @see https://docs.slack.dev/authentication/verifying-requests-from-slack
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Logger } from "../../src/log.js";

/** Slack's own window: five minutes either way. */
export const TIMESTAMP_WINDOW_SECONDS = 5 * 60;

/** How far ahead of `nowMs` the request says it was sent, in seconds; null when it says nothing. */
export function secondsAhead(req: Pick<IncomingMessage, "headers">, nowMs: number): number | null {
  const header = req.headers["x-slack-request-timestamp"];
  const stamp = Number(Array.isArray(header) ? header[0] : header);
  if (!header || !Number.isFinite(stamp)) return null;
  return stamp - Math.floor(nowMs / 1000);
}

/** Wraps a receiver's listener: a request stamped beyond the window ahead gets 401, as a stale one does. */
export function refuseFutureRequests(
  listener: RequestListener,
  log: Logger,
  now: () => number = Date.now,
): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const ahead = secondsAhead(req, now());
    if (ahead !== null && ahead > TIMESTAMP_WINDOW_SECONDS) {
      log.warn({ aheadSeconds: ahead }, "Slack request stamped in the future: refused");
      req.resume();
      res.writeHead(401).end();
      return;
    }
    listener(req, res);
  };
}
