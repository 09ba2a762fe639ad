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
});
