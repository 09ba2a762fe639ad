/** The whole edition on the real databases: the runner's transactions and markers on Prisma. */
import { afterEach, describe, expect, it } from "vitest";
import { databaseTargets, type OpenStore } from "../support/db.js";
import { scheduledWorld } from "./support/world.js";

describe.each(databaseTargets())("an edition on $name", (target) => {
  let opened: OpenStore | null = null;
  afterEach(async () => {
    await opened?.close();
    opened = null;
  });

  it("GIVEN a scheduled series WHEN its first edition runs (with a failing step on its first try) THEN each message goes out once, at its time, and the edition closes", {
    timeout: 120_000,
  }, async () => {
    opened = await target.open();
    let pollTries = 0;
    const w = await scheduledWorld({
      store: opened.store,
      planEveryHour: false,
      settings: { promoReminderHours: [24], questionEscalationMinutes: 240 },
      steps: {
        openTeamPoll: async () => {
          pollTries += 1;
          if (pollTries === 1) throw new Error("poll service busy");
        },
      },
    });
    await w.advanceTo("2026-12-03T20:00:00Z");
    expect(w.lines().filter((l) => l.includes("CDEBRIEF"))).toEqual([
      "2026-11-30T18:00 post slack:T1:CDEBRIEF: #cafechat edition 1 is in 24 hours",
      "2026-12-01T19:00 post slack:T1:CDEBRIEF: **#cafechat edition 1 is over.** Team, while it is fresh: what went well, what went wrong, what was the best moment?",
      "2026-12-01T19:30 post slack:T1:CDEBRIEF: [report] 1",
      "2026-12-02T19:00 post slack:T1:CDEBRIEF: [after-party summary] 1",
      "2026-12-03T19:30 post slack:T1:CDEBRIEF: [poll results] 1",
    ]);
    expect(pollTries).toBe(2);
    const debrief = await w.store.jobs.get(`edition:${(await w.edition(1)).id}:debrief`);
    expect([debrief?.status, debrief?.attempts]).toEqual(["done", 2]);
    expect((await w.edition(1)).status).toBe("closed");
    expect(w.stepCalls.filter((c) => c.step === "escalateOpenQuestions").map((c) => c.at)).toEqual([
      "2026-12-01T23:00:00.000Z",
      "2026-12-02T03:00:00.000Z",
      "2026-12-02T07:00:00.000Z",
      "2026-12-02T11:00:00.000Z",
      "2026-12-02T15:00:00.000Z",
      "2026-12-02T19:00:00.000Z",
    ]);
  });
  it("GIVEN a Discord after-party WHEN the edition runs THEN its event is made when planned, goes live at the start and is completed at the end, once each", {
    timeout: 60_000,
  }, async () => {
    opened = await target.open();
    const w = await scheduledWorld({
      store: opened.store,
      planEveryHour: false,
      afterPartyChannel: "discord:G1:CPARTY",
      settings: { afterParty: false },
    });
    await w.advanceTo("2026-12-01T18:00:00Z");
    // A second process comes up and runs what is due again: nothing is sent twice.
    await w.restart();
    await w.advanceTo("2026-12-01T19:30:00Z");
    expect(w.lines().filter((l) => l.includes("scheduleEvent") || l.includes("eventStatus"))).toEqual([
      "2026-11-27T10:00 scheduleEvent discord:G1:CPARTY: #cafechat: edition 1",
      "2026-12-01T18:00 eventStatus discord:G1:m1: active",
      // Once edition 1 has started, edition 2 is planned: its own event (Paris has summer time).
      "2026-12-01T18:00 scheduleEvent discord:G1:CPARTY: #cafechat: edition 2",
      "2026-12-01T19:00 eventStatus discord:G1:m1: completed",
    ]);
  });
  it("GIVEN editions already planned WHEN planning runs again in a later hour THEN it completes (known keys do not break its transaction) and adds nothing", {
    timeout: 60_000,
  }, async () => {
    opened = await target.open();
    const w = await scheduledWorld({ store: opened.store, planEveryHour: false });
    const before = (await w.store.jobs.list()).length;
    w.clock.set(new Date("2026-11-27T11:00:00Z"));
    await w.scheduler.plan();
    w.clock.set(new Date("2026-11-27T12:00:00Z"));
    await w.scheduler.plan();
    const plans = (await w.store.jobs.list({ kind: "plan" })).map((j) => [j.key, j.status, j.attempts]);
    expect(plans).toEqual([
      ["plan:2026-11-27T10", "done", 1],
      ["plan:2026-11-27T11", "done", 1],
      ["plan:2026-11-27T12", "done", 1],
    ]);
    expect((await w.store.jobs.list()).length).toBe(before + 2);
    expect(await w.store.editions.list(w.workspace.id, w.series.id)).toHaveLength(1);
  });
});
