import { describe, expect, it } from "vitest";
import { type ImportRun, runState, STALE_AFTER_MS } from "../../src/domain/import-run.js";

const T = new Date("2026-12-03T08:00:00Z");
const run = (over: Partial<ImportRun> = {}): ImportRun => ({
  id: "r1",
  workspaceId: "w",
  editionId: "e",
  source: "twarc2-jsonl",
  status: "running",
  summary: null,
  startedAt: T,
  finishedAt: null,
  owner: { pid: 42, host: "here" },
  heartbeatAt: T,
  ...over,
});
const here = (alive: boolean) => ({ host: "here", alive: () => alive });

describe("what an import run is now", () => {
  it("GIVEN a finished run THEN its stored status stands", () => {
    expect(runState(run({ status: "interrupted" }), T, here(false))).toBe("interrupted");
  });
  it("GIVEN a running run of this machine WHEN its process is gone THEN it is gone, however fresh its heartbeat", () => {
    expect(runState(run(), T, here(false))).toBe("gone");
    expect(runState(run(), T, here(true))).toBe("running");
  });
  it("GIVEN a running run of another machine THEN it is gone once its heartbeat is older than the limit", () => {
    const other = run({ owner: { pid: 42, host: "elsewhere" } });
    expect(runState(other, new Date(T.getTime() + STALE_AFTER_MS - 1), here(true))).toBe("running");
    expect(runState(other, new Date(T.getTime() + STALE_AFTER_MS + 1), here(true))).toBe("gone");
  });
  it("GIVEN a run recorded before owners were kept THEN only its age tells", () => {
    const old = run({ owner: null, heartbeatAt: null });
    expect(runState(old, new Date(T.getTime() + STALE_AFTER_MS + 1), here(true))).toBe("gone");
  });
});
