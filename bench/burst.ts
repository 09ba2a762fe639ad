/**
 * A burst of Slack commands against the bot as a real process (`src/main.ts`, SQLite, HTTP mode,
 * the Slack fake in another process): `rate` commands a second for `seconds` seconds (default 366/s
 * for 120 s, BENCH_BURST_RATE / BENCH_BURST_SECONDS), from a load generator in a third process.
 * Reports the bot's RSS (sampled from /proc every 250 ms) before, at peak and after, how many
 * commands were acked, answered, and told busy (the bounded line of src/work-queue.ts), and how
 * long the last answers took to arrive after the burst. RSS follows when V8 chooses to collect (a loaded
 * machine delays it); the heap after a forced full collection (bench/heap-probe.mjs, at idle and once every
 * answer is in) does not: `heapKeptMb` is what the burst left behind. BENCH_HEAP_SNAPSHOT_DIR=<dir> also writes
 * the two heap snapshots there, BENCH_HEAP_ALLOC_PROFILE=<file> what the burst allocated (bench/heap-probe.mjs);
 * BENCH_BURST_NODE_FLAGS adds V8 flags to the bot (space-separated); BENCH_MEM_TRACE=<file> has the bot write where
 * its RSS sits every 250 ms (V8 spaces, external, native: bench/heap-probe.mjs). WORK_CONCURRENCY, WORK_QUEUE_SIZE,
 * WORK_MAX_UNACKED and HEAP_GROWTH_PERCENT are passed on to the bot.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
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

/** CPU seconds (user + system) the process has used: what collecting more often costs. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
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
  /** Why the others were not acked, by cause (the load generator's view). */
  failures: Record<string, number>;
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
  /** The bot's CPU time over the burst and until its last answer (s). */
  botCpuS: number;
  /** From the end of the burst until every acked command had its answer (or 60 s). */
  lastAnswerAfterBurstMs: number;
  /** Heap used after a forced full collection: at idle before the burst, and once every answer is in. */
  heapIdleMb: number;
  heapAfterMb: number;
  heapKeptMb: number;
  /** The whole probe at the end: RSS beyond the heap is pages V8 or malloc kept, not live objects. */
  afterGc: HeapAfterGc;
}

/** What bench/heap-probe.mjs reports after a forced full collection (MB). */
export interface HeapAfterGc {
  heapUsedMb: number;
  heapTotalMb: number;
  rssMb: number;
  externalMb: number;
  arrayBuffersMb: number;
  /** Collections since the previous probe (from idle to the end here), by kind: count and pause ms. */
  gcs: Record<string, { count: number; ms: number }>;
}

/** The bot's limits, when set here (the bot's environment is otherwise its own). */
function limits(): NodeJS.ProcessEnv {
  const names = ["WORK_CONCURRENCY", "WORK_QUEUE_SIZE", "WORK_MAX_UNACKED", "HEAP_GROWTH_PERCENT"];
  return Object.fromEntries(names.filter((n) => process.env[n]).map((n) => [n, process.env[n]]));
}

/** Forces a full collection in the bot (bench/heap-probe.mjs) and reads what it then held. */
async function heapAfterGc(pid: number, file: string, count: number): Promise<HeapAfterGc> {
  process.kill(pid, "SIGUSR2");
  for (let i = 0; i < 600; i += 1) {
    const lines = existsSync(file) ? readFileSync(file, "utf8").trim().split("\n") : [];
    if (lines.length >= count && lines[count - 1]) return JSON.parse(lines[count - 1]!) as HeapAfterGc;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the bot did not report its heap");
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
  const heapFile = join(dir, "heap.jsonl");
  const flags = (process.env.BENCH_BURST_NODE_FLAGS ?? "").split(" ").filter(Boolean);
  const probe = join(process.cwd(), "bench/heap-probe.mjs");
  const args = [
    ...flags,
    "--expose-gc",
    "--import",
    probe,
    "--import",
    loader,
    join(process.cwd(), "src/main.ts"),
  ];
  const bot = spawn(process.execPath, args, {
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
      BENCH_HEAP_FILE: heapFile,
      ...(process.env.BENCH_HEAP_SNAPSHOT_DIR
        ? { BENCH_HEAP_SNAPSHOT_DIR: process.env.BENCH_HEAP_SNAPSHOT_DIR }
        : {}),
      ...(process.env.BENCH_HEAP_ALLOC_PROFILE
        ? { BENCH_HEAP_ALLOC_PROFILE: process.env.BENCH_HEAP_ALLOC_PROFILE }
        : {}),
      ...(process.env.BENCH_MEM_TRACE ? { BENCH_MEM_TRACE: process.env.BENCH_MEM_TRACE } : {}),
      ...limits(),
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
    // RSS first: a heap snapshot (BENCH_HEAP_SNAPSHOT_DIR) inflates it.
    const rssBeforeMb = rssMb(bot.pid!);
    const heapIdleMb = (await heapAfterGc(bot.pid!, heapFile, 1)).heapUsedMb;
    const cpuBefore = cpuSeconds(bot.pid!);
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
      failures: Record<string, number>;
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
    const botCpuS = Math.round((cpuSeconds(bot.pid!) - cpuBefore) * 10) / 10;
    const afterGc = await heapAfterGc(bot.pid!, heapFile, 2);
    const heapAfterMb = afterGc.heapUsedMb;
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
      botCpuS,
      lastAnswerAfterBurstMs,
      heapIdleMb,
      heapAfterMb,
      heapKeptMb: Math.round((heapAfterMb - heapIdleMb) * 10) / 10,
      afterGc,
    };
  } finally {
    bot.kill("SIGKILL");
    fake.proc.stdin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.stdout.write(`${JSON.stringify(await benchBurst())}\n`);
