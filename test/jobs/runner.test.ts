import { describe, expect, it } from "vitest";
import type { Job } from "../../src/domain/job.js";
import { once } from "../../src/jobs/once.js";
import { createJobRunner, type JobHandler, type JobRunnerOptions } from "../../src/jobs/runner.js";
import { silentLogger } from "../../src/log.js";
import type { Clock, Store } from "../../src/ports.js";
import { testWorkspace } from "../support/actors.js";
import { createMemoryStore } from "../support/memory-store.js";
import { MovableClock } from "../support/recording-responder.js";

const T0 = new Date("2026-12-01T18:00:00Z");
const LEASE = 60_000;

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 500; i += 1) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`gave up waiting for ${what}`);
}

function runner(
  store: Store,
  clock: Clock,
  owner: string,
  handlers: Record<string, JobHandler>,
  extra: Partial<JobRunnerOptions> = {},
) {
  return createJobRunner({
    store,
    clock,
    owner,
    leaseMs: LEASE,
    pollMs: 1000,
    graceMs: 3600_000,
    handlers,
    log: silentLogger(),
    ticker: () => ({ stop: async () => undefined }),
    ...extra,
  });
}

async function setup() {
  const clock = new MovableClock(T0);
  const store = createMemoryStore({ clock });
  const workspace = await testWorkspace(store);
  const schedule = (key: string, kind = "effect") =>
    store.jobs.schedule({ key, kind, workspaceId: workspace.id, payload: {}, runAt: T0 });
  /** An effect: an audit event naming the job, counted per key. */
  const effect = (s: Store, job: Job) =>
    s.audit.append({
      workspaceId: workspace.id,
      actorRef: "test",
      action: "effect",
      subjectType: "job",
      subjectId: job.key,
      detail: {},
    });
  const effects = async (key: string) =>
    (await store.audit.list(workspace.id, { subjectType: "job", subjectId: key })).filter(
      (e) => e.action === "effect",
    ).length;
  return { clock, store, workspace, schedule, effect, effects };
}

