import { describe, expect, it } from "vitest";
import { createTask } from "../../../src/app/tasks/create-task.js";
import { listTasks } from "../../../src/app/tasks/list-tasks.js";
import { dropTask, markTaskDone, reassignTask, reopenTask } from "../../../src/app/tasks/task-actions.js";
import { AfterchatError } from "../../../src/errors.js";
import { invoke } from "../../support/invoke.js";
import { buttons, selects, visibleText } from "../../support/recording-responder.js";
import { world as taskWorld, type World } from "./support/world.js";

/** The task world with Ana on the team too: tasks here go to teammates (owner rules: tasks.test below). */
const world = (options: Parameters<typeof taskWorld>[0] = {}) => taskWorld({ members: ["ANA"], ...options });

async function addTask(
  w: World,
  options: { title?: string; due?: string | null; owner?: string; by?: string } = {},
) {
  const responder = w.responder();
  await invoke(
    createTask,
    w.services,
    w.actor({ user: options.by ?? "MEM" }),
    {
      name: "task",
      owner: options.owner ? w.ref(options.owner) : null,
      title: options.title ?? "send the recap",
      due: options.due === undefined ? "friday" : options.due,
    },
    responder,
  );
  return responder;
}

function taskButtonValue(message: { blocks: unknown[] }, action: string): string {
  for (const block of message.blocks as Array<{
    type: string;
    elements?: Array<{ action: string; value: string }>;
  }>) {
    const element = block.elements?.find((e) => e.action === action);
    if (element) return element.value;
  }
  throw new Error(`no ${action} element`);
}

describe("creating a task", () => {
  it("GIVEN a team member WHEN they give a task with a due date THEN the channel sees who, what, when, and buttons", async () => {
    const w = await world();
    const responder = await addTask(w, { owner: "ANA" });
    const reply = responder.lastReply();
    expect(reply.ephemeral).toBe(false);
    expect(reply.message.text).toBe(
      `<@${w.ref("ANA")}> will send the recap by Fri, Mar 6, 2026, 5:00 PM (Europe/Paris).`,
    );
    expect(buttons(reply.message).map((b) => b.label)).toEqual(["Done"]);
    expect(visibleText(reply.message)).toContain("Reassign to…");
    const [task] = w.store.tables().tasks;
    expect(task).toMatchObject({ ownerRef: w.ref("ANA"), editionId: w.edition.id, status: "open" });
    expect(task?.dueAt?.toISOString()).toBe("2026-03-06T16:00:00.000Z");
    expect(w.store.tables().audit.map((e) => e.action)).toContain("task.create");
  });

  it("GIVEN no owner named THEN the actor owns it, with no due date when none is given", async () => {
    const w = await world();
    const reply = (await addTask(w, { due: null })).lastReply();
    expect(reply.message.text).toBe(`<@${w.ref("MEM")}> will send the recap.`);
  });

  it("GIVEN the same delivery twice (platform retry) THEN one task exists, its card is posted in the channel once, and the retry is answered privately", async () => {
    const w = await world();
    const actor = w.actor();
    const command = { name: "task", owner: null, title: "thank everyone", due: null } as const;
    const first = w.responder();
    const retry = w.responder();
    await invoke(createTask, w.services, actor, command, first);
    await invoke(createTask, w.services, actor, command, retry);
    expect(w.store.tables().tasks).toHaveLength(1);
    expect(w.store.tables().audit.filter((e) => e.action === "task.create")).toHaveLength(1);
    const inChannel = [...first.replies(), ...retry.replies()].filter((r) => !r.ephemeral);
    expect(inChannel.map((r) => r.message.text)).toEqual([`<@${w.ref("MEM")}> will thank everyone.`]);
    expect(retry.replies()).toEqual([expect.objectContaining({ ephemeral: true })]);
    expect(retry.lastReply().message.text).toBe(`<@${w.ref("MEM")}> will thank everyone.`);
  });

  it("GIVEN someone outside the team THEN they are refused and nothing is stored", async () => {
    const w = await world();
    await expect(addTask(w, { by: "STRANGER" })).rejects.toMatchObject({ code: "not_team_member" });
    expect(w.store.tables().tasks).toHaveLength(0);
  });

  it("GIVEN a due date in the past THEN only the actor is told, and nothing is stored", async () => {
    const w = await world();
    const reply = (await addTask(w, { due: "2026-01-05" })).lastReply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.text).toContain("is already past");
    expect(w.store.tables().tasks).toHaveLength(0);
  });

  it("GIVEN an unreadable due date THEN the date_invalid error says which words", async () => {
    const w = await world();
    const error = await addTask(w, { due: "when pigs fly" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AfterchatError);
    expect(error).toMatchObject({ code: "date_invalid", params: { input: "when pigs fly" } });
  });

  it("GIVEN a task with a due date THEN its two reminders are queued", async () => {
    const w = await world();
    await addTask(w);
    const keys = w.store
      .tables()
      .jobs.map((j) => j.key)
      .sort();
    const id = w.store.tables().tasks[0]?.id;
    expect(keys).toEqual([`task:${id}:due-soon`, `task:${id}:overdue`]);
  });
});

