import { describe, expect, it } from "vitest";
import { scheduleTaskReminders } from "../../src/app/tasks/reminders.js";
import { buttons, visibleText } from "../support/recording-responder.js";
import { DEBRIEF, PARTY, scheduledWorld } from "./support/world.js";

// Café Chat: Tuesdays 19:00-20:00 Europe/Paris (18:00-19:00 UTC in winter). Now: Friday 27 Nov 2026, 10:00 UTC.
describe("an edition on a schedule runs itself, from scheduled to closed", () => {
  it("GIVEN a scheduled series WHEN the week passes THEN every message goes out at its time, in order", async () => {
    const w = await scheduledWorld();
    await w.advanceTo("2026-12-04T12:00:00Z");

    const posts = w.lines().filter((line) => !line.includes("CPARTY:T"));
    expect(posts).toEqual([
      "2026-11-27T10:00 scheduleEvent slack:T1:CPARTY: #cafechat: edition 1",
      "2026-11-28T18:00 post slack:T1:CDEBRIEF: #cafechat edition 1 is in 72 hours",
      "2026-11-30T18:00 post slack:T1:CDEBRIEF: #cafechat edition 1 is in 24 hours",
      // Once edition 1 has started, the next occurrence (Tuesday 8 Dec) is planned: its event first.
      "2026-12-01T18:00 scheduleEvent slack:T1:CPARTY: #cafechat: edition 2",
      "2026-12-01T19:00 post slack:T1:CDEBRIEF: **#cafechat edition 1 is over.** Team, while it is fresh: what went well, what went wrong, what was the best moment?",
      "2026-12-01T19:00 openThread slack:T1:CPARTY: after-party",
      "2026-12-01T19:30 post slack:T1:CDEBRIEF: [report] 1",
      "2026-12-01T19:30 post slack:T1:CDEBRIEF: [poll] 1",
      "2026-12-02T19:00 post slack:T1:CDEBRIEF: [after-party summary] 1",
      "2026-12-03T19:30 post slack:T1:CDEBRIEF: [poll results] 1",
    ]);
    expect((await w.edition(1)).status).toBe("closed");
  });

  it("GIVEN a live chat WHEN it ends THEN the team's notes are asked for right away, with a Write notes button and how to file them by typing", async () => {
    const w = await scheduledWorld();
    await w.advanceTo("2026-12-01T18:30:00Z");
    expect((await w.edition(1)).status).toBe("live");
    await w.advanceTo("2026-12-01T19:00:00Z");
    const ask = w.platforms
      .of("post")
      .find((p) => p.channel === DEBRIEF && p.message.text.includes("is over"));
    expect(buttons(ask!.message).map((b) => [b.action, b.value, b.label])).toEqual([
      ["note.new", w.series.id, "Write notes"],
    ]);
    expect(ask?.message.blocks.map((b) => ("text" in b ? b.text : ""))).toContain(
      "Type `/afterchat note` to open the notes form, or write one straight away: `/afterchat note good …`, `/afterchat note bad …`, `/afterchat note best …`.",
    );
    expect((await w.edition(1)).status).toBe("debriefing");
  });

  it("GIVEN the after-party is open WHEN hours pass THEN open questions are brought back every hour until it ends, then it closes", async () => {
    const w = await scheduledWorld();
    await w.advanceTo("2026-12-03T00:00:00Z");
    const escalations = w.stepCalls.filter((c) => c.step === "escalateOpenQuestions").map((c) => c.at);
    expect(escalations).toHaveLength(24);
    expect(escalations[0]).toBe("2026-12-01T20:00:00.000Z");
    expect(escalations.at(-1)).toBe("2026-12-02T19:00:00.000Z");
    expect(w.stepCalls.filter((c) => c.step === "closeAfterParty").map((c) => c.at)).toEqual([
      "2026-12-02T19:00:00.000Z",
    ]);
  });

  it("GIVEN the debrief WHEN it runs THEN the previous edition's tasks come first, then the report, then the poll", async () => {
    const w = await scheduledWorld();
    await w.advanceTo("2026-12-08T19:30:00Z");
    const debrief = w.stepCalls.filter((c) => c.edition === 2 && c.at === "2026-12-08T19:30:00.000Z");
    expect(debrief.map((c) => c.step)).toEqual(["reviewPreviousTasks", "postEditionReport", "openTeamPoll"]);
    const texts = w.platforms.of("post").map((p) => p.message.text);
    expect(texts.indexOf("[tasks of 1]")).toBeLessThan(texts.indexOf("[report] 2"));
  });

  it("GIVEN every delay changed in the series' settings WHEN the edition runs THEN the steps follow them", async () => {
    const w = await scheduledWorld({
      settings: {
        debriefDelayMinutes: 10,
        pollHours: 2,
        afterParty: false,
        askNotesAtEnd: false,
        promoReminderHours: [48],
        scheduledEvent: false,
      },
    });
    await w.advanceTo("2026-12-02T00:00:00Z");
    expect(w.lines()).toEqual([
      "2026-11-29T18:00 post slack:T1:CDEBRIEF: #cafechat edition 1 is in 48 hours",
      "2026-12-01T19:10 post slack:T1:CDEBRIEF: [report] 1",
      "2026-12-01T19:10 post slack:T1:CDEBRIEF: [poll] 1",
      "2026-12-01T21:10 post slack:T1:CDEBRIEF: [poll results] 1",
    ]);
    expect((await w.edition(1)).status).toBe("closed");
  });

  it("GIVEN planning runs every hour and at every start WHEN it runs again and again THEN one edition per occurrence and no job twice", async () => {
    const w = await scheduledWorld();
    await w.scheduler.plan();
    await w.restart();
    await w.advanceTo("2026-11-27T15:00:00Z");
    const editions = await w.store.editions.list(w.workspace.id, w.series.id);
    expect(editions.map((e) => [e.number, e.startsAt.toISOString()])).toEqual([
      [1, "2026-12-01T18:00:00.000Z"],
    ]);
    const keys = (await w.store.jobs.list()).map((j) => j.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k.startsWith("edition:")).map((k) => k.split(":")[2])).toEqual(
      expect.arrayContaining([
        "promo-72h",
        "promo-24h",
        "start",
        "end",
        "debrief",
        "poll-close",
        "after-party-end",
        "close",
      ]),
    );
  });

  it("GIVEN a series without a schedule WHEN a moderator creates the next edition by hand THEN the next planning gives it the whole lifecycle", async () => {
    const w = await scheduledWorld({ cron: "0 19 * * 2" });
    await w.store.series.update(w.workspace.id, w.series.id, { cron: null });
    await w.store.jobs.cancelPending("edition:");
    await w.store.editions.create({
      workspaceId: w.workspace.id,
      seriesId: w.series.id,
      number: 2,
      startsAt: new Date("2026-12-10T18:00:00Z"),
      endsAt: new Date("2026-12-10T19:00:00Z"),
    });
    await w.advanceTo("2026-12-10T19:30:00Z");
    expect(w.stepCalls.filter((c) => c.edition === 2).map((c) => `${c.at.slice(0, 16)} ${c.step}`)).toEqual([
      "2026-12-10T19:00 openAfterParty",
      "2026-12-10T19:30 reviewPreviousTasks",
      "2026-12-10T19:30 postEditionReport",
      "2026-12-10T19:30 openTeamPoll",
    ]);
  });

  it("GIVEN a French series WHEN the promotion reminder goes out THEN it speaks French, with the date in Paris time and the top contributors", async () => {
    const w = await scheduledWorld({ locale: "fr" });
    await w.advanceTo("2026-11-28T18:00:00Z");
    const promo = w.platforms.of("post")[0];
    expect(promo?.message.text).toBe("L’édition 1 de #cafechat a lieu dans 72 heures");
    const body = promo?.message.blocks.map((b) => ("text" in b ? b.text : "")).join("\n");
    expect(body).toContain("**Quand\u202F:** mar. 1 déc. 2026, 19:00");
    expect(body).toContain("Aucun contributeur enregistré");
  });
});

