import { describe, expect, it } from "vitest";
import { AfterchatError } from "../../src/errors.js";
import { DEBRIEF, scheduledWorld } from "./support/world.js";

describe("a failing step is retried with back-off, then stopped and reported to the moderators", () => {
  it("GIVEN the report cannot be posted WHEN the debrief keeps failing THEN it is tried 5 times (1, 4, 16, 64 min apart), then failed with a readable reason in the debrief channel", async () => {
    const tries: string[] = [];
    const w = await scheduledWorld({
      steps: {
        postEditionReport: async (s) => {
          tries.push(s.clock.now().toISOString());
          throw new AfterchatError("source_unavailable", { network: "X" });
        },
      },
    });
    await w.advanceTo("2026-12-02T02:00:00Z");

    expect(tries).toEqual([
      "2026-12-01T19:30:00.000Z",
      "2026-12-01T19:31:00.000Z",
      "2026-12-01T19:35:00.000Z",
      "2026-12-01T19:51:00.000Z",
      "2026-12-01T20:55:00.000Z",
    ]);
    const job = await w.store.jobs.get(`edition:${(await w.edition(1)).id}:debrief`);
    expect(job?.status).toBe("failed");
    expect(job?.attempts).toBe(5);
    expect(JSON.parse(job?.lastError ?? "{}")).toMatchObject({ code: "source_unavailable" });

    const notice = w.platforms
      .of("post")
      .filter((p) => p.channel === DEBRIEF && p.message.text.includes("failed"));
    expect(notice.map((p) => p.message.text)).toEqual([
      `<@${w.moderator}> The step “debrief (report, tasks review, team poll)” of #cafechat edition 1 failed 5 times and was stopped: X is not answering right now. Try again in a few minutes.`,
    ]);
    // The notes call and the tasks review went out once, not once per attempt.
    expect(w.stepCalls.filter((c) => c.step === "reviewPreviousTasks")).toHaveLength(1);
    expect(w.stepCalls.filter((c) => c.step === "openTeamPoll")).toHaveLength(0);
  });

  it("GIVEN a step fails twice then works WHEN retried THEN it completes and nobody is bothered", async () => {
    let calls = 0;
    const w = await scheduledWorld({
      steps: {
        openTeamPoll: async () => {
          calls += 1;
          if (calls < 3) throw new Error("poll store busy");
        },
      },
    });
    await w.advanceTo("2026-12-01T20:00:00Z");
    const job = await w.store.jobs.get(`edition:${(await w.edition(1)).id}:debrief`);
    expect(job?.status).toBe("done");
    expect(job?.attempts).toBe(3);
    expect(w.platforms.of("post").filter((p) => p.message.text.includes("[report]"))).toHaveLength(1);
    expect(w.platforms.of("post").some((p) => p.message.text.includes("failed"))).toBe(false);
  });

  it("GIVEN an unexpected error WHEN it fails for good THEN moderators read a French sentence naming it, without secrets", async () => {
    const w = await scheduledWorld({
      locale: "fr",
      steps: {
        closeAfterParty: async () => {
          throw new Error("connect ECONNREFUSED postgresql://bot:hunter2@db:5432/afterchat");
        },
      },
    });
    await w.advanceTo("2026-12-03T00:00:00Z");
    const notice = w.platforms.of("post").find((p) => p.message.text.includes("échoué"));
    expect(notice?.message.text).toBe(
      `<@${w.moderator}> L’étape «\u202Ffin de l’after\u202F» de l’édition 1 de #cafechat a échoué 5 fois et a été arrêtée\u202F: erreur inattendue (connect ECONNREFUSED postgresql://bot:[redacted]@db:5432/afterchat). Prévenez l’administrateur d’afterchat\u202F; le journal du serveur donne les détails.`,
    );
  });
});

describe("restart after downtime", () => {
  it("GIVEN the bot was down during the chat WHEN it restarts within the grace window of the end THEN the missed steps run once, late ones are skipped and reported", async () => {
    const w = await scheduledWorld({ graceMinutes: 360 });
    await w.advanceTo("2026-11-30T12:00:00Z");
    await w.scheduler.stop();
    // Down from Monday noon to Wednesday 01:00 UTC: the 24 h promotion (Mon 18:00) and the start
    // (Tue 18:00) are more than 6 h late; the end (19:00), debrief (19:30) and the after-party
    // escalations are within the window.
    w.clock.set(new Date("2026-12-02T01:00:00Z"));
    await w.restart();
    await w.advanceTo("2026-12-02T01:00:00Z");

    const edition = await w.edition(1);
    const skipped = await w.store.jobs.list({ status: ["skipped"] });
    // The event's start too, untold: the end step completes the event (nothing to do by hand).
    expect(skipped.map((j) => j.key.split(":")[2])).toEqual(["promo-24h", "event-start", "start"]);
    const report = w.platforms.of("post").find((p) => p.message.text.includes("were skipped"));
    const shown = report?.message.blocks.map((b) => ("text" in b ? b.text : "")).join("\n");
    expect(shown).toBe(
      [
        `<@${w.moderator}> While afterchat was stopped, these steps of #cafechat were missed by more than 6 hours and were skipped:`,
        "- promotion reminder of edition 1, due Mon, Nov 30, 2026, 7:00 PM (Europe/Paris)",
        "- start of the chat of edition 1, due Tue, Dec 1, 2026, 7:00 PM (Europe/Paris)",
        "Run what still matters by hand: `/afterchat stats`, `/afterchat poll`, `/afterchat tasks all`.",
      ].join("\n"),
    );
    // Within the window: run once, in their order, at the restart.
    const atRestart = w.stepCalls.filter((c) => c.at === "2026-12-02T01:00:00.000Z").map((c) => c.step);
    expect(atRestart).toEqual([
      "openAfterParty",
      "reviewPreviousTasks",
      "postEditionReport",
      "openTeamPoll",
      "escalateOpenQuestions",
    ]);
    expect(edition.status).toBe("debriefing");
    // Missed escalation rounds are not replayed back to back: the next one is at 02:00.
    const next = (await w.store.jobs.list({ status: ["pending"], kind: "edition.escalate" }))
      .filter((j) => j.payload.editionId === edition.id)
      .map((j) => j.runAt.toISOString());
    expect(next).toEqual(["2026-12-02T02:00:00.000Z"]);
  });

  it("GIVEN a restart WHEN nothing was missed THEN nobody is told anything", async () => {
    const w = await scheduledWorld();
    await w.advanceTo("2026-11-28T00:00:00Z");
    await w.scheduler.stop();
    await w.restart();
    expect(w.platforms.of("post")).toHaveLength(0);
  });
});