describe("the job runner", () => {
  it("GIVEN a process stalls past its lease during a send WHEN another process takes the job over THEN the message goes out once and the stalled process cannot complete it", async () => {
    const { clock, store, workspace, schedule, effects } = await setup();
    await schedule("send-1", "send");
    const stall = deferred();
    let sends = 0;
    const send = (stalls: boolean): JobHandler => ({
      mode: "idempotent",
      run: async (job, { store: s }) => {
        await once(s, job, workspace.id, "post", async () => {
          sends += 1;
          await s.audit.append({
            workspaceId: workspace.id,
            actorRef: "test",
            action: "effect",
            subjectType: "job",
            subjectId: job.key,
            detail: {},
          });
        });
        if (stalls) await stall.promise; // A is stuck after sending, before completing
      },
    });
    const a = runner(store, clock, "A", { send: send(true) });
    const b = runner(store, clock, "B", { send: send(false) });
    const aTick = a.tick();
    await waitFor(() => sends === 1, "A's send");
    clock.advance(LEASE + 1);
    const bTick = await b.tick();
    expect(bTick.ran).toEqual([{ key: "send-1", outcome: "done" }]);
    stall.resolve();
    expect((await aTick).ran).toEqual([{ key: "send-1", outcome: "lost" }]);
    expect(sends).toBe(1);
    expect(await effects("send-1")).toBe(1);
    expect((await store.jobs.get("send-1"))?.status).toBe("done");
  });

  it("GIVEN a database-only job claimed by a process that lost its lease before running it WHEN its turn comes THEN it does not run it, and the effect exists once (the new owner's)", async () => {
    const { clock, store, schedule, effect, effects } = await setup();
    await schedule("first", "block");
    await schedule("second");
    const block = deferred();
    const handlers: Record<string, JobHandler> = {
      block: { mode: "idempotent", run: () => block.promise },
      effect: { mode: "transaction", run: (job, { store: tx }) => effect(tx, job) },
    };
    const a = runner(store, clock, "A", handlers);
    const b = runner(store, clock, "B", {
      ...handlers,
      block: { mode: "idempotent", run: async () => undefined },
    });
    const aTick = a.tick(); // A claims both, and is stuck on the first
    await waitFor(async () => (await store.jobs.get("second"))?.leaseOwner === "A", "A's claim");
    clock.advance(LEASE + 1);
    expect((await b.tick()).ran.map((r) => r.outcome)).toEqual(["done", "done"]);
    block.resolve();
    expect((await aTick).ran.map((r) => r.outcome)).toEqual(["lost", "lost"]);
    expect(await effects("second")).toBe(1);
  });

  it("GIVEN a job of a kind nobody handles WHEN due THEN it fails at once with a reason naming the kind", async () => {
    const { clock, store, schedule } = await setup();
    await schedule("mystery", "edition.mystery");
    const told: string[] = [];
    const r = runner(
      store,
      clock,
      "A",
      {},
      { notices: { gaveUp: async (job, failure) => void told.push(`${job.key}: ${failure.detail}`) } },
    );
    await r.tick();
    const job = await store.jobs.get("mystery");
    expect(job?.status).toBe("failed");
    expect(told).toEqual(['mystery: no handler for job kind "edition.mystery"']);
  });

  it("GIVEN a job running longer than half its lease WHEN another process looks for work THEN the renewed lease keeps it away", async () => {
    const store = createMemoryStore();
    const clock = { now: () => new Date() };
    const workspace = await testWorkspace(store);
    await store.jobs.schedule({
      key: "long",
      kind: "long",
      workspaceId: workspace.id,
      payload: {},
      runAt: new Date(Date.now() - 1000),
    });
    const done = deferred();
    const long: JobHandler = { mode: "idempotent", run: () => done.promise };
    const a = runner(store, clock, "A", { long }, { leaseMs: 400 });
    const b = runner(store, clock, "B", { long }, { leaseMs: 400 });
    const aTick = a.tick();
    let initial = 0;
    await waitFor(async () => {
      const job = await store.jobs.get("long");
      initial ||= job?.leaseUntil?.getTime() ?? 0;
      return (job?.leaseUntil?.getTime() ?? 0) > initial + 300; // renewed at least once, well past the first lease
    }, "two renewals");
    expect((await b.tick()).ran).toEqual([]);
    done.resolve();
    expect((await aTick).ran).toEqual([{ key: "long", outcome: "done" }]);
    expect((await store.jobs.get("long"))?.attempts).toBe(1);
  });

  it("GIVEN a stop WHEN a job is running THEN no new job is claimed, the running one finishes, and stop resolves", async () => {
    const { clock, store, schedule } = await setup();
    await schedule("running", "slow");
    await schedule("waiting", "quick");
    const release = deferred();
    const ran: string[] = [];
    const r = runner(
      store,
      clock,
      "A",
      {
        slow: {
          mode: "idempotent",
          run: async (job) => {
            await release.promise;
            ran.push(job.key);
          },
        },
        quick: { mode: "idempotent", run: async (job) => void ran.push(job.key) },
      },
      { batchSize: 1 },
    );
    const tick = r.tick();
    await waitFor(
      async () => (await store.jobs.get("running"))?.status === "running",
      "the slow job to start",
    );
    const stopped = r.stop();
    release.resolve();
    await stopped;
    await tick;
    expect(ran).toEqual(["running"]);
    expect((await store.jobs.get("running"))?.status).toBe("done");
    expect((await store.jobs.get("waiting"))?.status).toBe("pending");
    expect((await r.tick()).ran).toEqual([]);
  });

  it("GIVEN a stop WHEN a job outlives the stop timeout THEN it is told to stop and handed back, its attempt not counted", async () => {
    const { clock, store, schedule } = await setup();
    await schedule("stuck", "stuck");
    let aborted = false;
    const r = runner(
      store,
      clock,
      "A",
      {
        stuck: {
          mode: "idempotent",
          run: (_job, { signal }) =>
            new Promise<void>((_, reject) =>
              signal.addEventListener("abort", () => {
                aborted = true;
                reject(signal.reason);
              }),
            ),
        },
      },
      { stopTimeoutMs: 50 },
    );
    const tick = r.tick();
    await waitFor(async () => (await store.jobs.get("stuck"))?.status === "running", "the job to start");
    await r.stop();
    await tick;
    expect(aborted).toBe(true);
    const job = await store.jobs.get("stuck");
    expect([job?.status, job?.leaseOwner, job?.attempts]).toEqual(["pending", null, 0]);
  });
});
