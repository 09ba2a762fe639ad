/**
 * Several real processes on one PostgreSQL database (test/jobs/worker.ts): every job's effect
 * happens exactly once, through contention, a process killed mid-job, and SIGTERM.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pgReachable } from "../support/db.js";
import { type JobsDatabase, jobsDatabase } from "./support/processes.js";

const slow = { timeout: 120_000 };

describe.skipIf(!pgReachable())("scheduler processes sharing one PostgreSQL database", () => {
  let db: JobsDatabase;
  beforeEach(async () => {
    db = await jobsDatabase();
  }, 60_000);
  afterEach(async () => {
    await db?.close();
  }, 60_000);

  const schedule = (key: string, runAt: Date, payload: Record<string, unknown> = {}) =>
    db.store.jobs.schedule({ key, kind: "effect", workspaceId: db.workspaceId, payload, runAt });

  async function allDone(count: number, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if ((await db.store.jobs.list({ status: ["done"] })).length >= count) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`not all ${count} jobs done in time`);
  }

  for (const processes of [2, 3]) {
    it(
      `GIVEN 200 jobs coming due WHEN ${processes} processes compete for them THEN each job's effect happens exactly once`,
      slow,
      async () => {
        const now = Date.now();
        // Half due at once, half coming due over the next three seconds (several ticks).
        for (let i = 0; i < 200; i += 1)
          await schedule(
            `cycle:${String(i).padStart(3, "0")}`,
            new Date(now + (i < 100 ? -1000 : (i - 100) * 30)),
          );
        const workers = Array.from({ length: processes }, (_, i) => db.worker(`p${i + 1}`));
        await Promise.all(workers.map((w) => w.waitFor((e) => e.event === "ready", "ready")));
        const started = Date.now();
        for (const w of workers) w.go();
        await allDone(200);
        const seconds = (Date.now() - started) / 1000;

        const effects = await db.effects();
        expect(effects.size).toBe(200);
        const duplicated = [...effects].filter(([, owners]) => owners.length !== 1);
        expect(duplicated).toEqual([]);
        const jobs = await db.store.jobs.list();
        expect(jobs.every((j) => j.status === "done" && j.attempts === 1)).toBe(true);
        const perOwner = new Map<string, number>();
        for (const [, [owner]] of effects) perOwner.set(owner ?? "?", (perOwner.get(owner ?? "?") ?? 0) + 1);
        console.info(
          `[jobs] ${processes} processes: 200 jobs, 0 duplicates, ${seconds.toFixed(1)} s from go (incl. waiting for the last to come due), per process ${JSON.stringify(Object.fromEntries(perOwner))}`,
        );
      },
    );
  }

  it(
    "GIVEN a process killed (kill -9) in the middle of a job WHEN its lease expires THEN another process completes it, and its effect exists once",
    slow,
    async () => {
      const now = new Date(Date.now() - 1000);
      await schedule("sleeper", now, { sleepMs: 60_000 });
      const a = db.worker("victim", { leaseMs: 1_500 });
      await a.waitFor((e) => e.event === "ready", "ready");
      a.go();
      await a.waitFor((e) => e.event === "running" && e.key === "sleeper", "the sleeper to start");
      for (let i = 0; i < 10; i += 1) await schedule(`after:${i}`, new Date());
      const b = db.worker("survivor", { leaseMs: 1_500 });
      await b.waitFor((e) => e.event === "ready", "ready");
      b.go();
      a.signal("SIGKILL");
      expect((await a.exited).signal).toBe("SIGKILL");
      await b.waitFor((e) => e.event === "done" && e.key === "sleeper", "the sleeper taken over", 30_000);
      await allDone(11);

      const effects = await db.effects();
      expect(effects.get("sleeper")).toEqual(["survivor"]);
      expect([...effects.values()].every((owners) => owners.length === 1)).toBe(true);
      const sleeper = await db.store.jobs.get("sleeper");
      expect([sleeper?.status, sleeper?.attempts, sleeper?.leaseOwner]).toEqual(["done", 2, "survivor"]);
    },
  );

  it(
    "GIVEN a process running a job WHEN it gets SIGTERM THEN it claims nothing more, finishes the job and exits 0",
    slow,
    async () => {
      const past = new Date(Date.now() - 1000);
      await schedule("a-running", past, { sleepMs: 1_500 });
      await schedule("b-waiting", new Date(past.getTime() + 1));
      const w = db.worker("terminated", { batchSize: 1 });
      await w.waitFor((e) => e.event === "ready", "ready");
      w.go();
      await w.waitFor((e) => e.event === "running" && e.key === "a-running", "the job to start");
      w.signal("SIGTERM");
      expect(await w.exited).toEqual({ code: 0, signal: null });
      expect(w.events.map((e) => e.event).filter((e) => e !== "started")).toEqual([
        "ready",
        "running",
        "stopping",
        "done",
        "stopped",
      ]);
      expect((await db.store.jobs.get("a-running"))?.status).toBe("done");
      expect((await db.effects()).get("a-running")).toEqual(["terminated"]);
      const waiting = await db.store.jobs.get("b-waiting");
      expect([waiting?.status, waiting?.attempts]).toEqual(["pending", 0]);
    },
  );

  it(
    "GIVEN a job longer than the stop timeout WHEN the process gets SIGTERM THEN the job is handed back untouched, and the next process runs it once",
    slow,
    async () => {
      await schedule("long", new Date(Date.now() - 1000), { sleepMs: 60_000 });
      const first = db.worker("leaving", { stopTimeoutMs: 300 });
      await first.waitFor((e) => e.event === "ready", "ready");
      first.go();
      await first.waitFor((e) => e.event === "running" && e.key === "long", "the job to start");
      first.signal("SIGTERM");
      expect(await first.exited).toEqual({ code: 0, signal: null });
      const handedBack = await db.store.jobs.get("long");
      expect([handedBack?.status, handedBack?.leaseOwner, handedBack?.attempts]).toEqual([
        "pending",
        null,
        0,
      ]);
      expect((await db.effects()).get("long")).toBeUndefined();

      // Attempt 1 again for the next process: it sleeps too, so let it run to its end this time.
      await db.store.jobs.cancelPending("long");
      await schedule("long", new Date(Date.now() - 1000), { sleepMs: 200 });
      const next = db.worker("arriving");
      await next.waitFor((e) => e.event === "ready", "ready");
      next.go();
      await allDone(1);
      expect((await db.effects()).get("long")).toEqual(["arriving"]);
    },
  );
});