describe("listing tasks", () => {
  it("GIVEN tasks of several owners WHEN 'tasks mine' THEN only mine, soonest first, to me alone", async () => {
    const w = await world();
    await addTask(w, { title: "later one", due: "2026-03-20" });
    await addTask(w, { title: "sooner one", due: "tomorrow" });
    await addTask(w, { title: "someone else's", owner: "ANA" });
    const responder = w.responder();
    await invoke(listTasks, w.services, w.actor(), { name: "tasks", scope: "mine" }, responder);
    const reply = responder.lastReply();
    expect(reply.ephemeral).toBe(true);
    const text = visibleText(reply.message);
    expect(text).toContain("Your open tasks (2)");
    expect(text.indexOf("sooner one")).toBeLessThan(text.indexOf("later one"));
    expect(text).not.toContain("someone else");
    // One select per action, whose options name the tasks: no anonymous Done / Drop rows.
    expect(buttons(reply.message)).toEqual([]);
    const [done, drop, reassign] = selects(reply.message);
    expect([done?.action, drop?.action, reassign?.action]).toEqual(["task.done", "task.drop", "task.pick"]);
    expect(done?.placeholder).toBe("Mark a task done…");
    expect(done?.options.map((o) => o.label)).toEqual(["1. sooner one", "2. later one"]);
  });

  it("GIVEN 'tasks all' THEN the series' open tasks go to the channel", async () => {
    const w = await world();
    await addTask(w, { title: "mine" });
    await addTask(w, { title: "ana's", owner: "ANA" });
    const responder = w.responder();
    await invoke(listTasks, w.services, w.actor(), { name: "tasks", scope: "all" }, responder);
    const reply = responder.lastReply();
    expect(reply.ephemeral).toBe(false);
    expect(visibleText(reply.message)).toContain("Open tasks of #chat (2)");
  });

  it("GIVEN time moves past a due date THEN the list flags the task overdue", async () => {
    const w = await world();
    await addTask(w, { title: "thank the guests", due: "tomorrow" });
    const before = w.responder();
    await invoke(listTasks, w.services, w.actor(), { name: "tasks", scope: "mine" }, before);
    expect(visibleText(before.lastReply().message)).not.toContain("overdue");
    w.clock.set(new Date("2026-03-05T09:00:00Z"));
    const after = w.responder();
    await invoke(listTasks, w.services, w.actor(), { name: "tasks", scope: "mine" }, after);
    expect(visibleText(after.lastReply().message)).toContain(
      "⚠ **overdue**: Wed, Mar 4, 2026, 5:00 PM (Europe/Paris)",
    );
  });

  it("GIVEN nothing open THEN the list says so", async () => {
    const w = await world();
    const responder = w.responder();
    await invoke(listTasks, w.services, w.actor(), { name: "tasks", scope: "mine" }, responder);
    expect(responder.lastReply().message.text).toBe("You have no open tasks for #chat.");
  });

  it("GIVEN an outsider WHEN 'tasks all' THEN refused", async () => {
    const w = await world();
    await expect(
      invoke(
        listTasks,
        w.services,
        w.actor({ user: "STRANGER" }),
        { name: "tasks", scope: "all" },
        w.responder(),
      ),
    ).rejects.toMatchObject({ code: "not_team_member" });
  });
});

