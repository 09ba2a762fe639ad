import { describe, expect, it } from "vitest";
import { accountSection, type DailyFigures, dayRangeOf } from "../../../src/domain/stats/account.js";
import { computeReport } from "../../../src/domain/stats/index.js";
import { at, post, repost } from "./factory.js";

describe("GIVEN posts whose source counts bookmarks and shares (X analytics since 2024)", () => {
  it("THEN engagement sums them apart from the total, over non-repost posts, the last copy winning", () => {
    const first = post({ externalId: "1", text: "A1 #chat", likes: 2, bookmarks: 3, shares: 1 });
    const refreshed = { ...first, bookmarks: 5, shares: 2 };
    const other = post({ externalId: "2", text: "A2 #chat", likes: 1, bookmarks: 4, shares: null });
    const report = computeReport([first, other, repost(first, { externalId: "3" }), refreshed], {
      hashtag: "chat",
      hosts: [],
    });
    expect(report.engagement).toMatchObject({ total: 3, bookmarks: 9, shares: 2 });
  });

  it("AND no post counts them THEN both are null, not 0", () => {
    const report = computeReport([post({ externalId: "1", likes: 2 })], { hashtag: null, hosts: [] });
    expect(report.engagement.bookmarks).toBeNull();
    expect(report.engagement.shares).toBeNull();
  });
});

describe("GIVEN hosts", () => {
  const mastodon = (id: string, author: string, text: string) =>
    post({ externalId: id, network: "mastodon", authorHandle: author, text });

  it("WHEN a Mastodon host is given as a bare name and the chat's instance is known THEN name@instance is the host", () => {
    const report = computeReport(
      [
        mastodon("1", "cafe@mastodon.social", "Q1: coffee or tea? #chat"),
        mastodon("2", "zoe@other.example", "A1 tea #chat"),
      ],
      { hashtag: "chat", hosts: ["Cafe"], instance: "https://mastodon.social/" },
    );
    expect(report.questions.map((q) => [q.number, q.text, q.answers])).toEqual([
      [1, "Q1: coffee or tea? #chat", 1],
    ]);
    expect(report.unmatchedHosts).toEqual([]);
  });

  it("WHEN the same bare name posts from another instance THEN it is not the host", () => {
    const report = computeReport([mastodon("1", "cafe@elsewhere.example", "Q1: coffee? #chat")], {
      hashtag: "chat",
      hosts: ["cafe"],
      instance: "mastodon.social",
    });
    expect(report.questions).toEqual([]);
    expect(report.unmatchedHosts).toEqual(["cafe"]);
  });

  it("WHEN a host authored no post on any network THEN it is listed in unmatchedHosts, as written in hosts", () => {
    const report = computeReport([post({ externalId: "1", authorHandle: "Host", text: "Q1: hi" })], {
      hashtag: null,
      hosts: ["@host", "@Hots"],
    });
    expect(report.hosts).toEqual(["host", "hots"]);
    expect(report.unmatchedHosts).toEqual(["hots"]);
  });
});

describe("GIVEN an X analytics daily overview", () => {
  const day = (date: string, impressions: number, follows?: number): DailyFigures => ({
    date,
    postsPublished: 3,
    impressions,
    engagements: impressions / 10,
    extra: follows === undefined ? {} : { follows },
  });

  it("WHEN kept over the chat's days THEN one entry per day inside the range, oldest first, with totals", () => {
    const section = accountSection(
      [
        day("2026-03-04", 2000, 4),
        day("2026-03-02", 500, 1),
        day("2026-03-03", 1000, 2),
        day("2026-03-05", 90),
      ],
      dayRangeOf(new Date("2026-03-03T18:00:00Z"), new Date("2026-03-04T23:59:00Z")),
    );
    expect(section?.days.map((d) => [d.date, d.impressions, d.follows])).toEqual([
      ["2026-03-03", 1000, 2],
      ["2026-03-04", 2000, 4],
    ]);
    expect(section?.totals).toEqual({
      posts: 6,
      impressions: 3000,
      engagements: 300,
      follows: 6,
      unfollows: null,
      engagementRate: 0.1,
    });
  });

  it("WHEN no day falls in the range THEN there is no account section", () => {
    expect(accountSection([day("2026-01-01", 10)], { from: "2026-03-03", to: "2026-03-03" })).toBeNull();
    expect(
      computeReport([post({ externalId: "1", createdAt: at(1) })], { hashtag: null, hosts: [] }).account,
    ).toBeNull();
  });
});
