/**
 * The load generator of bench/slack-ack.ts, in its own process so that timing the answers never
 * waits on the app's event loop. Each stdin line `{"url", "round", "count", "secret", "origin"}`
 * fires `count` concurrent signed slash commands at `url` and prints one line: the milliseconds
 * each waited for its HTTP answer (the ack).
 */
import { createInterface } from "node:readline";
import { signedPost, slashCommandBody } from "../test/support/slack-request.js";

interface Burst {
  url: string;
  round: number;
  count: number;
  secret: string;
  /** The Slack fake's origin, for response_urls. */
  origin: string;
}

async function fire(burst: Burst): Promise<number[]> {
  return Promise.all(
    Array.from({ length: burst.count }, async (_, i) => {
      const body = slashCommandBody({
        text: i % 2 === 0 ? "help" : `note good round ${burst.round} item ${i}`,
        user_id: `U0BENCH${String(i % 10).padStart(3, "0")}`,
        channel_id: "C0BENCH001",
        trigger_id: `bench.${burst.round}.${i}.${Math.random().toString(16).slice(2)}`,
        response_url: `${burst.origin}/response/b${burst.round}-${i}`,
      });
      const started = performance.now();
      const res = await signedPost(burst.url, { ...body, secret: burst.secret });
      const elapsed = performance.now() - started;
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`ack status ${res.status}`);
      return elapsed;
    }),
  );
}

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const timings = await fire(JSON.parse(line) as Burst);
  process.stdout.write(`${JSON.stringify(timings)}\n`);
}
