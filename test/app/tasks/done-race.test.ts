/**
 * Two "Done" clicks at the same moment, on every store: on PostgreSQL (READ COMMITTED) both
 * transactions read the task open before either commits; the conditional update lets one change it.
 */
import { describe, expect, it } from "vitest";
import type { Services } from "../../../src/app/services.js";
import { markTaskDone } from "../../../src/app/tasks/task-actions.js";
import { silentLogger } from "../../../src/log.js";
import type { Store } from "../../../src/ports.js";
import { taskValue } from "../../../src/render/tasks/value.js";
import { useStore } from "../../store/harness.js";
import { seedWorld } from "../../store/seed.js";
import { makeActor } from "../../support/actors.js";
import { storeTargets } from "../../support/db.js";
import { invoke } from "../../support/invoke.js";
import {
  MovableClock,
  RecordingPlatforms,
  RecordingResponder,
  TEST_SECRET,
} from "../../support/recording-responder.js";

/**
 * The store with each transaction's task read held until two transactions have read: so on
 * PostgreSQL both clicks see the task open before either writes, every run. (SQLite and the
 * memory store run one transaction at a time: there the second simply finds it done.)
 */
function bothReadFirst(store: Store): Store {
  let arrived = 0;
  let release!: () => void;
  const bothRead = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    ...store,
    transaction: (work) =>
      store.transaction((tx) =>
        work({
          ...tx,
          tasks: {
            get: async (workspaceId, id) => {
              const task = await tx.tasks.get(workspaceId, id);
              arrived += 1;
              if (arrived === 2) release();
              await bothRead;
              return task;
            },
            create: (input) => tx.tasks.create(input),
            list: (workspaceId, filter) => tx.tasks.list(workspaceId, filter),
            update: (workspaceId, id, patch, options) => tx.tasks.update(workspaceId, id, patch, options),
          },
        }),
      ),
  };
}

describe.each(storeTargets())("a task marked done twice at once on $name", (target) => {
  const h = useStore(target);

  it("GIVEN an open task WHEN its owner and a moderator click Done together THEN it changes once, with one audit event, and the second click is told it was already done", async () => {
    const { ws, series, edition } = await seedWorld(h.store);
    const owner = makeActor(ws, { user: "U2" });
    const moderator = makeActor(ws, { user: "U1" });
    await h.store.team.set(ws.id, series.id, moderator.userRef, "moderator");
    const { task } = await h.store.tasks.create({
      workspaceId: ws.id,
      seriesId: series.id,
      editionId: edition.id,
      title: "Send the recap",
      ownerRef: owner.userRef,
      dueAt: null,
      createdBy: moderator.userRef,
    });
    const services: Services = {
      store: target.name === "postgres" ? bothReadFirst(h.store) : h.store,
      clock: new MovableClock(new Date("2026-03-05T20:00:00Z")),
      platforms: new RecordingPlatforms(),
      log: silentLogger(),
      secret: TEST_SECRET,
      liveSource: () => null,
      importMaxBytes: 1024,
    };
    const value = taskValue(task.id, "card");
    const responders = [new RecordingResponder(), new RecordingResponder()];
    await Promise.all(
      [owner, moderator].map((actor, i) =>
        invoke(markTaskDone, services, actor, { action: "task.done", value }, responders[i]!),
      ),
    );

    expect((await h.store.tasks.get(ws.id, task.id))?.status).toBe("done");
    const done = (await h.store.audit.list(ws.id, { subjectType: "task" })).filter(
      (e) => e.action === "task.done",
    );
    expect(done).toHaveLength(1);
    const told = responders.flatMap((r) => r.replies().map((a) => [a.message.text, a.ephemeral]));
    expect(told).toEqual([["“Send the recap” is already done: nothing changed.", true]]);
  });
});
