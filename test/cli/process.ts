/**
 * Runs the command line as a real process, the way a user's shell does: its own environment
 * (nothing inherited but PATH), its own working folder, the exit code it sets. It runs the source
 * through tsx's loader (`bin/afterchat.js` runs the same entry compiled to dist/, which a test
 * run does not build).
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/tsx/dist/esm/index.mjs");
/** The node arguments that start the command line. */
export const CLI = ["--import", TSX, join(ROOT, "src/cli.ts")];

export interface ProcessRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from spawn to exit. */
  ms: number;
}

export interface ProcessOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Killed (SIGKILL) after this long; the run then has signal "SIGKILL". */
  timeoutMs?: number;
  /** The command to run instead of the CLI (e.g. "npm"). */
  command?: string;
}

export function runProcess(argv: string[], options: ProcessOptions): Promise<ProcessRun> {
  const started = Date.now();
  const [command, args] = options.command ? [options.command, argv] : [process.execPath, [...CLI, ...argv]];
  const child = spawn(command, args, {
    cwd: options.cwd,
    // A HOME of its own: npm keeps its cache there, and the repository must stay clean.
    env: {
      PATH: process.env.PATH ?? "",
      HOME: mkdtempSync(join(tmpdir(), "afterchat-home-")),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 30_000);
  return new Promise((done, fail) => {
    child.on("error", fail);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** Runs a shell pipeline (`afterchat … | head -1`) with the CLI as `afterchat` on PATH. */
export function runShell(line: string, options: ProcessOptions): Promise<ProcessRun> {
  const shim = `afterchat() { ${[process.execPath, ...CLI].map((a) => JSON.stringify(a)).join(" ")} "$@"; }; `;
  return runProcess(["-c", `${shim}${line}`], { ...options, command: "bash" });
}
