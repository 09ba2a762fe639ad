import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { RangeWorkers } from "../../src/app/report/range-workers.js";
import { earlyRangeWorkers } from "../../src/cli/early-workers.js";

const PART = 1024;

/** A file of `bytes` starting with `head` (sparse after it: only its size and first bytes matter here). */
function fileOf(bytes: number, head = '{"data":[{'): string {
  const path = join(mkdtempSync(join(tmpdir(), "afterchat-early-")), "chat.jsonl");
  writeFileSync(path, head);
  truncateSync(path, bytes);
  return path;
}

const NO_ENV_FILE = join(tmpdir(), "afterchat-early-no-such.env");
const started: RangeWorkers[] = [];
function early(argv: string[], envFile = NO_ENV_FILE): RangeWorkers | null {
  const workers = earlyRangeWorkers(argv, PART, envFile);
  if (workers) started.push(workers);
  return workers;
}

afterEach(async () => {
  delete process.env.AFTERCHAT_THREADS;
  await Promise.all(started.splice(0).map((workers) => workers.close()));
});

describe("GIVEN the raw arguments of the command line", () => {
  it("WHEN the large file starts with a byte-order mark or blank lines before its first line THEN workers still start", () => {
    expect(early(["report", fileOf(3 * PART, '\ufeff\n {"id":"1"'), "--threads", "2"])).not.toBeNull();
  });

  it("WHEN they ask a report of one large file with threads THEN its workers are started at once", () => {
    const big = fileOf(3 * PART);
    expect(early(["report", big, "--threads", "2", "--json"])).not.toBeNull();
    expect(early(["report", "--threads=3", big])).not.toBeNull();
  });

  it("WHEN the file is too small for two parts, or one thread is asked THEN no worker is started", () => {
    expect(early(["report", fileOf(PART + 10), "--threads", "2"])).toBeNull();
    expect(early(["report", fileOf(3 * PART), "--threads", "1"])).toBeNull();
  });

  it("WHEN they are another command, several paths, a folder, a missing file, a bad option, a CSV or tweets.js THEN no worker is started", () => {
    const big = fileOf(3 * PART);
    for (const argv of [
      ["help"],
      ["import", big, "--threads", "2"],
      ["report", big, big, "--threads", "2"],
      ["report", tmpdir(), "--threads", "2"],
      ["report", join(tmpdir(), "no-such-afterchat-file.jsonl"), "--threads", "2"],
      ["report", big, "--threads", "two"],
      ["report", big, "--threads", "2", "--no-such-option"],
      ["report", big, "--threads", "2", "--help"],
      ["report", fileOf(3 * PART, "Tweet id,Tweet permalink,Tweet text\n"), "--threads", "2"],
      ["report", fileOf(3 * PART, "window.YTD.tweets.part0 = ["), "--threads", "2"],
    ])
      expect(early(argv), argv.join(" ")).toBeNull();
  });

  it("WHEN AFTERCHAT_THREADS is set only in .env THEN the guess reads it as the report will", () => {
    const big = fileOf(3 * PART);
    const envFile = join(mkdtempSync(join(tmpdir(), "afterchat-early-env-")), ".env");
    writeFileSync(envFile, "AFTERCHAT_THREADS=1\n");
    delete process.env.AFTERCHAT_THREADS;
    expect(early(["report", big], envFile)).toBeNull();
    writeFileSync(envFile, "AFTERCHAT_THREADS=2\n");
    delete process.env.AFTERCHAT_THREADS;
    expect(early(["report", big], envFile)).not.toBeNull();
  });
});
