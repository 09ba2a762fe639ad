/** Runs the command line in-process with a given environment, capturing what it writes. */
import { Writable } from "node:stream";
import { runCli } from "../../src/cli.js";
import { parseConfig } from "../../src/config.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCliCapturing(argv: string[], env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const io = { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)) };
  const code = await runCli(argv, io, () => parseConfig(env));
  return { code, stdout, stderr };
}
