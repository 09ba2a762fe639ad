/**
 * The worker threads of `afterchat report` on one large file, started before the command line loads anything
 * else (bin/afterchat.js): their boot (Node without its start-up snapshot, then their modules) then runs beside
 * the main thread's loading of the catalogue, the engine and the importers instead of after it. Only a guess
 * from the raw arguments, with Node built-ins and the option table alone: the real parse (args.ts) decides,
 * a worker it does not need is never taken (and never keeps the process alive), one it needs more is started then.
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { partsFor, RangeWorkers } from "../app/report/range-workers.js";
import { defaultThreads, environmentThreads } from "../config-threads.js";
import { OPTIONS } from "./options.js";

/** Workers for the range reads `argv` will ask for, or null when it is not a report of one large file. */
export function earlyRangeWorkers(
  argv: string[],
  minPartBytes?: number,
  envFile?: string,
): RangeWorkers | null {
  const parts = partsOf(argv, minPartBytes, envFile);
  return parts === null || parts < 2 ? null : new RangeWorkers(parts - 1);
}

function partsOf(argv: string[], minPartBytes?: number, envFile?: string): number | null {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
    if (positionals[0] !== "report" || positionals.length !== 2 || values.help || values.version) return null;
    const raw = values.threads ?? environmentThreads(envFile);
    const threads = raw === null ? defaultThreads() : Number(raw);
    if (!Number.isInteger(threads) || threads < 2) return null;
    const info = statSync(positionals[1]!);
    if (!info.isFile() || !startsAsJsonLines(positionals[1]!)) return null;
    return partsFor(info.size, threads, minPartBytes);
  } catch {
    // Unknown options, a missing file: the real parse says what is wrong.
    return null;
  }
}

/**
 * Only twarc2 JSON lines are read in ranges: a big X analytics CSV or tweets.js (`window.YTD...`) would boot a
 * worker for nothing (~0.1 s of CPU). Their first byte tells them apart; the real detection decides the rest.
 */
function startsAsJsonLines(path: string): boolean {
  const head = Buffer.alloc(16);
  const file = openSync(path, "r");
  try {
    const read = readSync(file, head, 0, head.length, 0);
    const text = head
      .subarray(0, read)
      .toString("latin1")
      .replace(/^(\xef\xbb\xbf)?[ \t\r\n]*/, "");
    return text.startsWith("{");
  } finally {
    closeSync(file);
  }
}
