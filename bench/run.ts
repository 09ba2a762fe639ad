/**
 * `npm run bench`: measures what the issues ask, in one run, and prints one JSON line (also written
 * to .bench/results.json). Each measurement runs in a fresh child process so peak memory is its own.
 *   - import+stats of a generated 200,000-post twarc2 archive (posts/s by wall and CPU time, peak RSS) and the ratio to a
 *     bare baseline (the same file read line by line with JSON.parse only);
 *   - importing 100,000 posts into SQLite through the real store (and re-importing them: updates), then once more
 *     while another process writes notes to the same file as a running bot does (writes lost, time added);
 *   - Slack slash-command acknowledgement latency against the real app and a bare Bolt app;
 *   - 50 OAuth-installed Slack workspaces, 3 bot processes on PostgreSQL, every debrief due at the
 *     same instant: each job once, each post with its team's token, scheduler lag (workspaces.ts).
 *   - 2,500 Discord servers (one shard's maximum) in one discord.js client: time to ready, memory
 *     (discord-guilds.ts).
 *   - whole processes of the compiled build against a bare `node -e 0` in the same run (bench/startup.ts):
 *     `afterchat help`, `afterchat report` on 100 and 200,000 posts, `npm start` to readyz 200.
 * `npm run bench` builds first, so dist/ is the code being measured.
 *   - a 2-minute burst of 366 Slack commands/s against the bot process: RSS growth, acks, answers,
 *     busy answers, the heap kept after a forced full GC (bench/burst.ts).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateTwarc } from "./generate.js";
import { benchImportStats, defaultArchive } from "./import-stats.js";
import { benchStartup } from "./startup.js";

const dir = ".bench";
mkdirSync(dir, { recursive: true });

function child(script: string, file: string, ...args: string[]): Record<string, number> {
  const out = execFileSync(process.execPath, ["--import", "tsx", join("bench", script), file, ...args], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, LOG_LEVEL: "silent" },
  });
  return JSON.parse(out.slice(out.indexOf("{")));
}

const big = await defaultArchive(dir);
const medium = join(dir, "chat-100k.jsonl");
if (!existsSync(medium)) await generateTwarc(medium, 100_000, 7);

// Best of 3 alternating runs each, wall and CPU time (see import-stats.ts).
const importStats = benchImportStats(big, 3);
const sqlite = child("child-sqlite-import.ts", medium);
// The same import while another process writes to the file as a running bot does (issue 11 point 6).
const besideBot = child("child-sqlite-import.ts", medium, "--beside") as unknown as {
  ms: number;
  beside: { done: number; failures: number; notesStored: number; notesExpected: number };
};

const startup = await benchStartup(5, 5);

let slack: object = { error: "not measured" };
try {
  const { benchSlackAck } = await import("./slack-ack.js");
  slack = await benchSlackAck();
} catch (error) {
  slack = { error: error instanceof Error ? error.message : String(error) };
}

let workspaces: object = { error: "not measured" };
try {
  const { benchWorkspaces } = await import("./workspaces.js");
  workspaces = await benchWorkspaces();
} catch (error) {
  workspaces = { error: error instanceof Error ? error.message : String(error) };
}

// One shard's worth of Discord servers (2,500) in one process: time to ready, guild cache memory.
let discordGuilds: object = { error: "not measured" };
try {
  const { benchDiscordGuilds } = await import("./discord-guilds.js");
  discordGuilds = await benchDiscordGuilds();
} catch (error) {
  discordGuilds = { error: error instanceof Error ? error.message : String(error) };
}

// A 2-minute burst of Slack commands against the bot process (bench/burst.ts); BENCH_BURST_SECONDS=0 skips it.
let burst: object = { skipped: "BENCH_BURST_SECONDS=0" };
if (process.env.BENCH_BURST_SECONDS !== "0") {
  try {
    const { benchBurst } = await import("./burst.js");
    burst = await benchBurst();
  } catch (error) {
    burst = { error: error instanceof Error ? error.message : String(error) };
  }
}

const results = {
  at: new Date().toISOString(),
  node: process.version,
  importStats,
  sqliteImport: {
    posts: sqlite.imported,
    ms: Math.round(sqlite.ms!),
    postsPerSecond: Math.round(sqlite.imported! / (sqlite.ms! / 1000)),
    reimportMs: Math.round(sqlite.reimportMs!),
    reimportUpdated: sqlite.reimportUpdated,
    reimportInserted: sqlite.reimportInserted,
    peakRssMb: Math.round(sqlite.maxRssMb!),
    besideBotMs: Math.round(besideBot.ms),
    besideBotExtraMs: Math.round(besideBot.ms - sqlite.ms!),
    besideBotWritesLost: besideBot.beside.notesExpected - besideBot.beside.notesStored,
    besideBotWriteFailures: besideBot.beside.failures,
  },
  slackAck: slack,
  workspaces,
  discordGuilds,
  startup,
  burst,
  targets: {
    importStatsPostsPerSecond: ">= 100000",
    importStatsPeakRssMb: "< 300",
    ratioToBaseline: "< 2",
    sqliteImport100kMs: "< 5000",
    slackAckRatio: "< 1.5",
    sqliteImportBesideBotExtraMs: "< 5000",
    sqliteImportBesideBotWritesLost: "0",
    burstRssGrowthMb: "< 100",
    burstHeapKeptMb: "< 100 (heap after a forced full GC; does not depend on the machine's load)",
  },
};
writeFileSync(join(dir, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(results)}\n`);