describe("the after-party area's own use cases, on the scheduler", () => {
  it("GIVEN the real after-party WHEN the chat ends and the after-party runs out THEN its thread opens with the host's goodbye at the end, and its summary goes out once at its end", async () => {
    const w = await scheduledWorld({
      realAfterParty: true,
      settings: { goodbye: "Merci, see you next Tuesday!" },
    });
    await w.advanceTo("2026-12-03T00:00:00Z");
    const thread = w.platforms.of("openThread");
    expect(thread.map((c) => [w.timeline.find((t) => t.call === c)?.at, c.channel, c.title])).toEqual([
      ["2026-12-01T19:00:00.000Z", PARTY, "#cafechat after-party"],
    ]);
    expect(visibleText(thread[0]!.first)).toContain("Merci, see you next Tuesday!");
    const summaries = w.timeline.filter(
      (t) => t.call.type === "post" && visibleText(t.call.message).includes("after-party is over"),
    );
    expect(summaries.map((t) => [t.at, t.call.type === "post" && t.call.channel])).toEqual([
      ["2026-12-02T19:00:00.000Z", thread[0]!.thread],
      ["2026-12-02T19:00:00.000Z", DEBRIEF],
    ]);
    const edition = await w.edition(1);
    expect(edition.afterPartyEndsAt?.toISOString()).toBe("2026-12-02T19:00:00.000Z");
  });
});

