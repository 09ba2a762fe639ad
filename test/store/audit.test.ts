import { describe, expect, it } from "vitest";
import { storeTargets } from "../support/db.js";
import { useStore } from "./harness.js";
import { minutes, seedWorld } from "./seed.js";

describe.each(storeTargets())("audit and import runs on $name", (target) => {
  const h = useStore(target);

  it("GIVEN audit events WHEN listed THEN newest first, filtered by subject, limited on request", async () => {
    const { ws } = await seedWorld(h.store);
    const event = (action: string, subjectId: string, at: Date) => ({
      workspaceId: ws.id,
      actorRef: "slack:T1:U1",
      action,
      subjectType: "note",
      subjectId,
      detail: { text: action },
      at,
    });
    await h.store.audit.append(event("note.add", "n1", minutes(1)));
    await h.store.audit.append(event("note.edit", "n1", minutes(2)));
    await h.store.audit.append(event("note.add", "n2", minutes(3)));
    const all = await h.store.audit.list(ws.id);
    expect(all.map((e) => [e.action, e.subjectId])).toEqual([
      ["note.add", "n2"],
      ["note.edit", "n1"],
      ["note.add", "n1"],
    ]);
    expect(all[0]).toMatchObject({ detail: { text: "note.add" }, at: minutes(3), actorRef: "slack:T1:U1" });
    expect((await h.store.audit.list(ws.id, { subjectType: "note", subjectId: "n1" })).length).toBe(2);
    expect((await h.store.audit.list(ws.id, { limit: 1 }))[0]?.subjectId).toBe("n2");
    await h.store.audit.append({ ...event("x", "n3", minutes(0)), at: undefined });
    expect((await h.store.audit.list(ws.id, { subjectId: "n3" }))[0]?.at).toBeInstanceOf(Date);
  });

  it("GIVEN workspace B's audit trail WHEN workspace A lists THEN it sees none of it", async () => {
    const a = await seedWorld(h.store, "A");
    const b = await seedWorld(h.store, "B");
    await h.store.audit.append({
      workspaceId: b.ws.id,
      actorRef: "slack:B:U1",
      action: "series.setup",
      subjectType: "series",
      subjectId: b.series.id,
      detail: {},
    });
    expect(await h.store.audit.list(a.ws.id)).toEqual([]);
    expect(await h.store.audit.list(b.ws.id)).toHaveLength(1);
  });

  it("GIVEN an import run WHEN it finishes THEN another workspace cannot finish it", async () => {
    const a = await seedWorld(h.store, "A");
    const b = await seedWorld(h.store, "B");
    const id = await h.store.imports.start(b.ws.id, b.edition.id, "twarc2");
    const summary = {
      source: "twarc2",
      imported: 3,
      updated: 0,
      ignored: 0,
      skipped: [],
      skippedCount: 0,
      daily: 0,
    };
    await expect(h.store.imports.finish(a.ws.id, id, "failed", summary)).rejects.toMatchObject({
      code: "not_found",
    });
    await h.store.imports.finish(b.ws.id, id, "complete", summary);
    await expect(h.store.imports.start(a.ws.id, b.edition.id, "csv")).rejects.toMatchObject({
      code: "edition_not_found",
    });
    expect(typeof (await h.store.imports.start(a.ws.id, null, "csv"))).toBe("string");
  });
});
