import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import { CHAT } from "../app/stats/world.js";
import { OWN_FIXTURES, sharedFixture } from "../support/fixtures.js";
import { runCliCapturing } from "./support.js";

// `afterchat report` on the inputs people actually have: retweets, X's 2024 exports, daily overviews,
// saved API responses, and the time filters.
const saved = join(OWN_FIXTURES, "saved");
const sources = (name: string) => join(OWN_FIXTURES, "sources", name);
const en = translator("en");
const dir = mkdtempSync(join(tmpdir(), "afterchat-inputs-"));
const archive = join(dir, "chat.jsonl");
writeFileSync(archive, `${CHAT}\n`);

const json = (stdout: string) => JSON.parse(stdout);
/** Rows of test/fixtures/sources/analytics-daily-en.csv. */
const DAILY_EN_DAYS = 3;

describe("afterchat report keeps the retweets X matched", () => {
  it("GIVEN the real #kpop search page (every post matched by X's query) WHEN filtered on #kpop THEN all 100 posts are kept, retweets included", async () => {
    const path = sharedFixture("x-api-v2-twarc/kpop.jsonl");
    if (!path) return;
    const { code, stdout } = await runCliCapturing(["report", path, "--hashtag", "kpop", "--json"]);
    expect(code).toBe(0);
    const report = json(stdout);
    // jq '.data | length' -> 100; 78 retweets, 6 of them cut before "#kpop" (the original has it).
    expect(report.posts).toEqual({ total: 100, original: 22, replies: 0, reposts: 78, quotes: 0 });
    expect(report.hashtags).toContainEqual({ tag: "lalisa", count: 24 });
  });
});

describe("afterchat report on saved API responses", () => {
  it("GIVEN a folder mixing Bluesky, Mastodon and X responses WHEN reported THEN each file is recognised and the posts of every network counted once", async () => {
    const { code, stdout, stderr } = await runCliCapturing([
      "report",
      saved,
      "--hashtag",
      "chatdemo",
      "--host",
      "host",
      "--instance",
      "https://mastodon.example",
      "--json",
    ]);
    expect(code).toBe(0);
    for (const format of ["bluesky-json", "mastodon-json", "x-api-json"])
      expect(stderr).toContain(`(${format})`);
    const report = json(stdout);
    // Bluesky 6 (q1, a1, a1b, late, ben's repost, ana's quote), Mastodon 3 (a boost, a1, q1), X 4 (two
    // retweets whose own text is cut before the tag, their originals... and two posts).
    expect(report.posts).toEqual({ total: 13, original: 5, replies: 3, reposts: 4, quotes: 1 });
    // The host given as a bare name is host@mastodon.example: its Q1 is the question.
    expect(report.questions[0]).toMatchObject({ number: 1, network: "mastodon", answers: 3 });
    expect(report.unmatchedHosts).toEqual([]);
  });
});

describe("afterchat report on X's 2024 analytics exports", () => {
  const content = sources("account_analytics_content_2026-03-02_2026-03-04.csv");
  const overview = sources("account_overview_analytics.csv");

  it("GIVEN the content and overview exports WHEN reported for the chat's day in Paris THEN times come from the ids, the host's questions are found, bookmarks, shares and the account section are there", async () => {
    const { code, stdout } = await runCliCapturing([
      "report",
      content,
      overview,
      "--host",
      "chatdemohost",
      "--tz",
      "Europe/Paris",
      "--since",
      "2026-03-03",
      "--until",
      "2026-03-03",
      "--json",
    ]);
    expect(code).toBe(0);
    const report = json(stdout);
    expect(report.posts.total).toBe(3);
    expect(report.window).toEqual({ first: "2026-03-03T19:01:30.500Z", last: "2026-03-03T19:40:12.345Z" });
    expect(report.questions.map((q: { number: number }) => q.number)).toEqual([1, 2]);
    expect(report.engagement).toMatchObject({
      bookmarks: 26,
      shares: 18,
      xEngagements: 201 + 160 + 97,
      xRate: (201 + 160 + 97) / (3120 + 2410 + 1830),
    });
    expect(report.reach.impressions).toBe(3120 + 2410 + 1830);
    expect(report.account).toEqual({
      from: "2026-03-03",
      to: "2026-03-03",
      days: [
        { date: "2026-03-03", posts: 14, impressions: 9800, engagements: 520, follows: 15, unfollows: 2 },
      ],
      totals: {
        posts: 14,
        impressions: 9800,
        engagements: 520,
        follows: 15,
        unfollows: 2,
        engagementRate: 520 / 9800,
      },
    });
  });

  it("GIVEN the same in Markdown THEN the account section and the bookmarks line are shown, in both languages", async () => {
    for (const locale of ["en", "fr"] as const) {
      const t = translator(locale);
      const { stdout } = await runCliCapturing(["report", content, overview, "--md", "--lang", locale]);
      expect(stdout).toContain(t.t("reportData.account.title"));
      expect(stdout).toContain(t.t("reportData.bookmarks", { n: "28" }));
    }
  });
});

