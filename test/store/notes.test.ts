import { describe, expect, it } from "vitest";
import { storeTargets } from "../support/db.js";
import { useStore } from "./harness.js";
import { seedWorld } from "./seed.js";

describe.each(storeTargets())("notes on $name", (target) => {
  const h = useStore(target);

  it("GIVEN notes filed WHEN listed THEN oldest first, filtered by kind on request", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const base = { workspaceId: ws.id, editionId: edition.id, authorRef: "slack:T1:U1" };
    const good = await h.store.notes.add({ ...base, kind: "good", text: "Great pace" });
    const bad = await h.store.notes.add({ ...base, kind: "bad", text: "Q3 too long" });
    expect(good.created).toBe(true);
    expect(good.note).toMatchObject({ ...base, kind: "good", text: "Great pace" });
    expect(await h.store.notes.get(ws.id, good.note.id)).toEqual(good.note);
    expect((await h.store.notes.listByEdition(ws.id, edition.id)).map((n) => n.text)).toEqual([
      "Great pace",
      "Q3 too long",
    ]);
    expect(await h.store.notes.listByEdition(ws.id, edition.id, "bad")).toEqual([bad.note]);
  });

  it("GIVEN a delivery retried with its request key WHEN the note is added again THEN the first note comes back", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const input = {
      workspaceId: ws.id,
      editionId: edition.id,
      authorRef: "slack:T1:U1",
      kind: "insight" as const,
      text: "Newcomers ask about the hashtag",
      requestKey: "slack:trigger:123",
    };
    const first = await h.store.notes.add(input);
    const again = await h.store.notes.add({ ...input, text: "retried" });
    expect(again).toEqual({ note: first.note, created: false });
    const raced = await Promise.all([1, 2, 3].map(() => h.store.notes.add({ ...input, requestKey: "k2" })));
    expect(raced.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(raced.map((r) => r.note.id)).size).toBe(1);
    expect(await h.store.notes.listByEdition(ws.id, edition.id)).toHaveLength(2);
  });

  it("GIVEN a note WHEN edited then deleted THEN the edit shows and then it is gone", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const { note } = await h.store.notes.add({
      workspaceId: ws.id,
      editionId: edition.id,
      authorRef: "slack:T1:U1",
      kind: "good",
      text: "typo",
    });
    const updated = await h.store.notes.update(ws.id, note.id, { kind: "best", text: "fixed" });
    expect(updated).toMatchObject({ id: note.id, kind: "best", text: "fixed", createdAt: note.createdAt });
    expect(await h.store.notes.delete(ws.id, note.id)).toBe(true);
    expect(await h.store.notes.delete(ws.id, note.id)).toBe(false);
    expect(await h.store.notes.get(ws.id, note.id)).toBeNull();
    await expect(h.store.notes.update(ws.id, note.id, { text: "x" })).rejects.toMatchObject({
      code: "note_not_found",
    });
  });

  it("GIVEN workspace B's notes WHEN workspace A reads, edits or deletes them THEN nothing is seen or changed", async () => {
    const a = await seedWorld(h.store, "A");
    const b = await seedWorld(h.store, "B");
    const { note } = await h.store.notes.add({
      workspaceId: b.ws.id,
      editionId: b.edition.id,
      authorRef: "slack:B:U1",
      kind: "good",
      text: "secret",
      requestKey: "rk-b",
    });
    expect(await h.store.notes.get(a.ws.id, note.id)).toBeNull();
    expect(await h.store.notes.listByEdition(a.ws.id, b.edition.id)).toEqual([]);
    expect(await h.store.notes.delete(a.ws.id, note.id)).toBe(false);
    await expect(h.store.notes.update(a.ws.id, note.id, { text: "x" })).rejects.toMatchObject({
      code: "note_not_found",
    });
    await expect(
      h.store.notes.add({
        workspaceId: a.ws.id,
        editionId: a.edition.id,
        authorRef: "slack:A:U1",
        kind: "good",
        text: "replay",
        requestKey: "rk-b",
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      h.store.notes.add({
        workspaceId: a.ws.id,
        editionId: b.edition.id,
        authorRef: "x",
        kind: "good",
        text: "x",
      }),
    ).rejects.toMatchObject({ code: "edition_not_found" });
    expect(await h.store.notes.get(b.ws.id, note.id)).toEqual(note);
  });
});
