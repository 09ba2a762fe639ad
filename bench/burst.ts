/**
 * A burst of Slack commands against the bot as a real process (`src/main.ts`, SQLite, HTTP mode,
 * the Slack fake in another process): `rate` commands a second for `seconds` seconds (default 366/s
 * for 120 s, BENCH_BURST_RATE / BENCH_BURST_SECONDS), from a load generator in a third process.
 * Reports the bot's RSS (sampled from /proc every 250 ms) before, at peak and after, how many
 * commands were acked, answered, and told busy (the bounded line of src/work-queue.ts), and how
 * long the last answers took to arrive after the burst.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

const SECRET = "burst-bench-signing-secret";

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

function tsx(script: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const proc = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    stdio: ["pipe", "pipe", "inherit"],
    env,
  });
  const lines = createInterface({ input: proc.stdout! })[Symbol.asyncIterator]();
  return {
    proc,
    async next(): Promise<string> {
      const line = await lines.next();
      if (line.done) throw new Error(`${script} exited`);
      return line.value;
    },
  };
}

export interface BurstResult {
  rate: number;
  seconds: number;
  sent: number;
  acked: number;
  notAcked: number;
  /** Told busy in the ack itself. */
  busyAcks: number;
  ackP50Ms: number;
  ackP99Ms: number;
  answered: number;
  busy: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  rssAfterMb: number;
  rssGrowthMb: number;
  /** From the end of the burst until every acked command had its answer (or 60 s). */
  lastAnswerAfterBurstMs: number;
}

export async function benchBurst(
  rate = Number(process.env.BENCH_BURST_RATE ?? 366),
  seconds = Number(process.env.BENCH_BURST_SECONDS ?? 120),
): Promise<BurstResult> {
  const fake = tsx("bench/fake-slack-child.ts", []);
  const info = JSON.parse(await fake.next()) as { url: string; origin: string };
  const stats = async () => {
    fake.proc.stdin.write("stats\n");
    return JSON.parse(await fake.next()) as { responses: number; busy: number };
  };
  const dir = mkdtempSync(join(tmpdir(), "afterchat-burst-"));
  const port = await freePort();
  const loader = join(process.cwd(), "node_modules/tsx/dist/esm/index.mjs");
  const bot = spawn(process.execPath, ["--import", loader, join(process.cwd(), "src/main.ts")], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      PATH: process.env.PATH ?? "",
      HOME: dir,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "error",
      SCHEDULER_ENABLED: "false",
      SLACK_BOT_TOKEN: "xoxb-burst",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: info.url,
    },
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i += 1) {
      if (
        await fetch(`${base}/readyz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (i > 600) throw new Error("the bot did not start");
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 1000));
    const rssBeforeMb = rssMb(bot.pid!);
    let rssPeakMb = rssBeforeMb;
    const sampler = setInterval(() => {
      rssPeakMb = Math.max(rssPeakMb, rssMb(bot.pid!));
    }, 250);
    const load = tsx("bench/burst-load-child.ts", [
      JSON.stringify({ url: base, origin: info.origin, secret: SECRET, rate, seconds }),
    ]);
    const sent = JSON.parse(await load.next()) as {
      sent: number;
      acked: number;
      notAcked: number;
      busyAcks: number;
      ackP50Ms: number;
      ackP99Ms: number;
    };
    const burstEnded = Date.now();
    let after = await stats();
    while (after.responses < sent.acked - sent.busyAcks && Date.now() - burstEnded < 60_000) {
      await new Promise((r) => setTimeout(r, 250));
      after = await stats();
    }
    const lastAnswerAfterBurstMs = Date.now() - burstEnded;
    clearInterval(sampler);
    const rssAfterMb = rssMb(bot.pid!);
    return {
      rate,
      seconds,
      ...sent,
      answered: after.responses - after.busy,
      busy: after.busy,
      rssBeforeMb,
      rssPeakMb,
      rssAfterMb,
      rssGrowthMb: rssPeakMb - rssBeforeMb,
      lastAnswerAfterBurstMs,
    };
  } finally {
    bot.kill("SIGKILL");
    fake.proc.stdin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.stdout.write(`${JSON.stringify(await benchBurst())}\n`);
