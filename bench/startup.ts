/**
 * Whole processes, the way a user runs them (the compiled build in dist/, `npm ci` makes it), each timed
 * right after a bare `node -e 0` so that both see the same machine load; the figures are the ratios of each
 * pair, with their spread (min, median, max over the runs):
 *   - `afterchat help`;
 *   - `afterchat report` on a 100-post twarc2 file (--json to a pipe);
 *   - `npm start`'s process (node dist/src/main.js, no platform, SQLite already migrated): spawn to readyz 200;
 *   - `afterchat report` on the 200,000-post archive against a bare readline + JSON.parse pass over it
 *     (bench/baseline.mjs), both whole processes, with their peak RSS (bench/rss-probe.mjs).
 * Run alone: `npx tsx bench/startup.ts [runs]` (after `npm run build`).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { get } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { generateTwarc } from "./generate.js";
import { defaultArchive } from "./import-stats.js";

const ROOT = resolve(import.meta.dirname, "..");
const BIN = join(ROOT, "bin/afterchat.js");
const MAIN = join(ROOT, "dist/src/main.js");

export interface Spread {
  min: number;
  median: number;
  max: number;
}

function spread(values: number[], digits = 0): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (v: number) => Number(v.toFixed(digits));
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { min: round(sorted[0]!), median: round(median), max: round(sorted.at(-1)!) };
}

const quietEnv = { ...process.env, LOG_LEVEL: "silent", NODE_OPTIONS: "" };

/** Wall time of one whole process, stdout to /dev/null. */
function timed(args: string[], env: NodeJS.ProcessEnv = quietEnv): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${run.stderr}`);
  return ms;
}

function bare(): number {
  return timed(["-e", "0"]);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  return typeof address === "object" && address ? address.port : 0;
}

function readyz(port: number): Promise<boolean> {
  return new Promise((done) => {
    const req = get({ host: "127.0.0.1", port, path: "/readyz", timeout: 500 }, (res) => {
      res.resume();
      done(res.statusCode === 200);
    });
    req.on("error", () => done(false));
    req.on("timeout", () => req.destroy());
  });
}

/** Spawn of the bot process to its first readyz 200 (polled every 10 ms), then SIGTERM. */
async function timeToReady(databaseUrl: string): Promise<number> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...quietEnv,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATABASE_URL: databaseUrl,
  };
  for (const key of ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "DISCORD_TOKEN"])
    delete env[key];
  const started = performance.now();
  const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env, stdio: "ignore" });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  try {
    while (!(await readyz(port))) {
      if (child.exitCode !== null) throw new Error("the bot exited before it was ready");
      if (performance.now() - started > 60_000) throw new Error("not ready after 60 s");
      await new Promise((done) => setTimeout(done, 10));
    }
    return performance.now() - started;
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

/** Peak RSS (MB) and wall time of a whole process, through bench/rss-probe.mjs. */
function timedWithRss(args: string[]): { ms: number; rssMb: number } {
  const dir = mkdtempSync(join(tmpdir(), "afterchat-rss-"));
  const file = join(dir, "rss");
  try {
    const ms = timed(["--import", pathToFileURL(join(ROOT, "bench/rss-probe.mjs")).href, ...args], {
      ...quietEnv,
      BENCH_RSS_FILE: file,
    });
    return { ms, rssMb: Number(readFileSync(file, "utf8")) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Paired {
  bareMs: Spread;
  ms: Spread;
  ratio: Spread;
  runs: number;
}

function paired(bareMs: number[], ms: number[]): Paired {
  return {
    bareMs: spread(bareMs),
    ms: spread(ms),
    ratio: spread(
      ms.map((m, i) => m / bareMs[i]!),
      2,
    ),
    runs: ms.length,
  };
}

export async function benchStartup(runs = 5, bigRuns = 3) {
  const dir = join(ROOT, ".bench");
  const small = join(dir, "chat-100.jsonl");
  await generateTwarc(small, 100, 3);
  const big = await defaultArchive(dir);
  const dbDir = mkdtempSync(join(tmpdir(), "afterchat-ready-"));
  const databaseUrl = `file:${join(dbDir, "afterchat.db")}`;
  try {
    const firstStartMs = await timeToReady(databaseUrl); // creates and migrates the database
    const rows = { help: [[], []], report100: [[], []], readyz: [[], []] } as Record<
      string,
      [number[], number[]]
    >;
    for (let run = 0; run < runs; run += 1) {
      rows.help![0].push(bare());
      rows.help![1].push(timed([BIN, "help"]));
      rows.report100![0].push(bare());
      rows.report100![1].push(timed([BIN, "report", small, "--hashtag", "benchchat", "--json"]));
      rows.readyz![0].push(bare());
      rows.readyz![1].push(await timeToReady(databaseUrl));
    }
    const baseline: number[] = [];
    const report: number[] = [];
    const baselineRss: number[] = [];
    const reportRss: number[] = [];
    for (let run = 0; run < bigRuns; run += 1) {
      const b = timedWithRss([join(ROOT, "bench/baseline.mjs"), big]);
      const r = timedWithRss([BIN, "report", big, "--hashtag", "benchchat", "--host", "chathost", "--json"]);
      baseline.push(b.ms);
      baselineRss.push(b.rssMb);
      report.push(r.ms);
      reportRss.push(r.rssMb);
    }
    return {
      help: paired(...rows.help!),
      report100: paired(...rows.report100!),
      readyz: { ...paired(...rows.readyz!), firstStartMs: Math.round(firstStartMs) },
      report200k: {
        baselineMs: spread(baseline),
        ms: spread(report),
        ratio: spread(
          report.map((m, i) => m / baseline[i]!),
          2,
        ),
        peakRssMb: spread(reportRss),
        baselinePeakRssMb: spread(baselineRss),
        runs: bigRuns,
      },
      targets: {
        helpRatio: "<= 3",
        report100Ratio: "<= 6",
        readyzMs: "<= 1000",
        report200kRatio: "<= 1.5",
        report200kPeakRssMb: "<= 250",
      },
    };
  } finally {
    rmSync(dbDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.stdout.write(`${JSON.stringify(await benchStartup(Number(process.argv[2] ?? 5)))}\n`);
}
