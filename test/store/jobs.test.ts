import { describe, expect, it } from "vitest";
import type { NewJob } from "../../src/domain/job.js";
import { storeTargets } from "../support/db.js";
import { useStore } from "./harness.js";
import { minutes } from "./seed.js";

const job = (key: string, runAt: Date, workspaceId: string | null = null): NewJob => ({
  key,
  kind: key.split(":").at(-1) ?? "debrief",
  workspaceId,
  payload: { key },
  runAt,
});

describe.each(storeTargets())("jobs on $name", (target) => {
  const h = useStore(target);

  it("GIVEN a key already scheduled WHEN scheduled again THEN the first job stays as it was", async () => {
    expect(await h.store.jobs.schedule(job("edition:e1:debrief", minutes(90), "w1"))).toBe(true);
    expect(await h.store.jobs.schedule(job("edition:e1:debrief", minutes(500)))).toBe(false);
    expect(await h.store.jobs.get("edition:e1:debrief")).toMatchObject({
      key: "edition:e1:debrief",
      kind: "debrief",
      workspaceId: "w1",
      payload: { key: "edition:e1:debrief" },
      runAt: minutes(90),
      status: "pending",
      attempts: 0,
      lastError: null,
      leaseOwner: null,
      leaseUntil: null,
      finishedAt: null,
    });
    expect(await h.store.jobs.get("unknown")).toBeNull();
  });

  it("GIVEN a key already scheduled WHEN a transaction schedules it again THEN the transaction goes on and commits its other writes", async () => {
    // On PostgreSQL a refused INSERT would abort the transaction: every later statement failing.
    await h.store.jobs.schedule(job("edition:e1:start", minutes(10), "w1"));
    const outcome = await h.store.transaction(async (tx) => {
      const again = await tx.jobs.schedule(job("edition:e1:start", minutes(99), "w1"));
      const fresh = await tx.jobs.schedule(job("edition:e1:end", minutes(70), "w1"));
      return { again, fresh, seen: (await tx.jobs.list({ workspaceId: "w1" })).map((j) => j.key) };
    });
    expect(outcome).toEqual({ again: false, fresh: true, seen: ["edition:e1:start", "edition:e1:end"] });
    expect((await h.store.jobs.get("edition:e1:start"))?.runAt).toEqual(minutes(10));
    expect((await h.store.jobs.get("edition:e1:end"))?.runAt).toEqual(minutes(70));
  });

  it("GIVEN two processes WHEN they schedule the same key at once THEN one job is stored and one call says it was new", async () => {
    const made = await Promise.all(
      [1, 2, 3, 4].map((i) => h.store.jobs.schedule(job("edition:e2:debrief", minutes(i), "w1"))),
    );
    expect(made.filter(Boolean)).toHaveLength(1);
    expect(await h.store.jobs.list({ workspaceId: "w1" })).toHaveLength(1);
  });

  it("GIVEN due and future jobs WHEN claimed THEN only due ones come, earliest first, up to the limit", async () => {
    await h.store.jobs.schedule(job("b", minutes(2)));
    await h.store.jobs.schedule(job("a", minutes(1)));
    await h.store.jobs.schedule(job("c", minutes(3)));
    await h.store.jobs.schedule(job("future", minutes(60)));
    const claimed = await h.store.jobs.claim("p1", minutes(10), minutes(15), 2);
    expect(claimed.map((j) => [j.key, j.status, j.leaseOwner, j.attempts])).toEqual([
      ["a", "running", "p1", 1],
      ["b", "running", "p1", 1],
    ]);
    expect(claimed[0]?.leaseUntil).toEqual(minutes(15));
    expect((await h.store.jobs.claim("p2", minutes(10), minutes(15), 10)).map((j) => j.key)).toEqual(["c"]);
    expect(await h.store.jobs.claim("p3", minutes(10), minutes(15), 10)).toEqual([]);
  });

  it("GIVEN a lease that expired WHEN another process claims THEN it takes the job over and the first can no longer mark it", async () => {
    await h.store.jobs.schedule(job("j", minutes(1)));
    const [mine] = await h.store.jobs.claim("p1", minutes(1), minutes(5), 1);
    expect(await h.store.jobs.claim("p2", minutes(4), minutes(9), 1)).toEqual([]);
    const [theirs] = await h.store.jobs.claim("p2", minutes(6), minutes(11), 1);
    expect(theirs).toMatchObject({ id: mine!.id, leaseOwner: "p2", attempts: 2 });
    expect(await h.store.jobs.complete(mine!.id, "p1", minutes(7))).toBe(false);
    expect(await h.store.jobs.renew(mine!.id, "p1", minutes(20))).toBe(false);
    expect(await h.store.jobs.fail(mine!.id, "p1", "late", null, minutes(7))).toBe(false);
    expect(await h.store.jobs.renew(theirs!.id, "p2", minutes(20))).toBe(true);
    expect(await h.store.jobs.complete(theirs!.id, "p2", minutes(8))).toBe(true);
    expect(await h.store.jobs.get("j")).toMatchObject({
      status: "done",
      finishedAt: minutes(8),
      leaseOwner: "p2",
    });
    expect(await h.store.jobs.complete(theirs!.id, "p2", minutes(9))).toBe(false);
  });

  it("GIVEN a failing job WHEN it fails with and without a retry time THEN it waits for the retry, then fails for good", async () => {
    await h.store.jobs.schedule(job("flaky", minutes(1)));
    const [first] = await h.store.jobs.claim("p1", minutes(1), minutes(5), 1);
    expect(await h.store.jobs.fail(first!.id, "p1", "timeout", minutes(30), minutes(2))).toBe(true);
    expect(await h.store.jobs.get("flaky")).toMatchObject({
      status: "pending",
      runAt: minutes(30),
      lastError: "timeout",
    });
    expect(await h.store.jobs.claim("p1", minutes(10), minutes(15), 1)).toEqual([]);
    const [second] = await h.store.jobs.claim("p1", minutes(30), minutes(35), 1);
    expect(second?.attempts).toBe(2);
    expect(await h.store.jobs.fail(second!.id, "p1", "gone", null, minutes(31))).toBe(true);
    expect(await h.store.jobs.get("flaky")).toMatchObject({
      status: "failed",
      lastError: "gone",
      finishedAt: minutes(31),
    });
  });

  it("GIVEN a claimed job WHEN its owner shuts down and releases it THEN it is pending again without counting an attempt", async () => {
    await h.store.jobs.schedule(job("r", minutes(1)));
    const [claimed] = await h.store.jobs.claim("p1", minutes(1), minutes(5), 1);
    await h.store.jobs.release(claimed!.id, "p2");
    expect((await h.store.jobs.get("r"))?.status).toBe("running");
    await h.store.jobs.release(claimed!.id, "p1");
    expect(await h.store.jobs.get("r")).toMatchObject({ status: "pending", attempts: 0, leaseOwner: null });
  });

  it("GIVEN jobs missed while the bot was down WHEN skipMissed runs THEN old pending ones are skipped and returned", async () => {
    await h.store.jobs.schedule(job("old-1", minutes(1)));
    await h.store.jobs.schedule(job("old-2", minutes(2)));
    await h.store.jobs.schedule(job("recent", minutes(50)));
    await h.store.jobs.schedule(job("running", minutes(0)));
    await h.store.jobs.claim("p1", minutes(0), minutes(100), 1);
    const skipped = await h.store.jobs.skipMissed(minutes(10), minutes(60));
    expect(skipped.map((j) => [j.key, j.status, j.finishedAt])).toEqual([
      ["old-1", "skipped", minutes(60)],
      ["old-2", "skipped", minutes(60)],
    ]);
    expect((await h.store.jobs.list({ status: ["pending"] })).map((j) => j.key)).toEqual(["recent"]);
    expect((await h.store.jobs.get("running"))?.status).toBe("running");
  });

  it("GIVEN pending jobs of an edition WHEN it moves THEN they are cancelled and can be scheduled again", async () => {
    await h.store.jobs.schedule(job("edition:e_1:debrief", minutes(1)));
    await h.store.jobs.schedule(job("edition:e_1:poll-close", minutes(2)));
    await h.store.jobs.schedule(job("edition:eX1:debrief", minutes(3)));
    await h.store.jobs.schedule(job("edition:e_1:reminder", minutes(0)));
    await h.store.jobs.claim("p1", minutes(0), minutes(100), 1);
    expect(await h.store.jobs.cancelPending("edition:e_1:")).toBe(2);
    expect((await h.store.jobs.list()).map((j) => j.key)).toEqual([
      "edition:e_1:reminder",
      "edition:eX1:debrief",
    ]);
    expect(await h.store.jobs.schedule(job("edition:e_1:debrief", minutes(40)))).toBe(true);
  });

  it("GIVEN jobs of several workspaces and kinds WHEN listed with a filter THEN only matching ones come", async () => {
    await h.store.jobs.schedule(job("a:debrief", minutes(1), "w1"));
    await h.store.jobs.schedule(job("b:reminder", minutes(2), "w1"));
    await h.store.jobs.schedule(job("c:debrief", minutes(3), "w2"));
    await h.store.jobs.schedule(job("d:cleanup", minutes(4)));
    expect((await h.store.jobs.list({ workspaceId: "w1" })).map((j) => j.key)).toEqual([
      "a:debrief",
      "b:reminder",
    ]);
    expect((await h.store.jobs.list({ kind: "debrief" })).map((j) => j.key)).toEqual([
      "a:debrief",
      "c:debrief",
    ]);
    expect((await h.store.jobs.list({ workspaceId: "w2", kind: "reminder" })).length).toBe(0);
  });

  it("GIVEN 50 due jobs WHEN 4 claimers race THEN each job goes to exactly one claimer", async () => {
    for (let i = 0; i < 50; i += 1)
      await h.store.jobs.schedule(job(`race:${String(i).padStart(2, "0")}`, minutes(i % 5)));
    const now = minutes(10);
    const claimers = ["p1", "p2", "p3", "p4"];
    const taken = await Promise.all(
      claimers.map(async (owner) => {
        const mine: string[] = [];
        for (;;) {
          const batch = await h.store.jobs.claim(owner, now, minutes(20), 4);
          if (batch.length === 0) return mine;
          mine.push(...batch.map((j) => j.key));
        }
      }),
    );
    const all = taken.flat();
    expect(all).toHaveLength(50);
    expect(new Set(all).size).toBe(50);
    const running = await h.store.jobs.list({ status: ["running"] });
    for (const [i, owner] of claimers.entries())
      expect(
        running
          .filter((j) => j.leaseOwner === owner)
          .map((j) => j.key)
          .sort(),
      ).toEqual([...taken[i]!].sort());
  });
});
