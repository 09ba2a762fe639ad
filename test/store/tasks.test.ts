import { describe, expect, it } from "vitest";
import { storeTargets } from "../support/db.js";
import { useStore } from "./harness.js";
import { minutes, seedWorld } from "./seed.js";

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

  it("GIVEN an expected status WHEN the task still has it THEN it changes, and when it no longer does THEN nothing changes and null comes back", async () => {
    const { ws, series, edition } = await seedWorld(h.store);
    const { task } = await h.store.tasks.create({
      workspaceId: ws.id,
      seriesId: series.id,
      editionId: edition.id,
      title: "Recap",
      ownerRef: null,
      dueAt: null,
      createdBy: "slack:T1:U1",
    });
    const done = { status: "done" as const, doneAt: minutes(30) };
    expect(await h.store.tasks.update(ws.id, task.id, done, { expectStatus: "open" })).toMatchObject(done);
    expect(
      await h.store.tasks.update(ws.id, task.id, { status: "dropped" }, { expectStatus: "open" }),
    ).toBeNull();
    expect(await h.store.tasks.get(ws.id, task.id)).toMatchObject(done);
    await expect(
      h.store.tasks.update(ws.id, "missing", { status: "done" }, { expectStatus: "open" }),
    ).rejects.toMatchObject({ code: "task_not_found" });
  });

  it("GIVEN five changes racing from the same expected status WHEN they land THEN exactly one applies", async () => {
    const { ws, series, edition } = await seedWorld(h.store);
    const { task } = await h.store.tasks.create({
      workspaceId: ws.id,
      seriesId: series.id,
      editionId: edition.id,
      title: "Recap",
      ownerRef: null,
      dueAt: null,
      createdBy: "slack:T1:U1",
    });
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((i) =>
        h.store.tasks.update(
          ws.id,
          task.id,
          { status: "done", doneAt: minutes(i) },
          { expectStatus: "open" },
        ),
      ),
    );
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect((await h.store.tasks.get(ws.id, task.id))?.doneAt).toEqual(results.find((r) => r)?.doneAt);
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