describe("the polls area's own use cases, on the scheduler", () => {
  const titles = (w: Awaited<ReturnType<typeof scheduledWorld>>) =>
    w.timeline.flatMap((t) =>
      t.call.type === "post" && /^(Team feedback|Results)/.test(t.call.message.text)
        ? [`${t.at.slice(0, 16)} ${t.call.message.text}`]
        : [],
    );

  it("GIVEN the debrief ran a minute late (a failed first try) WHEN the poll's own deadline comes THEN it closes then, with its results, once", async () => {
    let reportTries = 0;
    const w = await scheduledWorld({
      realPolls: true,
      steps: {
        postEditionReport: async () => {
          reportTries += 1;
          if (reportTries === 1) throw new Error("X is slow today");
        },
      },
    });
    await w.advanceTo("2026-12-04T00:00:00Z");
    expect(titles(w)).toEqual([
      "2026-12-01T19:31 Team feedback: #cafechat, edition 1: 0 people have voted so far.",
      "2026-12-03T19:31 Results: #cafechat, edition 1: 0 people answered.",
    ]);
  });

  it("GIVEN the team poll is open WHEN a day is left THEN those who have not voted get one reminder DM, voters none", async () => {
    const w = await scheduledWorld({ realPolls: true });
    const voter = `${w.moderator.slice(0, w.moderator.lastIndexOf(":"))}:VOTER`;
    await w.store.team.set(w.workspace.id, w.series.id, voter, "member");
    await w.advanceTo("2026-12-01T20:00:00Z");
    const edition = await w.edition(1);
    const poll = await w.store.polls.latestForEdition(w.workspace.id, edition.id);
    expect(poll?.closesAt?.toISOString()).toBe("2026-12-03T19:30:00.000Z");
    await w.store.polls.vote(w.workspace.id, poll!.id, poll!.questions[0]!.id, voter, { value: 4 });
    await w.advanceTo("2026-12-04T00:00:00Z");
    const dms = w.timeline.filter((t) => t.call.type === "dm");
    expect(dms.map((t) => [t.at.slice(0, 16), t.call.type === "dm" ? t.call.user : ""])).toEqual([
      ["2026-12-02T19:30", w.moderator],
    ]);
  });

  it("GIVEN a poll a moderator opened with a 2-hour deadline WHEN the five-minute sweep passes its deadline THEN it closes with its results", async () => {
    const w = await scheduledWorld({ realPolls: true, planEveryHour: false });
    const edition = await w.edition(1);
    await w.store.polls.create({
      workspaceId: w.workspace.id,
      editionId: edition.id,
      anonymous: true,
      resultsVisible: false,
      closesAt: new Date("2026-11-27T12:00:00Z"),
      createdBy: w.moderator,
      channelRef: DEBRIEF,
      questions: [{ key: "overall", label: null }],
    });
    w.clock.set(new Date("2026-11-27T11:55:00Z"));
    await w.scheduler.sweep();
    expect(titles(w)).toEqual([]);
    w.clock.set(new Date("2026-11-27T12:00:00Z"));
    await w.scheduler.sweep();
    await w.scheduler.sweep();
    await w.advanceTo("2026-11-27T12:00:00Z");
    expect(titles(w)).toEqual([
      "2026-11-27T12:00 Results: #cafechat, edition 1: Anonymous poll: 0 answers; who answered is not kept.",
    ]);
    expect((await w.store.jobs.list({ kind: "sweep" })).map((j) => [j.key, j.status])).toEqual([
      ["sweep:2026-11-27T11:55", "done"],
      ["sweep:2026-11-27T12:00", "done"],
    ]);
  });
});

describe("task reminders run on the scheduler", () => {
  it("GIVEN a task due Friday 17:00 Paris WHEN the days pass THEN its owner gets a DM the day before and one when it is overdue, once each", async () => {
    const w = await scheduledWorld();
    const owner = "slack:T1:UOWNER";
    const { task } = await w.store.tasks.create({
      workspaceId: w.workspace.id,
      seriesId: w.series.id,
      editionId: null,
      title: "Draft the teaser",
      ownerRef: owner,
      dueAt: new Date("2026-12-04T16:00:00Z"),
      createdBy: w.moderator,
    });
    expect(await scheduleTaskReminders(w.services, task)).toBe(2);
    await w.advanceTo("2026-12-05T00:00:00Z");
    const dms = w.lines().filter((line) => line.includes(" dm "));
    expect(dms).toEqual([
      "2026-12-03T16:00 dm slack:T1:UOWNER: Reminder: your task for #cafechat “Draft the teaser” is due Fri, Dec 4, 2026, 5:00 PM (Europe/Paris).",
      "2026-12-04T16:00 dm slack:T1:UOWNER: Your task for #cafechat “Draft the teaser” was due Fri, Dec 4, 2026, 5:00 PM (Europe/Paris) and is still open. Mark it done with `/afterchat tasks mine`, or ask a moderator to reassign or drop it.",
    ]);
  });
});
