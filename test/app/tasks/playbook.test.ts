import { describe, expect, it } from "vitest";
import { runPlaybook } from "../../../src/app/tasks/run-playbook.js";
import type { Store, TaskRepository } from "../../../src/ports.js";
import { invoke } from "../../support/invoke.js";
import { visibleText } from "../../support/recording-responder.js";
import { posts } from "./support/posts.js";
import { type World, world } from "./support/world.js";

async function run(w: World, user = "MOD", services = w.services) {
  const responder = w.responder();
  await invoke(runPlaybook, services, w.actor({ user }), { name: "playbook" }, responder);
  return responder;
}

describe("the playbook", () => {
  it("GIVEN a finished edition THEN eight tasks are created, owners taking turns, and listed in the channel", async () => {
    const w = await world();
    const reply = (await run(w)).lastReply();
    const tasks = w.store.tables().tasks;
    expect(tasks).toHaveLength(8);
    expect(tasks.every((t) => t.origin === "playbook" && t.editionId === w.edition.id)).toBe(true);
    expect(tasks.map((t) => t.ownerRef)).toEqual([
      w.ref("MOD"),
      w.ref("MEM"),
      w.ref("MOD"),
      w.ref("MEM"),
      w.ref("MOD"),
      w.ref("MEM"),
      w.ref("MOD"),
      w.ref("MEM"),
    ]);
    expect(reply.ephemeral).toBe(false);
    const text = visibleText(reply.message);
    expect(text).toContain("Playbook for edition 1 of #chat");
    expect(text).toContain("Thank the participants of edition 1");
    expect(text).toContain("8 tasks created.");
    expect(text).toContain("Invite the top contributors personally");
    expect(tasks.find((t) => t.playbookKey === "playbook:invite")?.title).toBe(
      "Invite the top contributors personally (import the chat first)",
    );
    expect(text).toContain("Wed, Mar 4, 2026, 5:00 PM (Europe/Paris)");
  });

  it("GIVEN the playbook already ran THEN a second run creates nothing and says they are already there", async () => {
    const w = await world();
    await run(w);
    const again = (await run(w)).lastReply();
    expect(w.store.tables().tasks).toHaveLength(8);
    const text = visibleText(again.message);
    expect(text).toContain("Every playbook task was already there: nothing new was created.");
    expect(text.match(/already there\)/g)).toHaveLength(8);
  });

  it("GIVEN imported posts THEN the invitation names the top five contributors, hosts left out", async () => {
    const w = await world();
    await w.store.posts.upsertBatch(w.workspace.id, w.edition.id, [
      ...posts("host", 30),
      ...posts("ana", 6),
      ...posts("ben", 5),
      ...posts("cleo", 4, { likes: 3 }),
      ...posts("dan", 4),
      ...posts("eve", 2),
      ...posts("fay", 1),
    ]);
    await run(w);
    const invite = w.store.tables().tasks.find((t) => t.playbookKey === "playbook:invite");
    expect(invite?.title).toBe("Invite the top contributors personally: @ana, @ben, @cleo, @dan and @eve");
  });

  it("GIVEN the edition's report recorded who took part THEN the invitation ranks by those records, not by a pass over the posts", async () => {
    const w = await world();
    const took = (handle: string, count: number, engagement = 0) => ({
      network: "x" as const,
      handle,
      name: null,
      followers: null,
      posts: count,
      engagement,
      firstPostAt: new Date("2026-03-03T19:05:00Z"),
    });
    // The records say gus led; the posts stored (an older, partial import) would say ana.
    await w.store.participants.recordEdition(w.workspace.id, w.edition.id, [
      took("host", 40),
      took("Gus", 9),
      took("ana", 6),
      took("hal", 2, 30),
      took("ivy", 2, 10),
      took("jo", 1),
      took("kim", 1),
    ]);
    await w.store.posts.upsertBatch(w.workspace.id, w.edition.id, posts("ana", 12));
    await run(w);
    const invite = w.store.tables().tasks.find((t) => t.playbookKey === "playbook:invite");
    expect(invite?.title).toBe("Invite the top contributors personally: @gus, @ana, @hal, @ivy and @jo");
  });

  it("GIVEN the edition's headline counted unanswered questions THEN the step says how many", async () => {
    const w = await world();
    await w.store.editions.update(w.workspace.id, w.edition.id, {
      headline: {
        posts: 10,
        contributors: 3,
        engagement: 0,
        potentialReach: 0,
        impressions: null,
        questions: 4,
        answers: 6,
        unanswered: 3,
        newContributors: null,
      },
    });
    await run(w);
    const step = w.store.tables().tasks.find((t) => t.playbookKey === "playbook:unanswered");
    expect(step?.title).toBe("Answer the 3 unanswered questions under #chat");
  });

  it.each(["en", "fr"] as const)(
    "GIVEN an edition just imported with no question left unanswered and only hosts posting (%s) THEN neither the invitation nor the unanswered step is added",
    async (locale) => {
      const w = await world({ locale });
      await w.store.editions.update(w.workspace.id, w.edition.id, {
        importedAt: new Date(),
        headline: {
          posts: 2,
          contributors: 1,
          engagement: 0,
          potentialReach: 0,
          impressions: null,
          questions: 1,
          answers: 1,
          unanswered: 0,
          newContributors: null,
        },
      });
      await run(w);
      const keys = w.store.tables().tasks.map((t) => t.playbookKey);
      expect(keys).toHaveLength(6);
      expect(keys).not.toContain("playbook:invite");
      expect(keys).not.toContain("playbook:unanswered");
    },
  );

  it("GIVEN an edition not imported THEN the invitation asks to import first and the unanswered step has no count", async () => {
    const w = await world();
    await run(w);
    const titles = w.store.tables().tasks.map((t) => t.title);
    expect(titles).toContain("Invite the top contributors personally (import the chat first)");
    expect(titles).toContain("Answer the unanswered questions under #chat");
  });

  it("GIVEN the next edition is scheduled THEN the announcement is due a week before it", async () => {
    const w = await world();
    await w.store.editions.create({
      workspaceId: w.workspace.id,
      seriesId: w.series.id,
      number: 2,
      startsAt: new Date("2026-03-31T18:00:00Z"),
      endsAt: new Date("2026-03-31T19:00:00Z"),
    });
    await run(w);
    const announce = w.store.tables().tasks.find((t) => t.playbookKey === "playbook:announce");
    expect(announce?.dueAt?.toISOString()).toBe("2026-03-24T16:00:00.000Z");
  });

  it("GIVEN a plain member THEN the playbook is refused", async () => {
    const w = await world();
    await expect(run(w, "MEM")).rejects.toMatchObject({ code: "not_moderator" });
    expect(w.store.tables().tasks).toHaveLength(0);
  });

  it("GIVEN the store fails on the fourth task THEN no task at all is left", async () => {
    const w = await world();
    const failing: Store = {
      ...w.store,
      transaction: (work) => w.store.transaction((tx) => work({ ...tx, tasks: failOnCall(tx.tasks, 4) })),
    };
    await expect(run(w, "MOD", { ...w.services, store: failing })).rejects.toThrow("disk full");
    expect(w.store.tables().tasks).toHaveLength(0);
    expect(w.store.tables().audit).toHaveLength(0);
    expect(w.store.tables().jobs).toHaveLength(0);
  });

  it("GIVEN a French series THEN the tasks are written in French", async () => {
    const w = await world({ locale: "fr" });
    const reply = (await run(w)).lastReply();
    expect(w.store.tables().tasks[0]?.title).toBe("Remercier les participants de l'édition 1");
    expect(visibleText(reply.message)).toContain("8 tâches créées.");
  });
});

function failOnCall(tasks: TaskRepository, n: number): TaskRepository {
  let calls = 0;
  return {
    create: async (input) => {
      calls += 1;
      if (calls === n) throw new Error("disk full");
      return tasks.create(input);
    },
    get: (...args) => tasks.get(...args),
    list: (...args) => tasks.list(...args),
    update: (...args) => tasks.update(...args),
  };
}
