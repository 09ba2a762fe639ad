import { describe, expect, it } from "vitest";
import { storeTargets } from "../support/db.js";
import { useStore } from "./harness.js";
import { makePost, minutes, seedWorld, seriesInput } from "./seed.js";

describe.each(storeTargets())("transactions on $name", (target) => {
  const h = useStore(target);

  it("GIVEN a series and an edition created in a transaction WHEN it throws half-way THEN neither exists", async () => {
    const ws = await h.store.workspaces.ensure({ platform: "slack", externalId: "T1", name: "Acme" });
    await expect(
      h.store.transaction(async (tx) => {
        const series = await tx.series.create(seriesInput(ws.id, "doomed"));
        await tx.editions.create({
          workspaceId: ws.id,
          seriesId: series.id,
          number: 1,
          startsAt: minutes(0),
          endsAt: minutes(60),
        });
        await tx.posts.upsertBatch(ws.id, null, [makePost(1)]);
        await tx.jobs.schedule({
          key: "doomed",
          kind: "debrief",
          workspaceId: ws.id,
          payload: {},
          runAt: minutes(1),
        });
        throw new Error("half-way");
      }),
    ).rejects.toThrow("half-way");
    expect(await h.store.series.list(ws.id)).toEqual([]);
    expect(await h.store.series.findByHashtag(ws.id, "doomed")).toBeNull();
    expect(await h.store.jobs.get("doomed")).toBeNull();
    expect(await h.store.posts.upsertBatch(ws.id, null, [makePost(1)])).toEqual({ inserted: 1, updated: 0 });
  });

  it("GIVEN a transaction that completes WHEN it returns THEN everything it wrote is there and its value comes back", async () => {
    const ws = await h.store.workspaces.ensure({ platform: "slack", externalId: "T1", name: "Acme" });
    const id = await h.store.transaction(async (tx) => {
      const series = await tx.series.create(seriesInput(ws.id, "kept"));
      // A repository that opens its own transaction joins this one.
      await tx.participants.recordEdition(
        ws.id,
        (
          await tx.editions.create({
            workspaceId: ws.id,
            seriesId: series.id,
            number: 1,
            startsAt: minutes(0),
            endsAt: minutes(60),
          })
        ).id,
        [],
      );
      return tx.transaction(async (nested) => (await nested.series.get(ws.id, series.id))!.id);
    });
    expect((await h.store.series.get(ws.id, id))?.hashtag).toBe("kept");
    expect((await h.store.editions.list(ws.id, id)).length).toBe(1);
  });

  it("GIVEN a failing transaction WHEN another request writes meanwhile THEN that write survives the rollback", async () => {
    const { ws, edition } = await seedWorld(h.store);
    let release!: () => void;
    let wrote!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const insideWrote = new Promise<void>((resolve) => {
      wrote = resolve;
    });
    const failing = h.store
      .transaction(async (tx) => {
        await tx.notes.add({
          workspaceId: ws.id,
          editionId: edition.id,
          authorRef: "u1",
          kind: "good",
          text: "lost",
        });
        wrote();
        await gate;
        throw new Error("rollback");
      })
      .catch((error: Error) => error.message);
    await insideWrote;
    const outside = h.store.notes.add({
      workspaceId: ws.id,
      editionId: edition.id,
      authorRef: "u2",
      kind: "bad",
      text: "kept",
    });
    setTimeout(release, 50);
    expect(await failing).toBe("rollback");
    await outside;
    expect((await h.store.notes.listByEdition(ws.id, edition.id)).map((n) => n.text)).toEqual(["kept"]);
  });

  it("GIVEN the store WHEN pinged THEN it answers", async () => {
    expect(await h.store.ping()).toBe(true);
  });
});
