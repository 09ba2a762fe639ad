import { describe, expect, it } from "vitest";
import { nextEdition } from "../../../src/app/after-party/index.js";
import { nextOccurrence } from "../../../src/domain/schedule.js";
import { afterPartyWorld, ENDS } from "./world.js";

// Edition 12 of #cafechat ended Tuesday 3 March 2026, 19:00 Paris (18:00 UTC). The after-party
// announces the next edition: a planned one if any, else the schedule's next start, computed by
// the same walk the scheduler plans with (src/domain/schedule.ts).
async function next(cron: string) {
  const w = await afterPartyWorld({ cron });
  return nextEdition(w.store, w.series, w.edition);
}

describe("the next edition the after-party announces", () => {
  it.each([
    ["weekly, Tuesday 18:00 Paris", "0 18 * * 2", "2026-03-10T17:00:00.000Z"],
    ["the same day, later", "30 20 * * *", "2026-03-03T19:30:00.000Z"],
    ["Sunday written 7", "0 9 * * 7", "2026-03-08T08:00:00.000Z"],
    ["Sunday written 0", "0 9 * * 0", "2026-03-08T08:00:00.000Z"],
    ["monthly on the 1st and 15th", "0 12 1,15 * *", "2026-03-15T11:00:00.000Z"],
    ["the last day of the month", "0 18 L * *", "2026-03-31T16:00:00.000Z"],
    ["the second Tuesday of the month (#)", "0 18 * * 2#2", "2026-03-10T17:00:00.000Z"],
    // 02:30 does not exist in Paris on 29 March 2026: it happens once, an hour later (03:30 CEST).
    ["a time the spring-forward skips", "30 2 29 3 *", "2026-03-29T01:30:00.000Z"],
  ])(
    "GIVEN %s (%s) and nothing planned THEN it starts at the scheduler's time",
    async (_what, cron, expected) => {
      const announced = await next(cron);
      expect(announced?.startsAt.toISOString()).toBe(expected);
      expect(announced?.startsAt).toEqual(nextOccurrence(cron, "Europe/Paris", ENDS));
      expect(announced).toMatchObject({ number: 13, topic: null });
      expect(announced!.endsAt.getTime() - announced!.startsAt.getTime()).toBe(60 * 60_000);
    },
  );

  it("GIVEN an edition already planned THEN that one is announced, with its topic, whatever the cron", async () => {
    const w = await afterPartyWorld();
    await w.store.editions.create({
      workspaceId: w.series.workspaceId,
      seriesId: w.series.id,
      number: 13,
      startsAt: new Date("2026-03-12T17:00:00Z"),
      endsAt: new Date("2026-03-12T18:00:00Z"),
      topic: "Exams",
    });
    expect(await nextEdition(w.store, w.series, w.edition)).toMatchObject({
      number: 13,
      startsAt: new Date("2026-03-12T17:00:00Z"),
      topic: "Exams",
    });
  });

  it("GIVEN no schedule and nothing planned THEN there is nothing to announce", async () => {
    const w = await afterPartyWorld({ cron: null });
    expect(await nextEdition(w.store, w.series, w.edition)).toBeNull();
  });
});
