/** A progress bar on an interactive terminal; silence when output is piped or redirected. */
import { createRequire } from "node:module";

// Loaded only for a terminal: piped runs (scripts, benchmarks) skip its start-up cost.
const require = createRequire(import.meta.url);

export interface Progress {
  update(count: number): void;
  stop(): void;
}

export function progress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update() {}, stop() {} };
  const { SingleBar } = require("cli-progress") as typeof import("cli-progress");
  const bar = new SingleBar({ format: `${label} {value}`, stream, hideCursor: true, noTTYOutput: false });
  bar.start(0, 0);
  return {
    update: (count) => bar.update(count),
    stop: () => bar.stop(),
  };
}
