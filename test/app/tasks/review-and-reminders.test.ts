import { describe, expect, it } from "vitest";
import {
  dueTaskReminders,
  runTaskReminder,
  runTaskReminderJob,
  scheduleTaskReminders,
  TASK_REMINDER_JOB,
} from "../../../src/app/tasks/reminders.js";
import { reviewPreviousTasks } from "../../../src/app/tasks/review.js";
import type { Task } from "../../../src/domain/task.js";
import { visibleText } from "../../support/recording-responder.js";
import { type World, world } from "./support/world.js";

async function task(w: World, title: string, dueAt: Date | null, owner = "ANA"): Promise<Task> {
  const { task } = await w.store.tasks.create({
    workspaceId: w.workspace.id,
    seriesId: w.series.id,
    editionId: w.edition.id,
    title,
    ownerRef: w.ref(owner),
    dueAt,
    createdBy: w.ref("MEM"),
  });
  return task;
}

describe("reviewing the previous edition's tasks", () => {
  it("GIVEN tasks done, late, dropped and open THEN the next debrief lists them by group", async () => {
    const w = await world();
    const onTime = await task(w, "thank everyone", new Date("2026-03-05T16:00:00Z"));
    const lateDone = await task(w, "write the recap", new Date("2026-03-05T16:00:00Z"));
    await task(w, "invite the top voices", new Date("2026-03-06T16:00:00Z"));
    const dropped = await task(w, "print stickers", null);
    await task(w, "announce the topic", new Date("2026-03-20T16:00:00Z"));
    await w.store.tasks.update(w.workspace.id, onTime.id, {
      status: "done",
      doneAt: new Date("2026-03-04T10:00:00Z"),
    });
    await w.store.tasks.update(w.workspace.id, lateDone.id, {
      status: "done",
      doneAt: new Date("2026-03-07T10:00:00Z"),
    });
    await w.store.tasks.update(w.workspace.id, dropped.id, { status: "dropped" });
    const next = await w.store.editions.create({
      workspaceId: w.workspace.id,
      seriesId: w.series.id,
      number: 2,
      startsAt: new Date("2026-03-10T19:00:00Z"),
      endsAt: new Date("2026-03-10T20:00:00Z"),
    });
    w.clock.set(new Date("2026-03-10T21:00:00Z"));

    const message = await reviewPreviousTasks(w.services, w.series, next);
    const text = visibleText(message!);
    expect(text).toContain("Tasks from edition 1");
    expect(text).toContain("At this debrief, the tasks of the previous edition come first.");
    const done = text.indexOf("**Done (1)**");
    const late = text.indexOf("**Late (2)**");
    const drop = text.indexOf("**Dropped (1)**");
    const open = text.indexOf("**Still open (1)**");
    expect(done).toBeGreaterThan(-1);
    expect(late).toBeGreaterThan(done);
    expect(drop).toBeGreaterThan(late);
    expect(open).toBeGreaterThan(drop);
    expect(text.slice(late, drop)).toContain("write the recap");
    expect(text.slice(late, drop)).toContain("invite the top voices");
    expect(text.slice(open)).toContain("announce the topic");
  });

  it("GIVEN the first edition THEN there is nothing to review", async () => {
    const w = await world();
    expect(await reviewPreviousTasks(w.services, w.series, w.edition)).toBeNull();
  });
});

describe("task reminders", () => {
  const due = new Date("2026-03-06T16:00:00Z");

  it("GIVEN a task due friday THEN two jobs are queued once, the day before and at the due time", async () => {
    const w = await world();
    const t = await task(w, "send the recap", due);
    expect(await scheduleTaskReminders(w.services, t)).toBe(2);
    expect(await scheduleTaskReminders(w.services, t)).toBe(0);
    const jobs = w.store
      .tables()
      .jobs.map((j) => ({ key: j.key, kind: j.kind, runAt: j.runAt.toISOString() }));
    expect(jobs).toEqual([
      { key: `task:${t.id}:due-soon`, kind: TASK_REMINDER_JOB, runAt: "2026-03-05T16:00:00.000Z" },
      { key: `task:${t.id}:overdue`, kind: TASK_REMINDER_JOB, runAt: "2026-03-06T16:00:00.000Z" },
    ]);
  });

  it("GIVEN a task due in a few hours THEN only the overdue reminder is queued", async () => {
    const w = await world();
    const t = await task(w, "soon", new Date("2026-03-04T08:00:00Z"));
    expect(await scheduleTaskReminders(w.services, t)).toBe(1);
  });

  it("GIVEN the due-soon job runs THEN the owner gets one DM, even if it runs twice", async () => {
    const w = await world();
    const t = await task(w, "send the recap", due);
    await scheduleTaskReminders(w.services, t);
    w.clock.set(new Date("2026-03-05T16:00:00Z"));
    const job = (await w.store.jobs.get(`task:${t.id}:due-soon`))!;
    expect(await runTaskReminderJob(w.services, job)).toBe("sent");
    expect(await runTaskReminderJob(w.services, job)).toBe("already_sent");
    const dms = w.platforms.of("dm");
    expect(dms).toHaveLength(1);
    expect(dms[0]?.user).toBe(w.ref("ANA"));
    expect(dms[0]?.message.text).toBe(
      "Reminder: your task for #chat “send the recap” is due Fri, Mar 6, 2026, 5:00 PM (Europe/Paris).",
    );
  });

  it("GIVEN a task done before its due time THEN the overdue reminder sends nothing", async () => {
    const w = await world();
    const t = await task(w, "send the recap", due);
    await w.store.tasks.update(w.workspace.id, t.id, {
      status: "done",
      doneAt: new Date("2026-03-05T10:00:00Z"),
    });
    w.clock.set(new Date("2026-03-06T16:00:00Z"));
    expect(await runTaskReminder(w.services, w.workspace.id, t.id, "overdue")).toBe("not_open");
    expect(w.platforms.of("dm")).toHaveLength(0);
  });

  it("GIVEN the sweep runs hourly THEN each owner hears once per kind", async () => {
    const w = await world();
    await task(w, "send the recap", due);
    await task(w, "far away", new Date("2026-04-30T16:00:00Z"));
    const at = (iso: string) => dueTaskReminders(w.services, w.workspace.id, new Date(iso));
    expect(await at("2026-03-04T12:00:00Z")).toBe(0);
    expect(await at("2026-03-05T17:00:00Z")).toBe(1);
    expect(await at("2026-03-05T18:00:00Z")).toBe(0);
    expect(await at("2026-03-06T17:00:00Z")).toBe(1);
    expect(await at("2026-03-07T17:00:00Z")).toBe(0);
    expect(w.platforms.of("dm").map((d) => d.message.text.slice(0, 20))).toEqual([
      "Reminder: your task ",
      "Your task for #chat ",
    ]);
  });

  it("GIVEN a French series THEN the reminder is in French", async () => {
    const w = await world({ locale: "fr" });
    await task(w, "envoyer le récap", due);
    await dueTaskReminders(w.services, w.workspace.id, new Date("2026-03-06T17:00:00Z"));
    expect(w.platforms.of("dm")[0]?.message.text).toContain(
      "Votre tâche pour #chat «\u202Fenvoyer le récap\u202F»",
    );
  });
});
