import { describe, expect, it } from "vitest";
import { recurrenceOf } from "../../src/domain/recurrence.js";
import { nextOccurrence } from "../../src/domain/schedule.js";

const AFTER = new Date("2026-03-02T00:00:00Z");
// A zone without summer time: Discord repeats a rule at a fixed UTC time (see the DST cases below).
const rule = (cron: string, zone = "Asia/Tokyo") => {
  const start = nextOccurrence(cron, zone, AFTER)!;
  const found = recurrenceOf(cron, zone, start);
  return found && { frequency: found.frequency, weekdays: found.weekdays, interval: found.interval };
};

describe("a schedule as Discord's recurrence rule", () => {
  it.each([
    ["0 18 * * 2", { frequency: "weekly", weekdays: [1], interval: 1 }],
    ["30 19 * * 0", { frequency: "weekly", weekdays: [6], interval: 1 }],
    ["0 12 * * *", { frequency: "daily", weekdays: null, interval: 1 }],
    ["0 9 * * 1-5", { frequency: "daily", weekdays: [0, 1, 2, 3, 4], interval: 1 }],
    ["0 9 * * 6,0", { frequency: "daily", weekdays: [5, 6], interval: 1 }],
    ["0 20 * * 5-6", { frequency: "daily", weekdays: [4, 5], interval: 1 }],
  ] as const)("GIVEN %s THEN Discord can say it: %j", (cron, expected) => {
    expect(rule(cron)).toEqual(expected);
  });

  it.each([
    ["two days a week Discord has no set for", "0 18 * * 2,4"],
    ["the first Tuesday of the month", "0 18 1-7 * 2"],
    ["twice a day", "0 9,18 * * *"],
    ["once a year", "0 18 24 7 *"],
  ])("GIVEN %s THEN no rule (each edition keeps its own event)", (_what, cron) => {
    expect(rule(cron)).toBeNull();
  });

  it("GIVEN a start that is not one of the schedule's occurrences THEN no rule", () => {
    expect(recurrenceOf("0 18 * * 2", "Asia/Tokyo", new Date("2026-03-04T09:00:00Z"))).toBeNull();
  });

  it("GIVEN 00:30 in Kiritimati (still the day before in UTC) THEN no rule rather than the wrong day", () => {
    expect(rule("30 0 * * 2", "Pacific/Kiritimati")).toBeNull();
  });

  it("GIVEN a weekly rule THEN it starts at the first occurrence", () => {
    const start = nextOccurrence("0 18 * * 2", "Asia/Tokyo", AFTER)!;
    expect(recurrenceOf("0 18 * * 2", "Asia/Tokyo", start)?.start).toEqual(new Date("2026-03-03T09:00:00Z"));
  });

  it("GIVEN every day at noon UTC THEN a daily rule", () => {
    expect(rule("0 12 * * *", "UTC")).toEqual({ frequency: "daily", weekdays: null, interval: 1 });
  });

  // Discord's rule has no zone: it repeats `start` at the same UTC time, so after the change to
  // summer time on 2027-03-28 a rule sent for 18:30 Paris (17:30 UTC) would show 19:30.
  it.each([
    ["Europe/Paris", "2027-03-15T00:00:00Z"],
    ["Europe/Paris", "2027-07-01T00:00:00Z"],
    ["America/New_York", "2027-03-01T00:00:00Z"],
    ["Pacific/Auckland", "2027-03-01T00:00:00Z"],
  ])("GIVEN a weekly 18:30 chat in %s (a zone with summer time) from %s THEN no rule", (zone, after) => {
    const start = nextOccurrence("30 18 * * 2", zone, new Date(after))!;
    expect(recurrenceOf("30 18 * * 2", zone, start)).toBeNull();
    // The same chat in a zone without summer time repeats.
    const tokyo = nextOccurrence("30 18 * * 2", "Asia/Tokyo", new Date(after))!;
    expect(recurrenceOf("30 18 * * 2", "Asia/Tokyo", tokyo)).not.toBeNull();
  });
});
