import { describe, expect, it } from "vitest";
import { storeTargets } from "../support/db.js";
import { useStore } from "./harness.js";
import { minutes, seedWorld } from "./seed.js";

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

describe.each(storeTargets())("tasks on $name", (target) => {
  const h = useStore(target);

  it("GIVEN tasks WHEN listed with filters THEN each filter narrows the list", async () => {
    const { ws, series, edition } = await seedWorld(h.store);
    const base = { workspaceId: ws.id, seriesId: series.id, createdBy: "slack:T1:U1" };
    const t1 = await h.store.tasks.create({
      ...base,
      editionId: edition.id,
      title: "Book guest",
      ownerRef: "slack:T1:U2",
      dueAt: minutes(100),
    });
    const t2 = await h.store.tasks.create({
      ...base,
      editionId: null,
      title: "Write questions",
      ownerRef: null,
      dueAt: null,
    });
    expect(t1.created && t2.created).toBe(true);
    expect(t1.task).toMatchObject({ status: "open", origin: "manual", playbookKey: null, doneAt: null });
    expect(await h.store.tasks.get(ws.id, t1.task.id)).toEqual(t1.task);
    await h.store.tasks.update(ws.id, t2.task.id, { status: "done", doneAt: minutes(5) });
    const titles = async (filter?: Parameters<typeof h.store.tasks.list>[1]) =>
      (await h.store.tasks.list(ws.id, filter)).map((t) => t.title);
    expect(await titles()).toEqual(["Book guest", "Write questions"]);
    expect(await titles({ status: ["open"] })).toEqual(["Book guest"]);
    expect(await titles({ editionId: edition.id })).toEqual(["Book guest"]);
    expect(await titles({ ownerRef: "slack:T1:U2" })).toEqual(["Book guest"]);
    expect(await titles({ seriesId: series.id, status: ["done", "dropped"] })).toEqual(["Write questions"]);
  });

  it("GIVEN a task WHEN it is reassigned and done THEN the change is read back", async () => {
    const { ws, series, edition } = await seedWorld(h.store);
    const { task } = await h.store.tasks.create({
      workspaceId: ws.id,
      seriesId: series.id,
      editionId: edition.id,
      title: "Promote",
      ownerRef: null,
      dueAt: null,
      createdBy: "slack:T1:U1",
    });
    const updated = await h.store.tasks.update(ws.id, task.id, {
      title: "Promote on Bluesky",
      ownerRef: "slack:T1:U3",
      dueAt: minutes(60),
      status: "done",
      doneAt: minutes(30),
    });
    expect(updated).toMatchObject({
      title: "Promote on Bluesky",
      ownerRef: "slack:T1:U3",
      status: "done",
      doneAt: minutes(30),
    });
    expect(await h.store.tasks.get(ws.id, task.id)).toEqual(updated);
  });

  it("GIVEN a request key or a playbook step already used WHEN the task is created again THEN the first comes back", async () => {
    const { ws, series, edition } = await seedWorld(h.store);
    const base = {
      workspaceId: ws.id,
      seriesId: series.id,
      editionId: edition.id,
      ownerRef: null,
      dueAt: null,
      createdBy: "afterchat",
    };
    const byKey = await h.store.tasks.create({
      ...base,
      title: "From button",
      requestKey: "discord:interaction:1",
    });
    expect(
      await h.store.tasks.create({ ...base, title: "Retried", requestKey: "discord:interaction:1" }),
    ).toEqual({
      task: byKey.task,
      created: false,
    });
    const step = {
      ...base,
      title: "Thank the guest",
      origin: "playbook" as const,
      playbookKey: "thank-guest",
    };
    const first = await h.store.tasks.create(step);
    expect(first.task.origin).toBe("playbook");
    expect(await h.store.tasks.create({ ...step, title: "again" })).toEqual({
      task: first.task,
      created: false,
    });
    const raced = await Promise.all(
      [1, 2, 3].map(() => h.store.tasks.create({ ...step, playbookKey: "promo" })),
    );
    expect(raced.filter((r) => r.created)).toHaveLength(1);
    expect(await h.store.tasks.list(ws.id)).toHaveLength(3);
  });

  it("GIVEN workspace B's tasks WHEN workspace A reads, lists or edits them THEN nothing is seen or changed", async () => {
    const a = await seedWorld(h.store, "A");
    const b = await seedWorld(h.store, "B");
    const { task } = await h.store.tasks.create({
      workspaceId: b.ws.id,
      seriesId: b.series.id,
      editionId: b.edition.id,
      title: "B's task",
      ownerRef: null,
      dueAt: null,
      createdBy: "slack:B:U1",
    });
    expect(await h.store.tasks.get(a.ws.id, task.id)).toBeNull();
    expect(await h.store.tasks.list(a.ws.id)).toEqual([]);
    expect(await h.store.tasks.list(a.ws.id, { seriesId: b.series.id })).toEqual([]);
    await expect(h.store.tasks.update(a.ws.id, task.id, { status: "dropped" })).rejects.toMatchObject({
      code: "task_not_found",
    });
    await expect(
      h.store.tasks.create({
        workspaceId: a.ws.id,
        seriesId: b.series.id,
        editionId: null,
        title: "x",
        ownerRef: null,
        dueAt: null,
        createdBy: "x",
      }),
    ).rejects.toMatchObject({ code: "series_not_found" });
    expect((await h.store.tasks.get(b.ws.id, task.id))?.status).toBe("open");
  });
});

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
