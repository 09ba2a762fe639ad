import { describe, expect, it } from "vitest";
import { nextCronRun } from "../../../src/app/after-party/index.js";

describe("nextCronRun: the next start of a scheduled series, in its time zone", () => {
  it.each([
    [
      "weekly, Tuesday 18:00 Paris",
      "0 18 * * 2",
      "Europe/Paris",
      "2026-03-03T18:00:00Z",
      "2026-03-10T17:00:00.000Z",
    ],
    ["the same day, later", "30 20 * * *", "UTC", "2026-03-03T18:00:00Z", "2026-03-03T20:30:00.000Z"],
    [
      "across the spring DST change (Paris, 29 March)",
      "0 18 * * 2",
      "Europe/Paris",
      "2026-03-24T18:00:00Z",
      "2026-03-31T16:00:00.000Z",
    ],
    ["Sunday written 7", "0 9 * * 7", "UTC", "2026-03-03T00:00:00Z", "2026-03-08T09:00:00.000Z"],
    ["Sunday written 0", "0 9 * * 0", "UTC", "2026-03-03T00:00:00Z", "2026-03-08T09:00:00.000Z"],
    [
      "monthly on the 1st and 15th",
      "0 12 1,15 * *",
      "America/New_York",
      "2026-03-02T00:00:00Z",
      "2026-03-15T16:00:00.000Z",
    ],
    ["the last day of the month", "0 18 L * *", "UTC", "2026-02-10T00:00:00Z", "2026-02-28T18:00:00.000Z"],
  ])("%s", (_what, cron, zone, after, expected) => {
    expect(nextCronRun(cron, zone, new Date(after))?.toISOString()).toBe(expected);
  });

  it("GIVEN the exact start instant THEN it is the following occurrence, never the same one", () => {
    expect(nextCronRun("0 18 * * 2", "UTC", new Date("2026-03-03T18:00:00Z"))?.toISOString()).toBe(
      "2026-03-10T18:00:00.000Z",
    );
  });

  it.each(["not a cron", "0 18 * * 2 extra", "*/5 * * * * *"])("GIVEN %j THEN null", (cron) => {
    expect(nextCronRun(cron, "UTC", new Date())).toBeNull();
  });
});
