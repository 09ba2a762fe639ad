import { describe, expect, it } from "vitest";
import { openFile } from "../../../src/sources/detect.js";
import { snowflakeTime } from "../../../src/sources/files/ids.js";
import type { SourceItem } from "../../../src/sources/types.js";
import { collect, ownFixture, postsOf, skipsOf } from "./support.js";

// Our fixtures, written from the 2024 headers (fixtures/SOURCES.md, toolchain notes): every cell quoted,
// newest first, `Date` a day only; the ids are Snowflakes made for known instants.
const CONTENT = ownFixture("account_analytics_content_2026-03-02_2026-03-04.csv");
const OVERVIEW = ownFixture("account_overview_analytics.csv");

async function read(path: string): Promise<{ format: string; items: SourceItem[] }> {
  const detected = await openFile(path);
  if (!detected) throw new Error(`${path} not recognised`);
  return { format: detected.format, items: await collect(detected.items) };
}

describe("X's account_analytics_content export (since 2024)", () => {
  it("GIVEN the file THEN it is recognised as a per-post export and every row is a post", async () => {
    const { format, items } = await read(CONTENT);
    expect(format).toBe("x-analytics-tweets-csv");
    expect(skipsOf(items)).toEqual([]);
    expect(postsOf(items)).toHaveLength(4);
  });

  it("GIVEN a row THEN its time comes from the Snowflake id, its author from the Post Link, bookmarks and shares are read", async () => {
    const [, , q1] = postsOf((await read(CONTENT)).items);
    expect(q1).toMatchObject({
      externalId: "2028908643218358273",
      authorHandle: "ChatDemoHost",
      createdAt: new Date("2026-03-03T19:01:30.500Z"),
      text: "Q1: What brought you to #chatdemo tonight?\nAnswer with A1",
      impressions: 3120,
      likes: 52,
      replies: 17,
      reposts: 9,
      bookmarks: 11,
      shares: 8,
      engagements: 201,
      hashtags: ["chatdemo"],
      url: "https://x.com/ChatDemoHost/status/2028908643218358273",
    });
  });

  it("GIVEN a Snowflake id THEN (id >> 22) + 1288834974657 ms; a pre-2010 counter id THEN no time", () => {
    expect(snowflakeTime("1440717170493689866")?.toISOString()).toBe("2021-09-22T16:38:35.333Z");
    expect(snowflakeTime("20")).toBeNull();
    expect(snowflakeTime("29700859247")).toBeNull();
  });
});

describe("X's account_overview_analytics export (since 2024)", () => {
  it("GIVEN the file THEN it is a daily overview: one day per row, spelled days read, Create Post and New follows kept", async () => {
    const { format, items } = await read(OVERVIEW);
    expect(format).toBe("x-analytics-daily-csv");
    const days = items.flatMap((item) => (item.type === "daily" ? [item.day] : []));
    expect(days.map((day) => day.date)).toEqual(["2026-03-04", "2026-03-03", "2026-03-02"]);
    expect(days[1]).toMatchObject({
      postsPublished: 14,
      impressions: 9800,
      engagements: 520,
      likes: 140,
      reposts: 26,
      replies: 40,
      extra: expect.objectContaining({ follows: 15, unfollows: 2, bookmarks: 22, shares: 11 }),
    });
  });
});
