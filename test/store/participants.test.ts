import { describe, expect, it } from "vitest";
import { storeTargets } from "../support/db.js";
import { useStore } from "./harness.js";
import { minutes, seedWorld } from "./seed.js";

describe.each(storeTargets())("participants on $name", (target) => {
  const h = useStore(target);
  const contribution = (handle: string, posts: number, at: Date, followers: number | null = 10) => ({
    network: "x" as const,
    handle,
    name: handle.toUpperCase(),
    followers,
    posts,
    engagement: posts * 2,
    firstPostAt: at,
  });

  it("GIVEN two editions WHEN their participants are recorded THEN the roster adds them up per person", async () => {
    const { ws, series, edition } = await seedWorld(h.store);
    const e2 = await h.store.editions.create({
      workspaceId: ws.id,
      seriesId: series.id,
      number: 2,
      startsAt: minutes(10_000),
      endsAt: minutes(10_060),
    });
    await h.store.participants.recordEdition(ws.id, edition.id, [
      contribution("ann", 3, minutes(5), 100),
      contribution("bob", 1, minutes(9)),
    ]);
    await h.store.participants.recordEdition(ws.id, e2.id, [contribution("Ann", 2, minutes(10_001), null)]);
    const roster = await h.store.participants.roster(ws.id, series.id);
    expect(roster.map(({ participantId: _, ...entry }) => entry)).toEqual([
      {
        displayName: "ANN",
        handles: [{ network: "x", handle: "ann" }],
        editions: [1, 2],
        posts: 5,
        engagement: 10,
        followers: 100,
        lastSeenAt: minutes(10_001),
      },
      {
        displayName: "BOB",
        handles: [{ network: "x", handle: "bob" }],
        editions: [1],
        posts: 1,
        engagement: 2,
        followers: 10,
        lastSeenAt: minutes(9),
      },
    ]);
  });

  it("GIVEN a recorded edition WHEN it is recorded again with other figures THEN its rows are replaced", async () => {
    const { ws, series, edition } = await seedWorld(h.store);
    await h.store.participants.recordEdition(ws.id, edition.id, [
      contribution("ann", 3, minutes(5)),
      contribution("bob", 1, minutes(9)),
    ]);
    await h.store.participants.recordEdition(ws.id, edition.id, [contribution("ann", 4, minutes(5))]);
    const roster = await h.store.participants.roster(ws.id, series.id);
    expect(roster.map((r) => [r.handles[0]?.handle, r.posts])).toEqual([["ann", 4]]);
  });

  it("GIVEN recorded editions WHEN one edition's contributions are asked THEN they come from that edition only, most posts first", async () => {
    const { ws, series, edition } = await seedWorld(h.store);
    const e2 = await h.store.editions.create({
      workspaceId: ws.id,
      seriesId: series.id,
      number: 2,
      startsAt: minutes(10_000),
      endsAt: minutes(10_060),
    });
    expect(await h.store.participants.ofEdition(ws.id, edition.id)).toEqual([]);
    await h.store.participants.recordEdition(ws.id, edition.id, [
      contribution("bob", 1, minutes(9)),
      contribution("@Ann", 3, minutes(5), 100),
      contribution("cat", 3, minutes(7), null),
      { ...contribution("dan", 1, minutes(8)), engagement: 50 },
    ]);
    await h.store.participants.recordEdition(ws.id, e2.id, [contribution("eve", 9, minutes(10_001))]);
    const first = await h.store.participants.ofEdition(ws.id, edition.id);
    // Ann and Cat tie on posts and engagement: by handle. "@Ann" was stored as "ann".
    expect(first).toEqual([
      {
        network: "x",
        handle: "ann",
        name: "@ANN",
        followers: 100,
        posts: 3,
        engagement: 6,
        firstPostAt: minutes(5),
      },
      {
        network: "x",
        handle: "cat",
        name: "CAT",
        followers: null,
        posts: 3,
        engagement: 6,
        firstPostAt: minutes(7),
      },
      {
        network: "x",
        handle: "dan",
        name: "DAN",
        followers: 10,
        posts: 1,
        engagement: 50,
        firstPostAt: minutes(8),
      },
      {
        network: "x",
        handle: "bob",
        name: "BOB",
        followers: 10,
        posts: 1,
        engagement: 2,
        firstPostAt: minutes(9),
      },
    ]);
    expect((await h.store.participants.ofEdition(ws.id, e2.id)).map((c) => [c.handle, c.posts])).toEqual([
      ["eve", 9],
    ]);
  });

  it("GIVEN workspace B's participants WHEN workspace A asks or records into B THEN it sees and changes nothing", async () => {
    const a = await seedWorld(h.store, "A");
    const b = await seedWorld(h.store, "B");
    await h.store.participants.recordEdition(b.ws.id, b.edition.id, [contribution("ann", 3, minutes(5))]);
    expect(await h.store.participants.roster(a.ws.id, b.series.id)).toEqual([]);
    expect(await h.store.participants.ofEdition(a.ws.id, b.edition.id)).toEqual([]);
    await expect(
      h.store.participants.recordEdition(a.ws.id, b.edition.id, [contribution("eve", 1, minutes(1))]),
    ).rejects.toMatchObject({ code: "edition_not_found" });
    await h.store.participants.recordEdition(a.ws.id, a.edition.id, [contribution("ann", 1, minutes(5))]);
    const rosterB = await h.store.participants.roster(b.ws.id, b.series.id);
    expect(rosterB.map((r) => [r.handles[0]?.handle, r.posts, r.editions])).toEqual([["ann", 3, [1]]]);
  });
});

describe.each(storeTargets())("daily metrics on $name", (target) => {
  const h = useStore(target);
  const day = (date: string, impressions: number) => ({
    date,
    postsPublished: 2,
    impressions,
    engagements: 30,
    likes: 20,
    reposts: 5,
    replies: 5,
    extra: { profileVisits: 7 },
  });

  it("GIVEN an analytics overview WHEN it is imported twice with changes THEN days are updated, not doubled", async () => {
    const { ws } = await seedWorld(h.store);
    expect(
      await h.store.dailyMetrics.upsertMany(ws.id, "acme", [day("2026-03-01", 100), day("2026-03-02", 200)]),
    ).toEqual({ inserted: 2, updated: 0 });
    expect(
      await h.store.dailyMetrics.upsertMany(ws.id, "acme", [day("2026-03-02", 250), day("2026-03-03", 300)]),
    ).toEqual({ inserted: 1, updated: 1 });
    expect(await h.store.dailyMetrics.list(ws.id, "acme", "2026-03-02", "2026-03-31")).toEqual([
      day("2026-03-02", 250),
      day("2026-03-03", 300),
    ]);
    expect(await h.store.dailyMetrics.list(ws.id, "other", "2026-03-01", "2026-03-31")).toEqual([]);
  });

  it("GIVEN workspace B's days WHEN workspace A lists them THEN it sees none", async () => {
    const a = await seedWorld(h.store, "A");
    const b = await seedWorld(h.store, "B");
    await h.store.dailyMetrics.upsertMany(b.ws.id, "acme", [day("2026-03-01", 100)]);
    expect(await h.store.dailyMetrics.list(a.ws.id, "acme", "2026-01-01", "2026-12-31")).toEqual([]);
    expect(await h.store.dailyMetrics.upsertMany(a.ws.id, "acme", [day("2026-03-01", 5)])).toEqual({
      inserted: 1,
      updated: 0,
    });
    expect(
      (await h.store.dailyMetrics.list(b.ws.id, "acme", "2026-01-01", "2026-12-31"))[0]?.impressions,
    ).toBe(100);
  });
});
