/**
 * A progress bar on an interactive terminal: the file being read, a bar of its bytes read out of its size,
 * the bytes as "12.3 of 40 MB", the posts read and their rate, and the time left (cli-progress estimates it
 * from the bytes). Silence when stderr is piped or redirected: scripts and logs get the summary lines only.
 * @see https://github.com/npkgz/cli-progress#options-1
 */

import { createRequire } from "node:module";
import { basename } from "node:path";
import type { Translator } from "../i18n/index.js";
import { LOCALE_TAGS } from "../i18n/locale-tags.js";

// Loaded only for a terminal: piped runs (scripts, benchmarks) skip its start-up cost.
const require = createRequire(import.meta.url);

/** Where a file's bytes stand: its size when known, and how many were read. */
export interface ProgressBytes {
  size: number | null;
  bytesRead(): number;
}

export interface Progress {
  /** A file starts: the bar shows its name and its bytes from here on. */
  file(path: string, bytes: ProgressBytes): void;
  /** Posts (records) read since the bar started, across files. */
  update(records: number): void;
  stop(): void;
}

const SILENT: Progress = { file() {}, update() {}, stop() {} };

/**
 * `files`: a bar of bytes per file (report, import). `live`: a pull from a network, whose size is not
 * known: the posts fetched and their rate only.
 */
export function progress(
  t: Translator,
  stream: NodeJS.WritableStream,
  kind: "files" | "live" = "files",
  now: () => number = Date.now,
): Progress {
  if ((stream as Partial<NodeJS.WriteStream>).isTTY !== true) return SILENT;
  const { SingleBar } = require("cli-progress") as typeof import("cli-progress");
  const bar = new SingleBar({
    format: t.t(kind === "files" ? "cli.progressBar" : "cli.progressLive"),
    stream: stream as NodeJS.WriteStream,
    hideCursor: true,
    barsize: 24,
  });
  const tag = LOCALE_TAGS[t.locale];
  const numbers = new Intl.NumberFormat(tag);
  const started = now();
  let current: ProgressBytes | null = null;
  let name = "";
  let records = 0;
  let fileStarted = started;
  let running = false;
  const payload = () => {
    const read = current?.bytesRead() ?? 0;
    const size = current?.size ?? null;
    const seconds = Math.max((now() - started) / 1000, 0.001);
    return {
      value: size === null ? read : Math.min(read, size),
      data: {
        file: name,
        read: byteText(read, tag),
        size: size === null ? "?" : byteText(size, tag),
        records: numbers.format(records),
        rate: numbers.format(Math.round(records / seconds)),
        left: timeLeft(read, size, now() - fileStarted, numbers),
      },
    };
  };
  return {
    file(path, bytes) {
      current = bytes;
      name = basename(path);
      fileStarted = now();
      const { value, data } = payload();
      const total = Math.max(bytes.size ?? 0, 1);
      if (running) {
        bar.setTotal(total);
        bar.update(value, data);
      } else {
        bar.start(total, value, data);
        running = true;
      }
    },
    update(count) {
      records = count;
      if (!running) return;
      const { value, data } = payload();
      bar.update(value, data);
    },
    stop() {
      if (!running) return;
      const { value, data } = payload();
      bar.update(value, data);
      bar.stop();
      running = false;
    },
  };
}

/**
 * The time left on the file at the speed its bytes were read so far: "…" until a first chunk is read (no
 * speed yet), "0 s" at the end. cli-progress's own estimate says "NULL" or "INF" in those cases.
 */
function timeLeft(read: number, size: number | null, elapsedMs: number, numbers: Intl.NumberFormat): string {
  if (size === null || read === 0 || elapsedMs <= 0) return "…";
  const seconds = Math.round(((size - Math.min(read, size)) * elapsedMs) / read / 1000);
  if (seconds < 60) return `${numbers.format(seconds)} s`;
  return `${numbers.format(Math.floor(seconds / 60))} min ${numbers.format(seconds % 60)} s`;
}

/** "12.3 MB" ("12,3 Mo" in French): kilobytes under a megabyte, one decimal. */
export function byteText(bytes: number, tag: string): string {
  const unit = bytes >= 1_000_000 ? "megabyte" : "kilobyte";
  const value = bytes / (unit === "megabyte" ? 1_000_000 : 1_000);
  return new Intl.NumberFormat(tag, { style: "unit", unit, maximumFractionDigits: 1 }).format(value);
}
