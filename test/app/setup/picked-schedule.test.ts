import { describe, expect, it } from "vitest";
import { readFormSchedule } from "../../../src/app/setup/picked-schedule.js";
import { picksOf } from "../../../src/domain/weekly.js";
import { buttons, visibleText } from "../../support/recording-responder.js";
import { testWorld } from "../world.js";

const fallback = { timeZone: "UTC", durationMinutes: 60 };

describe("the schedule as picked", () => {
  it("GIVEN Tuesday 18:30 in Paris for 90 minutes WHEN read THEN it is the weekly cron in that zone", () => {
    const read = readFormSchedule(
      { weekday: "2", time: "18:30", zone: "europe/paris", duration: "90" },
      fallback,
    );
    expect(read).toEqual({
      ok: true,
      value: { cron: "30 18 * * 2", timeZone: "Europe/Paris", durationMinutes: 90 },
    });
  });

  it("GIVEN Discord's hour and minute selects and the first Monday of the month WHEN read THEN node-cron's # says it", () => {
    const read = readFormSchedule({ weekday: "1#1", hour: "09", minute: "00" }, fallback);
    expect(read).toMatchObject({ ok: true, value: { cron: "0 9 * * 1#1", timeZone: "UTC" } });
  });

  it("GIVEN no regular day WHEN read THEN there is no schedule, the zone and length kept", () => {
    const read = readFormSchedule({ weekday: "none", time: "18:00", zone: "Asia/Tokyo" }, fallback);
    expect(read).toEqual({ ok: true, value: { cron: null, timeZone: "Asia/Tokyo", durationMinutes: 60 } });
  });

  it("GIVEN a day picked and a schedule typed WHEN read THEN both fields say to keep one", () => {
    const read = readFormSchedule({ weekday: "2", time: "18:00", schedule: "0 9 * * 1 UTC" }, fallback);
    expect(read).toEqual({
      ok: false,
      error: [{ code: "schedule_both", field: "weekday" }, { code: "schedule_both" }],
    });
  });

  it("GIVEN a day without a time, a bad zone and a length too long WHEN read THEN each is said under its field", () => {
    const read = readFormSchedule({ weekday: "2", time: "", zone: "Mars/Base", duration: "900" }, fallback);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error).toEqual([
      { code: "zone_invalid", input: "Mars/Base", field: "zone" },
      { code: "length_invalid", input: "900", field: "duration" },
      { code: "time_missing", field: "time" },
    ]);
  });

  it("GIVEN a cron typed beside a picked zone WHEN read THEN the picked zone completes it", () => {
    const read = readFormSchedule(
      { weekday: "none", zone: "Europe/Paris", schedule: "0 9 * * 1,4 45m" },
      fallback,
    );
    expect(read).toEqual({
      ok: true,
      value: { cron: "0 9 * * 1,4", timeZone: "Europe/Paris", durationMinutes: 45 },
    });
  });

  it("GIVEN schedules WHEN shown again THEN pickers say the weekly and monthly ones, a cron only the typed field", () => {
    expect(picksOf("30 18 * * 2")).toEqual({ weekday: "2", time: "18:30" });
    expect(picksOf("0 9 * * 4#1")).toEqual({ weekday: "4#1", time: "09:00" });
    expect(picksOf(null)).toEqual({ weekday: "none", time: "" });
    expect(picksOf("0 9 * * 1,4")).toBeNull();
    expect(picksOf("*/5 9 * * 1")).toBeNull();
  });
});

describe("Discord's schedule form, submitted", () => {
  it("GIVEN a day without an hour (a forged submit) WHEN sent THEN the problem is said with the way back to the schedule form, nothing saved; a non-moderator is refused", async () => {
    const world = await testWorld();
    const admin = world.actor({ isAdmin: true });
    await world.run(admin, "setup #edchat");
    const series = await world.store.series.findByHashtag(world.workspace.id, "edchat");
    const answer = await world.submit(admin, "setup.schedule", series!.id, { weekday: "2", zone: "UTC" });
    const { message } = answer.lastReply();
    expect(visibleText(message)).toContain("Time: pick the time of the day you picked.");
    expect(buttons(message).map((b) => b.action)).toEqual(["setup.schedule"]);
    expect((await world.store.series.get(world.workspace.id, series!.id))?.cron).toBeNull();

    const outsider = world.actor({ user: "U9" });
    const refused = await world.submit(outsider, "setup.schedule", series!.id, {
      weekday: "2",
      hour: "18",
      minute: "00",
    });
    expect(visibleText(refused.lastReply().message)).not.toContain("#edchat is saved");
    expect((await world.store.series.get(world.workspace.id, series!.id))?.cron).toBeNull();
  });
});
