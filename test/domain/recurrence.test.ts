import { describe, expect, it } from "vitest";
import { recurrenceOf } from "../../src/domain/recurrence.js";
import { nextOccurrence } from "../../src/domain/schedule.js";

const AFTER = new Date("2026-03-02T00:00:00Z");
const rule = (cron: string, zone = "Europe/Paris") => {
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
    expect(recurrenceOf("0 18 * * 2", "Europe/Paris", new Date("2026-03-04T17:00:00Z"))).toBeNull();
  });

  it("GIVEN 00:30 in Auckland (still the day before in UTC) THEN no rule rather than the wrong day", () => {
    expect(rule("30 0 * * 2", "Pacific/Auckland")).toBeNull();
  });

  it("GIVEN a weekly rule THEN it starts at the first occurrence", () => {
    const start = nextOccurrence("0 18 * * 2", "Europe/Paris", AFTER)!;
    expect(recurrenceOf("0 18 * * 2", "Europe/Paris", start)?.start).toEqual(
      new Date("2026-03-03T17:00:00Z"),
    );
  });
});
