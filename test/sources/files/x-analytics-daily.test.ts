import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { xAnalyticsDailyParser } from "../../../src/sources/files/x-analytics-daily.js";
import type { DailyMetrics } from "../../../src/sources/types.js";
import { SHARED_FIXTURES } from "../../support/fixtures.js";
import { ownFixture, parseWith, skipsOf } from "./support.js";

const daysOf = (items: Awaited<ReturnType<typeof parseWith>>): DailyMetrics[] =>
  items.flatMap((item) => (item.type === "daily" ? [item.day] : []));

describe("GIVEN our English daily overview export (values invented, header as X writes it)", () => {
  const file = ownFixture("analytics-daily-en.csv");

  it("WHEN parsed THEN each day is a daily item with its main counts", async () => {
    const items = await parseWith(xAnalyticsDailyParser(), file, 50);
    expect(daysOf(items)[0]).toEqual({
      date: "2021-03-01",
      postsPublished: 4,
      impressions: 2500,
      engagements: 80,
      likes: 21,
      reposts: 3,
      replies: 5,
      extra: { "engagement rate": 0.032, "user profile clicks": 7, "url clicks": 9, "media views": 40 },
    });
  });

  it("WHEN a promoted column reads '-' THEN it is left out of extra; when it has a value it is kept", async () => {
    const days = daysOf(await parseWith(xAnalyticsDailyParser(), file));
    expect(days.map((day) => day.extra["promoted impressions"])).toEqual([undefined, undefined, 300]);
    expect(days[2]?.extra["promoted likes"]).toBe(2);
  });

  it("WHEN a date is not a calendar day THEN that row is a bad_value skip and the others still come", async () => {
    const items = await parseWith(xAnalyticsDailyParser(), file);
    expect(items.map((item) => item.at)).toEqual(["row 2", "row 3", "row 4", "row 5"]);
    expect(skipsOf(items)).toEqual([{ at: "row 4", code: "bad_value", detail: 'Date "2021-02-30"' }]);
  });
});

describe("GIVEN a daily export with French column names (CRLF)", () => {
  it("WHEN parsed THEN the French columns fill the same fields", async () => {
    const days = daysOf(await parseWith(xAnalyticsDailyParser(), ownFixture("analytics-daily-fr.csv")));
    expect(days).toEqual([
      {
        date: "2021-03-01",
        postsPublished: 2,
        impressions: 700,
        engagements: 30,
        likes: 9,
        reposts: 1,
        replies: 2,
        extra: { "engagement rate": 0.04 },
      },
    ]);
  });
});

// The LisaDeBruine daily exports (SOURCES.md section 2): one month in x-analytics-daily-csv/, the other
// eleven kept back for acceptance checks. Every row of every file present is a day: as many days as the
// export's range in its name (from, to exclusive), and 365 when all twelve are there.
const DAILY_FOLDERS = ["x-analytics-daily-csv", "x-analytics-csv"];
const dailyFiles = DAILY_FOLDERS.flatMap((folder) =>
  existsSync(join(SHARED_FIXTURES, folder))
    ? readdirSync(join(SHARED_FIXTURES, folder))
        .filter((name) => name.startsWith("daily_tweet_activity_metrics_"))
        .map((name) => ({ name, path: join(SHARED_FIXTURES, folder, name) }))
    : [],
);

/** Days between the two dates of a name like daily_tweet_activity_metrics_X_20210101_20210201_en.csv. */
function daysInRange(name: string): number {
  const [from, to] = (name.match(/_(\d{8})_(\d{8})_/u) ?? [])
    .slice(1)
    .map((d) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(4, 6)) - 1, Number(d.slice(6, 8))));
  return Math.round((to! - from!) / 86_400_000);
}

describe.skipIf(dailyFiles.length === 0)("GIVEN real daily overview exports", () => {
  it("WHEN parsed THEN every row is a day of the export's range and nothing is skipped", async () => {
    let days = 0;
    for (const { name, path } of dailyFiles) {
      const items = await parseWith(xAnalyticsDailyParser(), path);
      expect(skipsOf(items)).toEqual([]);
      expect(daysOf(items).length, name).toBe(daysInRange(name));
      days += daysOf(items).length;
    }
    if (dailyFiles.length === 12) expect(days).toBe(365);
  });
});
