import { describe, expect, it } from "vitest";
import { computeReport } from "../../../src/domain/stats/index.js";
import { bucketMinutesFor, MAX_BUCKETS } from "../../../src/domain/stats/timeline.js";
import { post } from "./factory.js";

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 0, 15, 18, 0);

function reportOf(times: number[]) {
  return computeReport(
    times.map((time, index) => post({ externalId: `${index}`, createdAt: new Date(time) })),
    { hashtag: null, hosts: [] },
  );
}

describe("GIVEN posts spanning exactly three hours", () => {
  it("THEN buckets are one minute wide: 181 of them, empty ones included", () => {
    const report = reportOf([T0, T0 + 180 * MINUTE]);
    expect(report.timeline.bucketMinutes).toBe(1);
    expect(report.timeline.buckets).toHaveLength(181);
  });
});

describe("GIVEN posts spanning a bit more than three hours", () => {
  it("THEN buckets are five minutes wide, aligned on :00, :05", () => {
    // 18:02 .. 21:03 -> buckets 18:00 .. 21:00: 37 buckets; 18:02 and 18:04 share the first.
    const report = reportOf([T0 + 2 * MINUTE, T0 + 4 * MINUTE, T0 + 183 * MINUTE]);
    expect(report.timeline.bucketMinutes).toBe(5);
    expect(report.timeline.buckets).toHaveLength(37);
    expect(report.timeline.buckets[0]).toEqual({ start: "2026-01-15T18:00:00.000Z", posts: 2 });
    expect(report.timeline.buckets[36]).toEqual({ start: "2026-01-15T21:00:00.000Z", posts: 1 });
    expect(report.peak).toEqual({ start: "2026-01-15T18:00:00.000Z", posts: 2, bucketMinutes: 5 });
  });
});

describe("GIVEN long spans", () => {
  it.each([
    [2 * 24 * 60, 15], // 2 days / 5 min = 577 buckets > 500, / 15 = 193
    [10 * 24 * 60, 30], // 10 days: 15 min -> 961, 30 min -> 481
    [300 * 24 * 60, 1440], // 300 days: 720 min -> 601, 1 day -> 301
    [5 * 365 * 24 * 60, 10_080], // 5 years: 1 day -> 1826 buckets, 1 week -> 261
  ])("GIVEN %i minutes THEN buckets are %i minutes wide and at most 500", (minutes, width) => {
    expect(bucketMinutesFor(T0, T0 + minutes * MINUTE)).toBe(width);
    const report = reportOf([T0, T0 + minutes * MINUTE]);
    expect(report.timeline.buckets.length).toBeLessThanOrEqual(MAX_BUCKETS);
  });

  it("GIVEN 30 years THEN buckets are whole weeks and still at most 500", () => {
    const width = bucketMinutesFor(T0, T0 + 30 * 365 * 24 * 60 * MINUTE);
    expect(width % 10_080).toBe(0);
    expect(width).toBeGreaterThan(10_080);
    expect(reportOf([T0, T0 + 30 * 365 * 24 * 60 * MINUTE]).timeline.buckets.length).toBeLessThanOrEqual(
      MAX_BUCKETS,
    );
  });
});

describe("GIVEN two equally busy minutes", () => {
  it("THEN the earlier one is the peak", () => {
    const report = reportOf([T0, T0 + 1000, T0 + 5 * MINUTE, T0 + 5 * MINUTE + 1000]);
    expect(report.peak).toEqual({ start: "2026-01-15T18:00:00.000Z", posts: 2, bucketMinutes: 1 });
  });
});
