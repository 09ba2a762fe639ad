import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextOccurrence, nextOccurrences } from "../../src/domain/schedule.js";

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

function dates(cron: string, zone: string, after: string, count: number): string[] {
  const result = nextOccurrences(cron, zone, new Date(after), count);
  if (!result.ok) throw new Error(result.error);
  return iso(result.value);
}

describe("next occurrences of a series' cron in its time zone", () => {
  it("GIVEN Tuesdays at 19:00 in Paris WHEN asked on a Monday THEN the next three Tuesdays at 19:00 Paris time", () => {
    expect(dates("0 19 * * 2", "Europe/Paris", "2026-11-23T12:00:00Z", 3)).toEqual([
      "2026-11-24T18:00:00.000Z",
      "2026-12-01T18:00:00.000Z",
      "2026-12-08T18:00:00.000Z",
    ]);
  });

  it("GIVEN an occurrence exactly now WHEN asked THEN it is not counted again (strictly after)", () => {
    expect(dates("0 19 * * 2", "Europe/Paris", "2026-11-24T18:00:00Z", 1)).toEqual([
      "2026-12-01T18:00:00.000Z",
    ]);
  });

  it("GIVEN a chat at 19:00 Paris WHEN summer time ends between two editions THEN both are at 19:00 local (UTC hour moves)", () => {
    expect(dates("0 19 * * 2", "Europe/Paris", "2026-10-19T00:00:00Z", 2)).toEqual([
      "2026-10-20T17:00:00.000Z",
      "2026-10-27T18:00:00.000Z",
    ]);
  });

  it("GIVEN 02:30 daily in Paris WHEN the clocks spring forward (02:30 does not exist) THEN it happens once, at 03:30 local", () => {
    expect(dates("30 2 * * *", "Europe/Paris", "2026-03-28T12:00:00Z", 3)).toEqual([
      "2026-03-29T01:30:00.000Z", // 03:30 CEST
      "2026-03-30T00:30:00.000Z", // 02:30 CEST
      "2026-03-31T00:30:00.000Z",
    ]);
  });

  it("GIVEN 02:30 daily in Paris WHEN the clocks fall back (02:30 happens twice) THEN it happens once, the first time", () => {
    expect(dates("30 2 * * *", "Europe/Paris", "2026-10-24T12:00:00Z", 2)).toEqual([
      "2026-10-25T00:30:00.000Z", // 02:30 CEST, before the fall back
      "2026-10-26T01:30:00.000Z", // 02:30 CET
    ]);
  });

  it("GIVEN a New York chat at 20:00 WHEN asked from a UTC instant already past midnight UTC THEN the same local evening counts", () => {
    // 2026-12-02T00:30Z is 19:30 on Tuesday Dec 1 in New York.
    expect(dates("0 20 * * 2", "America/New_York", "2026-12-02T00:30:00Z", 1)).toEqual([
      "2026-12-02T01:00:00.000Z",
    ]);
  });

  it("GIVEN day-of-month and day-of-week both set WHEN walked THEN both must match (node-cron's rule: the first Tuesday)", () => {
    expect(dates("0 19 1-7 * 2", "UTC", "2026-11-01T00:00:00Z", 3)).toEqual([
      "2026-11-03T19:00:00.000Z",
      "2026-12-01T19:00:00.000Z",
      "2027-01-05T19:00:00.000Z",
    ]);
  });

  it("GIVEN node-cron's nth-weekday and last-day tokens WHEN walked THEN they mean what node-cron says", () => {
    expect(dates("0 18 * * 4#2", "UTC", "2026-11-01T00:00:00Z", 2)).toEqual([
      "2026-11-12T18:00:00.000Z",
      "2026-12-10T18:00:00.000Z",
    ]);
    expect(dates("0 18 L * *", "UTC", "2027-01-15T00:00:00Z", 2)).toEqual([
      "2027-01-31T18:00:00.000Z",
      "2027-02-28T18:00:00.000Z",
    ]);
  });

  it("GIVEN an `until` bound WHEN walked THEN nothing at or past it is returned", () => {
    const result = nextOccurrences(
      "0 19 * * *",
      "UTC",
      new Date("2026-11-01T00:00:00Z"),
      10,
      new Date("2026-11-03T19:00:00Z"),
    );
    expect(result.ok && iso(result.value)).toEqual(["2026-11-01T19:00:00.000Z", "2026-11-02T19:00:00.000Z"]);
  });

  it("GIVEN an unreadable cron, a seconds field or an unknown zone WHEN asked THEN a problem comes back, never a throw", () => {
    const after = new Date("2026-11-01T00:00:00Z");
    expect(nextOccurrences("every tuesday", "UTC", after, 1)).toEqual({ ok: false, error: "cron_invalid" });
    expect(nextOccurrences("0 0 19 * * 2", "UTC", after, 1)).toEqual({ ok: false, error: "cron_invalid" });
    expect(nextOccurrences("0 19 * * 2", "Mars/Olympus", after, 1)).toEqual({
      ok: false,
      error: "zone_invalid",
    });
    expect(nextOccurrence("61 19 * * 2", "UTC", after)).toBeNull();
  });

  it("GIVEN any zone and hour WHEN walked over a year THEN occurrences strictly increase and each shows the cron's wall-clock time (or the hour after a gap)", () => {
    const zones = [
      "Europe/Paris",
      "America/New_York",
      "Australia/Lord_Howe",
      "Asia/Tokyo",
      "America/Santiago",
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 364 }),
        (zone, hour, minute, offsetDays) => {
          const after = new Date(Date.UTC(2026, 0, 1) + offsetDays * 86_400_000);
          const result = nextOccurrences(`${minute} ${hour} * * *`, zone, after, 60);
          if (!result.ok) return false;
          const times = result.value.map((d) => d.getTime());
          const increasing = times.every((t, i) => i === 0 || t > (times[i - 1] ?? 0));
          const wall = result.value.every((d) => {
            const parts = new Intl.DateTimeFormat("en-GB", {
              timeZone: zone,
              hour: "numeric",
              minute: "numeric",
              hourCycle: "h23",
            }).formatToParts(d);
            const h = Number(parts.find((p) => p.type === "hour")?.value);
            const m = Number(parts.find((p) => p.type === "minute")?.value);
            const shown = h * 60 + m;
            const wanted = hour * 60 + minute;
            return shown === wanted || (shown > wanted && shown - wanted <= 60);
          });
          return result.value.length === 60 && increasing && wall && times[0]! > after.getTime();
        },
      ),
      { numRuns: 40 },
    );
  });
});