describe("task buttons", () => {
  it("GIVEN the Done button clicked twice THEN the task is done once and the card is redrawn", async () => {
    const w = await world();
    const card = (await addTask(w)).lastReply().message;
    const value = taskButtonValue(card, "task.done");
    w.clock.set(new Date("2026-03-04T10:00:00Z"));
    const first = w.responder();
    await invoke(markTaskDone, w.services, w.actor(), { action: "task.done", value }, first);
    const second = w.responder();
    await invoke(markTaskDone, w.services, w.actor(), { action: "task.done", value }, second);
    const [task] = w.store.tables().tasks;
    expect(task).toMatchObject({ status: "done", doneAt: new Date("2026-03-04T10:00:00Z") });
    expect(w.store.tables().audit.filter((e) => e.action === "task.done")).toHaveLength(1);
    const redrawn = first.updates()[0];
    expect(redrawn && visibleText(redrawn)).toContain("✅ send the recap");
    expect(redrawn && buttons(redrawn).map((b) => b.label)).toEqual(["Reopen"]);
    expect(second.lastReply()).toMatchObject({ ephemeral: true });
    expect(second.lastReply().message.text).toBe("“send the recap” is already done: nothing changed.");
  });

  it("GIVEN a done task WHEN reopened THEN it is open again without a done date", async () => {
    const w = await world();
    const value = taskButtonValue((await addTask(w)).lastReply().message, "task.done");
    await invoke(markTaskDone, w.services, w.actor(), { action: "task.done", value }, w.responder());
    await invoke(reopenTask, w.services, w.actor(), { action: "task.reopen", value }, w.responder());
    expect(w.store.tables().tasks[0]).toMatchObject({ status: "open", doneAt: null });
  });

  it("GIVEN a reassignment THEN the new owner gets a DM and the change is audited", async () => {
    const w = await world();
    const value = taskButtonValue((await addTask(w)).lastReply().message, "task.reassign");
    await invoke(
      reassignTask,
      w.services,
      w.actor(),
      { action: "task.reassign", value, selectedUser: w.ref("ANA") },
      w.responder(),
    );
    expect(w.store.tables().tasks[0]?.ownerRef).toBe(w.ref("ANA"));
    const dms = w.platforms.of("dm");
    expect(dms).toHaveLength(1);
    expect(dms[0]?.user).toBe(w.ref("ANA"));
    expect(dms[0]?.message.text).toBe(
      `<@${w.ref("MEM")}> handed you a task for #chat: send the recap, due Fri, Mar 6, 2026, 5:00 PM (Europe/Paris).`,
    );
    expect(w.store.tables().audit.find((e) => e.action === "task.reassign")?.detail).toEqual({
      from: w.ref("MEM"),
      to: w.ref("ANA"),
    });
  });

  it("GIVEN the owner who did not create the task WHEN they drop it THEN refused (the dispatcher says why, privately)", async () => {
    const w = await world();
    const value = taskButtonValue(
      (await addTask(w, { owner: "ANA", by: "MEM" })).lastReply().message,
      "task.done",
    );
    await expect(
      invoke(dropTask, w.services, w.actor({ user: "ANA" }), { action: "task.drop", value }, w.responder()),
    ).rejects.toMatchObject({ code: "not_task_creator" });
    expect(w.store.tables().tasks[0]?.status).toBe("open");
  });

  it("GIVEN a moderator WHEN they drop a task THEN it is dropped", async () => {
    const w = await world();
    const value = taskButtonValue((await addTask(w)).lastReply().message, "task.done");
    await invoke(
      dropTask,
      w.services,
      w.actor({ user: "MOD" }),
      { action: "task.drop", value },
      w.responder(),
    );
    expect(w.store.tables().tasks[0]?.status).toBe("dropped");
  });

  it("GIVEN a stranger WHEN they click Done THEN refused and the task stays open", async () => {
    const w = await world();
    const value = taskButtonValue((await addTask(w)).lastReply().message, "task.done");
    await expect(
      invoke(
        markTaskDone,
        w.services,
        w.actor({ user: "STRANGER" }),
        { action: "task.done", value },
        w.responder(),
      ),
    ).rejects.toMatchObject({ code: "not_task_owner" });
    expect(w.store.tables().tasks[0]?.status).toBe("open");
  });

  it("GIVEN an unknown task id THEN task_not_found", async () => {
    const w = await world();
    await expect(
      invoke(markTaskDone, w.services, w.actor(), { action: "task.done", value: "nope:c" }, w.responder()),
    ).rejects.toMatchObject({ code: "task_not_found" });
  });
});

describe("in French", () => {
  it("GIVEN a French series and actor THEN the card and the list speak French", async () => {
    const w = await world({ locale: "fr" });
    const card = (await addTask(w, { title: "envoyer le récap", due: "vendredi" })).lastReply().message;
    expect(card.text).toBe(
      `<@${w.ref("MEM")}> s'occupe de\u202F: envoyer le récap, avant le ven. 6 mars 2026, 17:00 (Europe/Paris).`,
    );
    expect(buttons(card).map((b) => b.label)).toEqual(["Fait"]);
    const responder = w.responder();
    await invoke(listTasks, w.services, w.actor(), { name: "tasks", scope: "mine" }, responder);
    expect(visibleText(responder.lastReply().message)).toContain("Votre tâche ouverte (1)");
  });
});
