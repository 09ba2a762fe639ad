/**
 * The load generator of bench/burst.ts, in its own process: `rate` signed slash commands a second
 * for `seconds` seconds at `url` (help and notes, from 500 people), then prints one JSON line: how
 * many were sent, acked (HTTP 200) or not (and why), acked with the busy answer, and the ack times' p50 / p99
 * in ms.
 *   node --import tsx bench/burst-load-child.ts '{"url","origin","secret","rate","seconds"}'
 */
import { translator } from "../src/i18n/index.js";
import { signedPost, slashCommandBody } from "../test/support/slack-request.js";

/** The busy answer rides on the ack (adapters/slack/listeners/commands). */
const BUSY = [translator("en").t("errors.busy"), translator("fr").t("errors.busy")];

const { url, origin, secret, rate, seconds } = JSON.parse(process.argv[2] ?? "{}") as {
  url: string;
  origin: string;
  secret: string;
  rate: number;
  seconds: number;
};

const timings: number[] = [];
let sent = 0;
let failed = 0;
/** Why requests got no ack, by cause (ECONNRESET, UND_ERR_CONNECT_TIMEOUT, HTTP 503...). */
const failures: Record<string, number> = {};
const fail = (why: string) => {
  failed += 1;
  failures[why] = (failures[why] ?? 0) + 1;
};
let busyAcks = 0;
const inFlight = new Set<Promise<void>>();

function fire(i: number): void {
  const body = slashCommandBody({
    text: i % 2 === 0 ? "help" : `note good burst item ${i}`,
    user_id: `U0BURST${String(i % 500).padStart(4, "0")}`,
    channel_id: "C0BURST001",
    trigger_id: `burst.${i}.${Math.random().toString(16).slice(2)}`,
    response_url: `${origin}/response/burst-${i}`,
  });
  const started = performance.now();
  const done = signedPost(url, { ...body, secret })
    .then(async (res) => {
      const text = await res.text();
      if (res.status !== 200) fail(`HTTP ${res.status}`);
      else {
        timings.push(performance.now() - started);
        if (BUSY.some((b) => text.includes(b))) busyAcks += 1;
      }
    })
    .catch((error: Error & { cause?: { code?: string } }) => fail(error.cause?.code ?? error.name))
    .finally(() => inFlight.delete(done));
  inFlight.add(done);
}

const start = performance.now();
await new Promise<void>((resolve) => {
  const timer = setInterval(() => {
    const elapsed = (performance.now() - start) / 1000;
    const due = Math.min(Math.floor(elapsed * rate), Math.floor(seconds * rate));
    while (sent < due) fire(sent++);
    if (elapsed >= seconds) {
      clearInterval(timer);
      resolve();
    }
  }, 10);
});
await Promise.all(inFlight);
timings.sort((a, b) => a - b);
const at = (p: number) => Math.round(timings[Math.max(0, Math.ceil((p / 100) * timings.length) - 1)] ?? 0);
process.stdout.write(
  `${JSON.stringify({ sent, acked: timings.length, notAcked: failed, failures, busyAcks, ackP50Ms: at(50), ackP99Ms: at(99) })}\n`,
);
