import { describe, expect, it } from "vitest";
import { afterPartyTaskValue } from "../../../src/app/after-party/task-value.js";
import { assignUnanswered, taskFromAfterParty } from "../../../src/app/tasks/follow-up.js";
import { tasksRegistry } from "../../../src/app/tasks/index.js";
import { invoke } from "../../support/invoke.js";
import { post } from "./support/posts.js";
import { type World, world } from "./support/world.js";

async function withQuestion(w: World, externalId = "1790000000000000001") {
  await w.store.posts.upsertBatch(w.workspace.id, w.edition.id, [
    post("zoe", { externalId, text: "Q? How do you\nmeasure reach without impressions?" }),
  ]);
}

describe("follow-up tasks from unanswered questions", () => {
  it("GIVEN an unanswered question WHEN a member clicks Assign THEN they own a follow-up task quoting it", async () => {
    const w = await world({ members: ["ANA"] });
    await withQuestion(w);
    const responder = w.responder();
    await invoke(
      assignUnanswered,
      w.services,
      w.actor(),
      { action: "unanswered.assign", value: "x:1790000000000000001" },
      responder,
    );
    const [task] = w.store.tables().tasks;
    expect(task).toMatchObject({
      title: "Answer @zoe's question: Q? How do you measure reach without impressions?",
      ownerRef: w.ref("MEM"),
      origin: "follow_up",
      editionId: w.edition.id,
    });
    expect(responder.lastReply()).toMatchObject({ ephemeral: true });
    expect(responder.lastReply().message.text).toContain(`Task created for <@${w.ref("MEM")}>`);
  });

  it("GIVEN two clicks (two deliveries) THEN one task, and the second click is told who owns it", async () => {
    const w = await world({ members: ["ANA"] });
    await withQuestion(w);
    const value = "x:1790000000000000001";
    await invoke(
      assignUnanswered,
      w.services,
      w.actor(),
      { action: "unanswered.assign", value },
      w.responder(),
    );
    const second = w.responder();
    await invoke(
      assignUnanswered,
      w.services,
      w.actor({ user: "MOD" }),
      { action: "unanswered.assign", value },
      second,
    );
    expect(w.store.tables().tasks).toHaveLength(1);
    expect(second.lastReply().message.text).toContain(`already has a task, owned by <@${w.ref("MEM")}>`);
  });

  it("GIVEN a user picked in the select THEN that person owns the task", async () => {
    const w = await world({ members: ["ANA"] });
    await withQuestion(w);
    await invoke(
      assignUnanswered,
      w.services,
      w.actor(),
      { action: "unanswered.assign", value: "x:1790000000000000001", selectedUser: w.ref("ANA") },
      w.responder(),
    );
    expect(w.store.tables().tasks[0]?.ownerRef).toBe(w.ref("ANA"));
  });

  it("GIVEN a value cut with … THEN the question is found by prefix", async () => {
    const w = await world({ members: ["ANA"] });
    const long = `at://did:web:${"a".repeat(70)}/app.bsky.feed.post/3k`;
    await w.store.posts.upsertBatch(w.workspace.id, w.edition.id, [
      post("zoe.bsky.social", { network: "bluesky", externalId: long, text: "Anyone?" }),
    ]);
    const value = `${`bluesky:${long}`.slice(0, 79)}…`;
    await invoke(
      assignUnanswered,
      w.services,
      w.actor(),
      { action: "unanswered.assign", value },
      w.responder(),
    );
    expect(w.store.tables().tasks[0]?.playbookKey).toBe(`follow-up:bluesky:${long}`);
  });

  it("GIVEN a question no longer in the edition THEN the clicker is told and nothing is created", async () => {
    const w = await world({ members: ["ANA"] });
    const responder = w.responder();
    await invoke(
      assignUnanswered,
      w.services,
      w.actor(),
      { action: "unanswered.assign", value: "x:404" },
      responder,
    );
    expect(responder.lastReply().message.text).toBe("I could not find that question in edition 1 any more.");
    expect(w.store.tables().tasks).toHaveLength(0);
  });

  it("GIVEN an outsider THEN refused", async () => {
    const w = await world({ members: ["ANA"] });
    await withQuestion(w);
    await expect(
      invoke(
        assignUnanswered,
        w.services,
        w.actor({ user: "X9" }),
        { action: "unanswered.assign", value: "x:1790000000000000001" },
        w.responder(),
      ),
    ).rejects.toMatchObject({ code: "not_team_member" });
  });

  it("GIVEN an escalated after-party question WHEN a member makes it a task THEN the title mentions who asked and quotes the question", async () => {
    const w = await world({ members: ["ANA"] });
    const asker = "discord:G1:U42";
    const question = await w.store.afterParty.record({
      workspaceId: w.workspace.id,
      editionId: w.edition.id,
      externalId: "d-1",
      authorRef: asker,
      text: `Where can I   find the *slides*?\n${"Really, ".repeat(30)}where?`,
      isQuestion: true,
      createdAt: new Date("2026-03-03T20:10:00Z"),
    });
    const responder = w.responder();
    const value = afterPartyTaskValue(w.edition.id, question.id);
    await invoke(taskFromAfterParty, w.services, w.actor(), { action: "afterparty.task", value }, responder);

    const [task] = w.store.tables().tasks;
    expect(task?.title).toMatch(
      new RegExp(
        `^Answer <@${asker}>'s after-party question: Where can I find the \\*slides\\*\\? Really, .*…$`,
      ),
    );
    expect(task!.title.length).toBeLessThan(120 + 50);
    expect(task).toMatchObject({ editionId: w.edition.id, origin: "follow_up", ownerRef: w.ref("MEM") });
    // Shown with the mention live and the question's own Markdown escaped.
    expect(responder.lastReply().message.text).toContain(
      `Answer <@${asker}>'s after-party question: Where can I find the \\*slides\\*?`,
    );
  });

  it("GIVEN an after-party question WHEN clicked twice (in French) THEN one follow-up task, in French", async () => {
    const w = await world({ locale: "fr" });
    const question = await w.store.afterParty.record({
      workspaceId: w.workspace.id,
      editionId: w.edition.id,
      externalId: "d-2",
      authorRef: "discord:G1:U7",
      text: "Le replay\u202F?",
      isQuestion: true,
      createdAt: new Date("2026-03-03T20:10:00Z"),
    });
    const value = afterPartyTaskValue(w.edition.id, question.id);
    await invoke(
      taskFromAfterParty,
      w.services,
      w.actor(),
      { action: "afterparty.task", value },
      w.responder(),
    );
    const second = w.responder();
    await invoke(
      taskFromAfterParty,
      w.services,
      w.actor({ user: "MOD" }),
      { action: "afterparty.task", value },
      second,
    );
    const tasks = w.store.tables().tasks;
    expect(tasks).toHaveLength(1);
    expect(tasks[0]?.title).toBe(
      "Répondre à la question de <@discord:G1:U7> dans l'after\u202F: Le replay ?",
    );
    expect(second.lastReply().message.text).toContain("a déjà sa tâche");
  });

  it("GIVEN a button naming a question that is not recorded THEN the clicker is told and nothing is created", async () => {
    const w = await world({ members: ["ANA"] });
    const responder = w.responder();
    const value = afterPartyTaskValue(w.edition.id, "gone");
    await invoke(taskFromAfterParty, w.services, w.actor(), { action: "afterparty.task", value }, responder);
    expect(responder.lastReply()).toMatchObject({ ephemeral: true });
    expect(responder.lastReply().message.text).toBe("I could not find that question in edition 1 any more.");
    expect(w.store.tables().tasks).toHaveLength(0);
  });
});

describe("the tasks registry", () => {
  it("GIVEN the dispatcher THEN every command and button of the area is routed", () => {
    expect(Object.keys(tasksRegistry.commands ?? {}).sort()).toEqual([
      "export",
      "playbook",
      "roster",
      "task",
      "tasks",
    ]);
    expect(Object.keys(tasksRegistry.actions ?? {}).sort()).toEqual([
      "afterparty.task",
      "task.done",
      "task.drop",
      "task.pick",
      "task.reassign",
      "task.reopen",
      "unanswered.assign",
    ]);
  });
});
