/** A progress bar on an interactive terminal; silence when output is piped or redirected. */
import { SingleBar } from "cli-progress";

export interface Progress {
  update(count: number): void;
  stop(): void;
}

export function progress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update() {}, stop() {} };
  const bar = new SingleBar({ format: `${label} {value}`, stream, hideCursor: true, noTTYOutput: false });
  bar.start(0, 0);
  return {
    update: (count) => bar.update(count),
    stop: () => bar.stop(),
  };
}
