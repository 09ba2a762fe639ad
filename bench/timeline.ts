/**
 * Where the time of a threaded `afterchat report` goes: a copy of the build (bin/ and dist/ in
 * .bench/timeline/) gets timing marks written to stderr at the steps below, then runs the report of the 200k
 * archive `runs` times. Prints one JSON line: per step, min/median/max of its time since the process started
 * (performance.now(); the worker's marks are put on the main thread's clock), and of the gaps between steps.
 * The build itself is never touched. A mark whose code moved fails loudly: update its pattern here.
 *
 *   npm run build && npx tsx bench/timeline.ts [runs=7] [threads=2]
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultArchive } from "./import-stats.js";
import { spread } from "./startup.js";

const ROOT = join(import.meta.dirname, "..");
const COPY = join(ROOT, ".bench", "timeline");
const runs = Number(process.argv[2] ?? 7);
const threads = String(process.argv[3] ?? 2);

/** Code written into the copy: a mark is "@mark <step> <ms>" on a line of stderr. */
const MARK =
  'const __mark = (step) => process.stderr.write("@mark " + step + " " + performance.now().toFixed(1) + "\\n");';
const WORKER_MARK =
  'const __mark = (step) => process.stderr.write("@mark " + step + " " + (performance.timeOrigin + performance.now() - job.t0).toFixed(1) + "\\n");';

/** [file under the copy, pattern, replacement]: each pattern must occur exactly once. */
const PATCHES: Array<[string, string, string]> = [
  [
    "bin/afterchat.js",
    "try {\n  process.exitCode = await runCli(",
    `${MARK}\nprocess.on("exit", () => __mark("exit"));\ntry {\n  process.exitCode = await runCli(`,
  ],
  ["bin/afterchat.js", "  await workers?.close();", '  __mark("written");\n  await workers?.close();'],
  [
    "dist/src/app/report/file-parts.js",
    "    const { here, others } = await runAll(",
    '    __mark("mainStart");\n    const { here, others } = await runAll(',
  ],
  [
    "dist/src/app/report/file-parts.js",
    "    const report = mergeInto(",
    '    __mark("bothDone");\n    const report = mergeInto(',
  ],
  [
    "dist/src/app/report/file-parts.js",
    "    if (report === null)\n        return null;",
    '    __mark("merged");\n    if (report === null)\n        return null;',
  ],
  [
    "dist/src/app/report/file-parts.js",
    "stop.signal);\n",
    'stop.signal);\n    here.then(() => __mark("mainDone"));\n',
  ],
  [
    "dist/src/app/report/file-parts.js",
    "            else\n                resolve(message.result);",
    '            else {\n                __mark("resultArrived");\n                resolve(message.result);\n            }',
  ],
  [
    "dist/src/app/report/file-parts.js",
    "taken.worker.postMessage(job);",
    "taken.worker.postMessage({ ...job, t0: performance.timeOrigin });",
  ],
  [
    "dist/src/app/report/range-worker.js",
    "const port = parentPort;",
    "const __loaded = performance.timeOrigin + performance.now();\nconst port = parentPort;",
  ],
  [
    "dist/src/app/report/range-worker.js",
    "    const result = await readRange(",
    `    ${WORKER_MARK}\n    process.stderr.write("@mark workerLoaded " + (__loaded - job.t0).toFixed(1) + "\\n");\n    __mark("workerStart");\n    const result = await readRange(`,
  ],
  [
    "dist/src/app/report/range-worker.js",
    '    port.postMessage({ type: "done", result }',
    '    __mark("workerDone");\n    port.postMessage({ type: "done", result }',
  ],
];

function patchedCopy(): void {
  rmSync(COPY, { recursive: true, force: true });
  mkdirSync(COPY, { recursive: true });
  cpSync(join(ROOT, "bin"), join(COPY, "bin"), { recursive: true });
  cpSync(join(ROOT, "dist"), join(COPY, "dist"), { recursive: true });
  const fileParts = join(COPY, "dist/src/app/report/file-parts.js");
  writeFileSync(fileParts, `${MARK}\n${readFileSync(fileParts, "utf8")}`);
  for (const [file, pattern, replacement] of PATCHES) {
    const path = join(COPY, file);
    const text = readFileSync(path, "utf8");
    const count = text.split(pattern).length - 1;
    if (count !== 1) throw new Error(`${file}: the pattern for a mark occurs ${count} times (expected once)`);
    writeFileSync(path, text.replace(pattern, replacement));
  }
}

/** Gaps worth reading, each [name, from step, to step]. */
const GAPS: Array<[string, string, string]> = [
  ["mainRead", "mainStart", "mainDone"],
  ["workerRead", "workerStart", "workerDone"],
  ["workerAfterMain", "mainDone", "workerDone"],
  ["resultTravel", "workerDone", "resultArrived"],
  ["absorbAndFinish", "bothDone", "merged"],
  ["writeReport", "merged", "written"],
];

const archive = await defaultArchive(join(ROOT, ".bench"));
patchedCopy();
const steps = new Map<string, number[]>();
const gaps = new Map<string, number[]>();
const push = (map: Map<string, number[]>, key: string, value: number) =>
  map.set(key, [...(map.get(key) ?? []), value]);
for (let run = 0; run < runs; run += 1) {
  const child = spawnSync(
    process.execPath,
    [join(COPY, "bin/afterchat.js"), "report", archive, "--json", "--threads", threads],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, NODE_OPTIONS: "" },
    },
  );
  if (child.status !== 0) throw new Error(`report failed (${child.status}): ${child.stderr}`);
  const marks = new Map<string, number>();
  for (const [, step, ms] of child.stderr.matchAll(/^@mark (\w+) ([\d.]+)$/gm)) marks.set(step!, Number(ms));
  for (const [step, ms] of marks) push(steps, step, ms);
  for (const [name, from, to] of GAPS) {
    const start = marks.get(from);
    const end = marks.get(to);
    if (start !== undefined && end !== undefined) push(gaps, name, end - start);
  }
}
rmSync(COPY, { recursive: true, force: true });
const summary = (map: Map<string, number[]>) =>
  Object.fromEntries([...map].map(([key, values]) => [key, spread(values)]));
process.stdout.write(
  `${JSON.stringify({ runs, threads: Number(threads), steps: summary(steps), gaps: summary(gaps) })}\n`,
);
