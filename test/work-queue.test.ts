/** The bounded work queue behind both adapters: refuses past its line, drains on shutdown. */
import { describe, expect, it } from "vitest";
import { WorkQueue } from "../src/work-queue.js";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("the bounded work queue", () => {
  it("GIVEN 1 running and a line of 2 full WHEN a fourth delivery comes THEN it is refused at once", () => {
    const queue = new WorkQueue({ concurrency: 1, queueSize: 2 });
    const end = deferred();
    const taken = [1, 2, 3].map(() => queue.offer(() => end.promise));
    expect(taken.every((t) => t !== null)).toBe(true);
    expect(queue.offer(async () => undefined)).toBeNull();
    expect(queue.pending).toBe(3);
    end.resolve();
  });

  it("GIVEN the line emptied WHEN a delivery comes THEN it is taken again", async () => {
    const queue = new WorkQueue({ concurrency: 1, queueSize: 1 });
    await Promise.all([queue.offer(async () => undefined), queue.offer(async () => undefined)]);
    expect(queue.offer(async () => undefined)).not.toBeNull();
  });

  it("GIVEN accepted work WHEN drained THEN new work is refused and the accepted work all finishes", async () => {
    const queue = new WorkQueue({ concurrency: 2, queueSize: 10 });
    const finished: number[] = [];
    for (let i = 0; i < 5; i += 1)
      queue.offer(async () => {
        await new Promise((r) => setTimeout(r, 20));
        finished.push(i);
      });
    const drained = queue.drain(5000);
    expect(queue.offer(async () => undefined)).toBeNull();
    expect(await drained).toEqual({ finished: 5, dropped: 0 });
    expect(finished).toHaveLength(5);
  });

  it("GIVEN work that outlasts the drain timeout WHEN drained THEN it says how many were dropped", async () => {
    const queue = new WorkQueue({ concurrency: 1, queueSize: 10 });
    const never = new Promise<void>(() => undefined);
    queue.offer(async () => undefined);
    queue.offer(() => never);
    queue.offer(async () => undefined);
    expect(await queue.drain(100)).toEqual({ finished: 1, dropped: 2 });
  });

  it("GIVEN failing work WHEN it runs THEN the queue goes on", async () => {
    const queue = new WorkQueue({ concurrency: 1, queueSize: 10 });
    await queue.offer(async () => {
      throw new Error("boom");
    });
    let ran = false;
    await queue.offer(async () => {
      ran = true;
    });
    expect(ran).toBe(true);
  });
});
