import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/database.js";
import { createPrismaStore } from "../../src/store/prisma-store.js";
import { pgReachable, pgTestUrl, storeTargets } from "../support/db.js";
import { useStore } from "./harness.js";
import { minutes, T0 } from "./seed.js";

describe.each(storeTargets())("named leases on $name", (target) => {
  const h = useStore(target);

  it("GIVEN a lease held by one process WHEN another takes it before it ends THEN it is refused, and taken once it has ended", async () => {
    expect(await h.store.leases.take("discord:shard:0", "p1", minutes(1), T0)).toBe(true);
    expect(await h.store.leases.take("discord:shard:0", "p2", minutes(1), T0)).toBe(false);
    expect(await h.store.leases.take("discord:shard:0", "p2", minutes(3), minutes(2))).toBe(true);
    expect(await h.store.leases.take("discord:shard:0", "p1", minutes(4), minutes(2))).toBe(false);
    expect(await h.store.leases.live("discord:shard:", minutes(2))).toEqual([
      { name: "discord:shard:0", owner: "p2", until: minutes(3) },
    ]);
  });

  it("GIVEN a lease WHEN its owner takes it again THEN it is renewed; WHEN released THEN another takes it at once", async () => {
    expect(await h.store.leases.take("a", "p1", minutes(1), T0)).toBe(true);
    expect(await h.store.leases.take("a", "p1", minutes(5), minutes(0.5))).toBe(true);
    expect(await h.store.leases.take("a", "p2", minutes(5), minutes(2))).toBe(false);
    await h.store.leases.release("a", "p2");
    expect(await h.store.leases.live("a", minutes(2))).toHaveLength(1);
    await h.store.leases.release("a", "p1");
    expect(await h.store.leases.live("a", minutes(2))).toEqual([]);
    expect(await h.store.leases.take("a", "p2", minutes(5), minutes(2))).toBe(true);
  });

  it("GIVEN leases of several names WHEN listed by prefix THEN only live ones with that exact prefix come back", async () => {
    await h.store.leases.take("discord:shard:1", "p1", minutes(1), T0);
    await h.store.leases.take("discord:shard:0", "p1", minutes(5), T0);
    await h.store.leases.take("discord_shard:2", "p1", minutes(5), T0);
    await h.store.leases.take("discord:member:p1", "p1", minutes(5), T0);
    const live = await h.store.leases.live("discord:shard:", minutes(2));
    expect(live.map((l) => l.name)).toEqual(["discord:shard:0"]);
  });

  it("GIVEN ten processes take one lease at once THEN exactly one gets it", async () => {
    const got = await Promise.all(
      Array.from({ length: 10 }, (_, i) => h.store.leases.take("x", `p${i}`, minutes(1), T0)),
    );
    expect(got.filter(Boolean)).toHaveLength(1);
  });
});

describe.skipIf(!pgReachable())("named leases across two PostgreSQL connections", () => {
  it("GIVEN two processes' connections WHEN both take the same expired lease many times at once THEN each time exactly one gets it", async () => {
    const target = storeTargets().find((t) => t.name === "postgres");
    if (!target) throw new Error("no PostgreSQL target");
    const first = await target.open();
    const schema = first.location?.schema;
    const other = await openDatabase(pgTestUrl(), schema ? { schema } : {});
    try {
      const stores = [first.store, createPrismaStore(other)];
      for (let round = 0; round < 20; round += 1) {
        const now = minutes(round * 2);
        const got = await Promise.all(
          stores.flatMap((s, i) =>
            [0, 1, 2].map((j) => s.leases.take("shard", `p${i}-${j}`, minutes(round * 2 + 1), now)),
          ),
        );
        expect(got.filter(Boolean)).toHaveLength(1);
      }
    } finally {
      await other.close();
      await first.close();
    }
  });
});