describe("afterchat report on a daily overview alone", () => {
  it.each([
    ["the 2024 account_overview_analytics.csv", sources("account_overview_analytics.csv"), 3],
    ["our tweet-activity daily export", sources("analytics-daily-en.csv"), undefined],
  ])(
    "GIVEN %s THEN no '0 posts kept': the days are the report's account section (exit 3: no posts)",
    async (_name, path, days) => {
      const { code, stdout, stderr } = await runCliCapturing(["report", path, "--json"]);
      expect(code).toBe(3);
      expect(stderr).toContain(en.t("cli.nothing.dailyOnly"));
      expect(stderr).not.toContain(
        en.t("cli.fileSummary", {
          file: path,
          format: "x-analytics-daily-csv",
          count: 0,
          ignored: 0,
          skipped: en.t("cli.counts.skipped", { count: 0 }),
        }),
      );
      expect(stderr).toContain("days of account analytics");
      const report = json(stdout);
      expect(report.posts.total).toBe(0);
      expect(report.account.days.length).toBeGreaterThan(0);
      if (days !== undefined) expect(report.account.days).toHaveLength(days);
    },
  );

  it("GIVEN the real 2021 daily export (LisaDeBruine) THEN its 31 days make the account section", async () => {
    const path = sharedFixture(
      "x-analytics-daily-csv/daily_tweet_activity_metrics_LisaDeBruine_20210101_20210201_en.csv",
    );
    if (!path) return;
    const report = json((await runCliCapturing(["report", path, "--json"])).stdout);
    expect(report.account.days).toHaveLength(31);
    expect(report.account.from).toBe("2021-01-01");
  });

  it("GIVEN days that miss the chat's days THEN stderr says the report has no account section", async () => {
    // The chat is on 2026-03-03; this overview covers days of March 2021.
    const { stdout, stderr } = await runCliCapturing([
      "report",
      archive,
      sources("analytics-daily-en.csv"),
      "--json",
    ]);
    expect(json(stdout).account).toBeNull();
    expect(stderr).toContain(en.t("cli.noAccountDays", { count: DAILY_EN_DAYS }));
  });
});

describe("afterchat report time filters", () => {
  // CHAT's posts: 19:01, 19:03, 19:04, 19:15, 19:17 and 19:20 UTC on 2026-03-03.
  it.each([
    ["no zone: UTC", ["--since", "2026-03-03T19:02", "--until", "2026-03-03T19:15"], 3],
    [
      "no zone with --tz: that zone",
      ["--tz", "Europe/Paris", "--since", "2026-03-03T20:02", "--until", "2026-03-03T20:15"],
      3,
    ],
    [
      "an explicit offset wins over --tz",
      ["--tz", "Asia/Tokyo", "--since", "2026-03-03T19:02Z", "--until", "2026-03-03T20:15+01:00"],
      3,
    ],
    ["a day alone for --until: the whole day", ["--since", "2026-03-03", "--until", "2026-03-03"], 6],
    ["a day alone for --until in --tz", ["--tz", "America/New_York", "--until", "2026-03-03"], 6],
    ["a day before, in --tz", ["--tz", "Asia/Tokyo", "--until", "2026-03-03"], 0],
  ])("GIVEN %s THEN the right posts are kept", async (_name, options, kept) => {
    const { code, stdout } = await runCliCapturing(["report", archive, "--json", ...(options as string[])]);
    expect(code).toBe(kept === 0 ? 3 : 0);
    expect(json(stdout).posts.total).toBe(kept);
  });
});

describe("afterchat report hosts", () => {
  it("GIVEN a host who wrote nothing in the data THEN a warning on stderr and the report field, in both languages", async () => {
    for (const locale of ["en", "fr"] as const) {
      const t = translator(locale);
      const { stdout, stderr } = await runCliCapturing([
        "report",
        archive,
        "--host",
        "host",
        "--host",
        "@Hots",
        "--json",
        "--lang",
        locale,
      ]);
      expect(json(stdout).unmatchedHosts).toEqual(["hots"]);
      expect(stderr).toContain(t.t("cli.hostWithoutPosts", { host: "hots" }));
    }
  });
});
