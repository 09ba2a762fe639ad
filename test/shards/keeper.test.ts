import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log.js";
import type { LeaseRepository } from "../../src/ports.js";
import { ShardKeeper, type ShardSessions, shardCountInUse } from "../../src/shards/keeper.js";
import { createMemoryStore } from "../support/memory-store.js";

const LEASE_MS = 30_000;

/** Sessions that record which shards are open in which process, as the gateway would see them. */
class Gateway {
  readonly open = new Map<number, string[]>();
  failing = new Set<number>();
  sessions(owner: string): ShardSessions {
    return {
      open: async (shard) => {
        if (this.failing.has(shard)) throw new Error("disallowed intents");
        this.open.set(shard, [...(this.open.get(shard) ?? []), owner]);
      },
      close: async (shard) => {
        this.open.set(
          shard,
          (this.open.get(shard) ?? []).filter((o) => o !== owner),
        );
      },
    };
  }
  owners(): Record<number, string[]> {
    return Object.fromEntries([...this.open].filter(([, o]) => o.length > 0));
  }
}

function world(count: number) {
  let now = Date.parse("2026-12-03T10:00:00Z");
  const clock = { now: () => new Date(now) };
  const store = createMemoryStore({ clock });
  const gateway = new Gateway();
  const keeper = (owner: string, leases: LeaseRepository = store.leases) =>
    new ShardKeeper({
      leases,
      clock,
      owner,
      shardCount: count,
      leaseMs: LEASE_MS,
      sessions: gateway.sessions(owner),
      log: silentLogger(),
      timers: false,
    });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { store, gateway, keeper, advance: (ms: number) => (now += ms), clock, settle };
}

describe("sharing Discord shards among processes by lease", () => {
  it("GIVEN three processes counted in WHEN each checks THEN six shards are shared two each, one session per shard", async () => {
    const w = world(6);
    const keepers = ["a", "b", "c"].map((o) => w.keeper(o));
    for (const k of keepers) await k.start();
    for (const k of keepers) await k.check({ take: true });
    await w.settle();
    expect(keepers.map((k) => k.held())).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
    ]);
    expect(w.gateway.owners()).toEqual({ 0: ["a"], 1: ["a"], 2: ["b"], 3: ["b"], 4: ["c"], 5: ["c"] });
  });

  it("GIVEN the owner of two shards dies WHEN its leases end THEN the survivors take its shards at their next check, never before", async () => {
    const w = world(4);
    const [a, b] = [w.keeper("a"), w.keeper("b")];
    await a.start();
    await b.start();
    await a.check({ take: true });
    await b.check({ take: true });
    expect([a.held(), b.held()]).toEqual([
      [0, 1],
      [2, 3],
    ]);
    // a is killed (no stop): its leases stay until they end.
    w.advance(LEASE_MS - 1000);
    await b.check({ take: true });
    expect(b.held()).toEqual([2, 3]);
    w.advance(1001);
    await b.check({ take: true });
    await w.settle();
    expect(b.held()).toEqual([0, 1, 2, 3]);
    expect(w.gateway.owners()).toEqual({ 0: ["a", "b"], 1: ["a", "b"], 2: ["b"], 3: ["b"] });
  });

  it("GIVEN a process stopping (SIGTERM) THEN it closes its sessions, releases its leases, and another takes them at its next check", async () => {
    const w = world(2);
    const [a, b] = [w.keeper("a"), w.keeper("b")];
    await a.start();
    await b.start();
    await a.check({ take: true });
    await b.check({ take: true });
    await a.stop();
    expect(w.gateway.owners()).toEqual({ 1: ["b"] });
    await b.check({ take: true });
    await w.settle();
    expect(b.held()).toEqual([0, 1]);
    expect(w.gateway.owners()).toEqual({ 0: ["b"], 1: ["b"] });
  });

  it("GIVEN a paused process whose lease another took WHEN it checks again THEN it closes that session", async () => {
    const w = world(1);
    const a = w.keeper("a");
    await a.start();
    await a.check({ take: true });
    w.advance(LEASE_MS + 1);
    const b = w.keeper("b");
    await b.start();
    await b.check({ take: true });
    await a.check({ take: true });
    await w.settle();
    expect(a.held()).toEqual([]);
    expect(w.gateway.owners()).toEqual({ 0: ["b"] });
  });

  it("GIVEN the database unreachable WHEN the last confirmed lease would end before the next check THEN the session is closed before another process may take it", async () => {
    const w = world(1);
    let down = false;
    const flaky: LeaseRepository = {
      take: (...args) =>
        down ? Promise.reject(new Error("connection refused")) : w.store.leases.take(...args),
      release: (...args) =>
        down ? Promise.reject(new Error("connection refused")) : w.store.leases.release(...args),
      live: (...args) =>
        down ? Promise.reject(new Error("connection refused")) : w.store.leases.live(...args),
    };
    const a = w.keeper("a", flaky);
    await a.start();
    await a.check({ take: true });
    down = true;
    w.advance(LEASE_MS / 3);
    await a.check({ take: true });
    expect(a.held()).toEqual([0]);
    w.advance(LEASE_MS / 3 + 1);
    await a.check({ take: true });
    expect(a.held()).toEqual([]);
    expect(w.gateway.owners()).toEqual({});
  });

  it("GIVEN a process that stalled past its lease THEN its shard is no longer confirmed, so it leaves interactions to the new owner", async () => {
    const w = world(1);
    const a = w.keeper("a");
    await a.start();
    await a.check({ take: true });
    expect(a.confirmed(0)).toBe(true);
    w.advance(LEASE_MS - 1);
    expect(a.confirmed(0)).toBe(true);
    w.advance(2);
    expect(a.confirmed(0)).toBe(false);
    expect(a.confirmed(1)).toBe(false);
  });

  it("GIVEN a shard whose session does not open THEN its lease is released for another try", async () => {
    const w = world(2);
    w.gateway.failing.add(1);
    const a = w.keeper("a");
    await a.start();
    await a.check({ take: true });
    await w.settle();
    await w.settle();
    expect(a.held()).toEqual([0]);
    expect((await w.store.leases.live("discord:shard:", w.clock.now())).map((l) => l.name)).toEqual([
      "discord:shard:2:0",
    ]);
  });

  it("GIVEN processes running with 2 shards WHEN another starts THEN it finds the count in use", async () => {
    const w = world(2);
    expect(await shardCountInUse(w.store.leases, w.clock.now())).toBeNull();
    const a = w.keeper("a");
    await a.start();
    await a.check({ take: true });
    expect(await shardCountInUse(w.store.leases, w.clock.now())).toBe(2);
  });
});
