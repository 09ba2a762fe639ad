/**
 * Honest backpressure before Bolt (HTTP mode). The post-ack work is bounded (src/work-queue.ts),
 * but a request waits for its ack in Bolt: when requests arrive faster than the process acks
 * them (a burst on a busy machine), each one holds its socket, body, Bolt context and promises
 * until its turn, without limit. Past `maxUnacked` requests waiting for their answer, a new one
 * on Slack's endpoint is answered at once, without going through Bolt:
 *
 * - a slash command: 200 with the ephemeral errors.busy sentence (in the person's language when
 *   already known), so the person reads "try again in a moment" instead of Slack's timeout;
 * - anything else (an event, a click, a form): 503 with Retry-After. Slack retries events
 *   (x-slack-retry-num, handled by RecentKeys); a click shows Slack's own failure mark.
 *
 * The busy answer is sent before the signature is checked: it says nothing but "busy", and
 * checking would cost the very work being shed. Health routes always pass.
 * @see https://docs.slack.dev/apis/events-api#retries
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Logger } from "../../src/log.js";

/** A command body larger than this is not read for the busy answer (Slack's are a few KB). */
const MAX_BODY_BYTES = 64 * 1024;

export interface AdmissionOptions {
  /** Requests arrived and not yet answered (AckGate). */
  pending(): number;
  maxUnacked: number;
  /** Slack's endpoint ("/slack/events"): only its requests are shed. */
  endpoint: string;
  /** The ephemeral busy body for a command from this person. */
  busyBody(who: { teamId: string; userId: string }): object;
  log: Logger;
}

export function admitRequests(listener: RequestListener, options: AdmissionOptions): RequestListener {
  let shed = 0;
  let lastLog = 0;
  return (req: IncomingMessage, res: ServerResponse) => {
    if (options.pending() < options.maxUnacked || !isSlackPost(req, options.endpoint)) {
      listener(req, res);
      return;
    }
    shed += 1;
    const now = Date.now();
    // One line a second at most: a burst must not turn into a burst of log lines.
    if (now - lastLog >= 1000) {
      options.log.warn(
        { pending: options.pending(), maxUnacked: options.maxUnacked, shed },
        "Slack requests answered busy before Bolt: too many waiting for their ack",
      );
      lastLog = now;
      shed = 0;
    }
    void answerBusy(req, res, options);
  };
}

function isSlackPost(req: IncomingMessage, endpoint: string): boolean {
  if (req.method !== "POST") return false;
  const path = (req.url ?? "").split("?", 1)[0];
  return path === endpoint;
}

async function answerBusy(req: IncomingMessage, res: ServerResponse, options: AdmissionOptions) {
  const form = String(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded");
  const body = form ? await readSmallBody(req) : null;
  if (!form) req.resume();
  const fields = body === null ? null : new URLSearchParams(body);
  const command = fields?.get("command");
  if (command && fields) {
    const who = { teamId: fields.get("team_id") ?? "", userId: fields.get("user_id") ?? "" };
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(options.busyBody(who)));
    return;
  }
  res.writeHead(503, { "retry-after": "1", "content-type": "text/plain" }).end("busy");
}

/** The body as text, or null past MAX_BODY_BYTES (the rest is drained, not kept). */
function readSmallBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => resolve(size <= MAX_BODY_BYTES ? Buffer.concat(chunks).toString("utf8") : null));
    req.on("error", () => resolve(null));
  });
}
