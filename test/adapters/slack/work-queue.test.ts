import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { RecentKeys } from "../../../adapters/slack/recent-keys.js";
import { AckGate } from "../../../adapters/slack/work-queue.js";
import { WorkQueue } from "../../../src/work-queue.js";

const turn = () => new Promise((resolve) => setImmediate(resolve));

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("the work after acks", () => {
  it("GIVEN a bound of 2 WHEN three handlers arrive THEN the third starts when one ends", async () => {
    const queue = new WorkQueue({ concurrency: 2, queueSize: 10 });
    const started: number[] = [];
    const ends = [deferred(), deferred(), deferred()];
    const runs = ends.map((end, i) =>
      queue.offer(async () => {
        started.push(i);
        await end.promise;
      }),
    );
    await turn();
    expect(started).toEqual([0, 1]);
    ends[1]!.resolve();
    await turn();
    expect(started).toEqual([0, 1, 2]);
    for (const end of ends) end.resolve();
    await Promise.all(runs);
  });

  it("GIVEN a request still waiting for its ack WHEN work is queued THEN it starts once the ack is out", async () => {
    const gate = new AckGate();
    const queue = new WorkQueue({ concurrency: 10, queueSize: 10 }, gate);
    let started = false;
    gate.enter();
    const run = queue.offer(async () => {
      started = true;
    });
    await turn();
    expect(started).toBe(false);
    gate.leave();
    await run;
    expect(started).toBe(true);
  });
});

describe("deliveries already handled", () => {
  it("GIVEN a key seen within the TTL THEN it is a repeat; after the TTL it is new again", () => {
    let now = 0;
    const keys = new RecentKeys(1000, 10, () => now);
    expect(keys.first("a")).toBe(true);
    expect(keys.first("a")).toBe(false);
    now = 1001;
    expect(keys.first("a")).toBe(true);
  });

  it("GIVEN many keys cut out of large request bodies WHEN kept THEN the bodies are not kept with them", () => {
    // A trigger_id read from a form body is a slice of that body: kept as is, each of the 50,000 keys held its
    // whole request alive (issue 11 point 5: the heap stayed tens of MB above idle after a burst).
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    const keys = new RecentKeys(60_000, 1_000);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 400; i += 1) {
      const body = `trigger_id=${i}.${"x".repeat(20)}&text=${String(i).repeat(50_000)}`;
      const triggerId = new URLSearchParams(body).get("trigger_id") ?? body.slice(11, 40);
      expect(keys.first(`command:${triggerId}`)).toBe(true);
    }
    gc();
    const keptMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
    // The bodies weigh ~100-200 MB in all; the keys alone well under 1 MB.
    expect(keptMb).toBeLessThan(20);
    expect(keys.first(`command:7.${"x".repeat(20)}`)).toBe(false);
  });
});
