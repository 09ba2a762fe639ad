/**
 * import+stats of a twarc2 archive (what `afterchat report` runs) against the bare baseline (the same file
 * read line by line with readline + JSON.parse only), each in a fresh child process so its peak RSS is its own.
 * The two children alternate, `runs` times each, so a load change on a shared machine hits both alike; the
 * best wall time and the best CPU time (user + system, process.cpuUsage) are kept separately: on a busy
 * 2-core machine wall time measures the neighbours, CPU time measures the code.
 * Run alone: `npx tsx bench/import-stats.ts [file] [runs]`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { generateTwarc } from "./generate.js";

export interface ChildFigures {
  posts: number;
  ms: number;
  cpuMs: number;
  maxRssMb: number;
}

export interface ImportStatsFigures {
  posts: number;
  ms: number;
  cpuMs: number;
  postsPerSecond: number;
  postsPerCpuSecond: number;
  peakRssMb: number;
  baselineMs: number;
  baselineCpuMs: number;
  baselinePeakRssMb: number;
  ratioToBaseline: number;
  cpuRatioToBaseline: number;
  runs: number;
}

export function runChild(script: string, file: string): ChildFigures {
  const out = execFileSync(process.execPath, ["--import", "tsx", join("bench", script), file], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, LOG_LEVEL: "silent" },
  });
  return JSON.parse(out.slice(out.indexOf("{")));
}

/** The default archive: 200,000 posts, generated once into .bench/. */
export async function defaultArchive(dir = ".bench"): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const big = join(dir, "chat-200k.jsonl");
  if (!existsSync(big)) await generateTwarc(big, 200_000);
  return big;
}

export function benchImportStats(file: string, runs = 3): ImportStatsFigures {
  const baseline: ChildFigures[] = [];
  const stats: ChildFigures[] = [];
  for (let run = 0; run < runs; run += 1) {
    baseline.push(runChild("child-baseline.ts", file));
    stats.push(runChild("child-stats.ts", file));
  }
  const least = (runs: ChildFigures[], key: "ms" | "cpuMs" | "maxRssMb") =>
    Math.min(...runs.map((run) => run[key]));
  const most = (runs: ChildFigures[], key: "maxRssMb") => Math.max(...runs.map((run) => run[key]));
  const posts = stats[0]!.posts;
  const ms = least(stats, "ms");
  const cpuMs = least(stats, "cpuMs");
  const baselineMs = least(baseline, "ms");
  const baselineCpuMs = least(baseline, "cpuMs");
  return {
    posts,
    ms: Math.round(ms),
    cpuMs: Math.round(cpuMs),
    postsPerSecond: Math.round(posts / (ms / 1000)),
    postsPerCpuSecond: Math.round(posts / (cpuMs / 1000)),
    // The worst run: peak memory does not depend on the machine's load, and the target is a ceiling.
    peakRssMb: Math.round(most(stats, "maxRssMb")),
    baselineMs: Math.round(baselineMs),
    baselineCpuMs: Math.round(baselineCpuMs),
    baselinePeakRssMb: Math.round(most(baseline, "maxRssMb")),
    ratioToBaseline: Number((ms / baselineMs).toFixed(2)),
    cpuRatioToBaseline: Number((cpuMs / baselineCpuMs).toFixed(2)),
    runs,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = process.argv[2] ?? (await defaultArchive());
  const runs = Number(process.argv[3] ?? 3);
  process.stdout.write(`${JSON.stringify(benchImportStats(file, runs))}\n`);
}
