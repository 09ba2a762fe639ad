/**
 * Issue 16 points 2, 3 and 6 through the real scheduler (runner, handlers, notices) with a clock
 * the test moves and the live sources pointed at local fake X, Bluesky and Mastodon servers.
 * #otherchat runs Fridays 18:00-19:00 Paris (17:00-18:00 UTC); the world starts Friday 10:00 UTC.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { liveSourceFactory } from "../../src/app/live-sources.js";
import { parseConfig } from "../../src/config.js";
import type { NewWatch } from "../../src/domain/watch.js";
import { translator } from "../../src/i18n/index.js";
import type { Store } from "../../src/ports.js";
import { userRef } from "../support/actors.js";
import { databaseTargets, type OpenStore } from "../support/db.js";
import {
  BLUESKY_PROFILES_PATH,
  BLUESKY_SEARCH_PATH,
  blueskyProfiles,
  blueskySearchPage,
  FakeServer,
  mastodonPage,
  mastodonTagPath,
  rateLimited,
  X_RATE_LIMIT_HEADER,
  X_SEARCH_PATH,
} from "../support/fake-social.js";
import { visibleText } from "../support/recording-responder.js";
import { DEBRIEF, type ScheduledWorld, scheduledWorld } from "./support/world.js";

const en = translator("en");
const fr = translator("fr");

let fake: FakeServer;
beforeEach(async () => {
  fake = await FakeServer.start();
});
afterEach(() => fake.close());

async function watchWorld(over: Partial<NewWatch> = {}, locale: "en" | "fr" = "en", store?: Store) {
  const world = await scheduledWorld({ now: "2026-11-27T10:00:00Z", locale, ...(store ? { store } : {}) });
  world.services.liveSource = liveSourceFactory(
    parseConfig({
      X_BEARER_TOKEN: "AAAAAAAAAAAAAAAAAAAAAtest-bearer-token",
      X_API_URL: fake.baseUrl,
      BLUESKY_API_URL: fake.baseUrl,
    }),
    world.clock,
  );
  const { watch } = await world.store.watches.add({
    workspaceId: world.workspace.id,
    channel: DEBRIEF,
    hashtag: "otherchat",
    hosts: ["olivia"],
    networks: ["x"],
    mastodonInstance: null,
    cron: "0 18 * * 5",
    timeZone: "Europe/Paris",
    durationMinutes: 60,
    note: "their visuals",
    createdBy: world.moderator,
    ...over,
  });
  await world.scheduler.plan();
  return { world, watch };
}

/** The watched edition of Friday 27 (later ones are planned as time moves). */
async function firstEdition(w: ScheduledWorld, watchId: string) {
  const all = await w.store.watchEditions.list(w.workspace.id, watchId);
  return all.find((e) => e.startsAt.toISOString() === "2026-11-27T17:00:00.000Z");
}

const posts = (w: ScheduledWorld, type: "post" | "dm") =>
  w.platforms.calls.flatMap((c) =>
    c.type === type ? [{ to: "channel" in c ? c.channel : c.user, text: visibleText(c.message) }] : [],
  );

const tweet = (id: string, author: string, text: string, at: string, likes = 0) => ({
  id,
  author_id: author,
  created_at: at,
  text,
  entities: {
    hashtags: [{ start: text.indexOf("#otherchat"), end: text.indexOf("#otherchat") + 10, tag: "otherchat" }],
  },
  public_metrics: { like_count: likes, retweet_count: 0, reply_count: 0, quote_count: 0 },
});

const X_PAGE = {
  json: {
    data: [
      tweet("1990000000000000003", "3", "A1 pictures, always #otherchat", "2026-11-27T17:06:00.000Z", 2),
      tweet(
        "1990000000000000002",
        "2",
        "A1: short videos work best #otherchat",
        "2026-11-27T17:05:00.000Z",
        7,
      ),
      tweet(
        "1990000000000000001",
        "1",
        "Q1: what format works best for you? #otherchat",
        "2026-11-27T17:02:00.000Z",
        12,
      ),
    ],
    includes: {
      users: [
        { id: "1", username: "olivia", public_metrics: { followers_count: 900 } },
        { id: "2", username: "host", public_metrics: { followers_count: 300 } },
        { id: "3", username: "zed", public_metrics: { followers_count: 50 } },
      ],
    },
    meta: { result_count: 3 },
  },
};

describe("a watched chat on X", () => {
  it("GIVEN #otherchat watched and a member opted in WHEN its time comes THEN the channel is reminded 30 minutes before with the host and a live link, the member by DM", async () => {
    const { world, watch } = await watchWorld();
    const member = userRef(world.workspace, "MEM");
    await world.store.watches.setReminder(world.workspace.id, watch.id, member, true);

    await world.advanceTo("2026-11-27T16:45:00Z");

    const channel = posts(world, "post");
    expect(channel).toHaveLength(1);
    expect(channel[0]?.to).toBe(DEBRIEF);
    expect(channel[0]?.text).toContain(en.t("watch.reminder.hosts", { hosts: "@olivia" }));
    expect(channel[0]?.text).toContain("https://x.com/search?q=%23otherchat&f=live");
    expect(channel[0]?.text).toContain("their visuals");
    expect(world.lines().find((l) => l.includes("otherchat"))).toMatch(/^2026-11-27T16:30 post/);
    const dms = posts(world, "dm");
    expect(dms.map((d) => d.to)).toEqual([member]);
    expect(dms[0]?.text).toContain("https://x.com/search?q=%23otherchat&f=live");
  });

  it("GIVEN the chat ended WHEN the report job runs THEN its posts are pulled, the mini-report posted once and the summary stored", async () => {
    const { world, watch } = await watchWorld();
    fake.enqueue(X_SEARCH_PATH, X_PAGE);

    await world.advanceTo("2026-11-27T19:00:00Z");

    const reports = posts(world, "post").filter((p) => p.text.includes("Mini-report"));
    expect(reports).toHaveLength(1);
    const text = reports[0]!.text;
    expect(text).toContain(
      en.t("watch.report.header", { hashtag: "otherchat", date: "Fri, Nov 27, 6:00 PM" }).slice(0, 25),
    );
    expect(text).toContain("Q1: what format works best for you?");
    expect(text).toContain(
      en
        .t("watch.report.question", {
          number: 1,
          text: "what format works best for you? \\#otherchat",
          answers: 2,
          answerers: 2,
        })
        .slice(-30),
    );
    expect(text).toContain(en.t("watch.report.team", { members: "@host (1)" }));
    const [edition] = await world.store.watchEditions.list(world.workspace.id, watch.id, {
      status: "reported",
    });
    expect(edition?.summary).toMatchObject({
      networks: ["x"],
      headline: { posts: 3, contributors: 3, questions: 1, answers: 2 },
      participants: ["x:host", "x:olivia", "x:zed"],
      teamMembers: [{ network: "x", handle: "host", posts: 1 }],
    });
    expect(edition?.summary?.questions[0]).toMatchObject({ number: 1, answers: 2, answerers: 2 });
    expect(fake.requestsTo(X_SEARCH_PATH)[0]?.query.get("query")).toContain("#otherchat");

    // Another process planning and ticking again sends nothing more (exactly once).
    const second = await world.restart();
    await second.plan();
    await world.advanceTo("2026-11-27T20:00:00Z");
    expect(posts(world, "post").filter((p) => p.text.includes("Mini-report"))).toHaveLength(1);
    expect(fake.requestsTo(X_SEARCH_PATH)).toHaveLength(1);
  });

  it("GIVEN X unavailable at every attempt WHEN the retries run out THEN no report is posted, the edition is failed and the moderators are told why", async () => {
    const { world, watch } = await watchWorld();
    const reset = Math.floor(new Date("2026-11-30T00:00:00Z").getTime() / 1000);
    fake.serve(X_SEARCH_PATH, rateLimited(X_RATE_LIMIT_HEADER, reset));

    await world.advanceTo("2026-11-27T22:00:00Z");

    const channel = posts(world, "post");
    expect(channel.some((p) => p.text.includes("Mini-report"))).toBe(false);
    const told = channel.find((p) => p.text.includes("failed after"));
    expect(told?.text).toContain(`<@${world.moderator}>`);
    expect(told?.text).toContain("#otherchat");
    const job = (await world.store.jobs.list({ kind: "watch.report" }))[0];
    expect(job?.status).toBe("failed");
    expect(job?.attempts).toBe(5);
    const edition = await firstEdition(world, watch.id);
    expect(edition?.status).toBe("failed");
    expect(edition?.summary).toBeNull();
  });
});

describe("a watched chat while afterchat is stopped", () => {
  it.each([
    ["en", en],
    ["fr", fr],
  ] as const)(
    "GIVEN the bot down through #otherchat's reminder and report WHEN it restarts a day later THEN both are skipped, the edition failed and the moderators told (%s)",
    async (locale, t) => {
      const { world, watch } = await watchWorld({}, locale);
      await world.advanceTo("2026-11-27T12:00:00Z");
      await world.scheduler.stop();
      world.clock.set(new Date("2026-11-28T12:00:00Z"));
      await world.restart();
      await world.advanceTo("2026-11-28T12:00:00Z");

      const skipped = await world.store.jobs.list({ status: ["skipped"] });
      expect(skipped.map((job) => job.kind).sort()).toEqual(["watch.remind", "watch.report"]);
      const told = posts(world, "post").filter((p) => p.text.includes("#otherchat"));
      expect(told).toHaveLength(2);
      for (const step of [t.t("jobs.step.watchRemind"), t.t("jobs.step.watchReport")])
        expect(told.some((p) => p.text.includes(step) && p.text.includes(`<@${world.moderator}>`))).toBe(
          true,
        );
      expect(
        posts(world, "post").some((p) =>
          p.text.includes(t.t("watch.report.empty", { hashtag: "otherchat" })),
        ),
      ).toBe(false);
      expect((await firstEdition(world, watch.id))?.status).toBe("failed");
    },
  );
});

describe("a watched chat on Bluesky and Mastodon", () => {
  it("GIVEN #otherchat on Bluesky and a Mastodon instance WHEN it is reported THEN both networks are pulled into one French mini-report", async () => {
    const { world, watch } = await watchWorld(
      { networks: ["bluesky", "mastodon"], mastodonInstance: fake.baseUrl },
      "fr",
    );
    const view = (rkey: string, handle: string, text: string, at: string, likeCount = 0) => ({
      uri: `at://did:plc:${handle}/app.bsky.feed.post/${rkey}`,
      cid: `cid${rkey}`,
      author: { did: `did:plc:${handle}`, handle: `${handle}.bsky.social` },
      record: { text, createdAt: at },
      indexedAt: at,
      likeCount,
    });
    fake.enqueue(
      BLUESKY_SEARCH_PATH,
      blueskySearchPage([
        view("3b", "ben", "A1 des vidéos courtes #otherchat", "2026-11-27T17:04:00.000Z", 3),
        view("3a", "olivia", "Q1 : quel format marche le mieux ? #otherchat", "2026-11-27T17:01:00.000Z", 5),
      ]),
    );
    fake.serve(BLUESKY_PROFILES_PATH, blueskyProfiles({ "did:plc:ben": 40, "did:plc:olivia": 400 }));
    fake.enqueue(
      mastodonTagPath("otherchat"),
      mastodonPage([
        {
          id: "9",
          created_at: "2026-11-27T17:07:00.000Z",
          content: "<p>A1 des photos #otherchat</p>",
          account: { acct: "zoe@other.example" },
          tags: [{ name: "otherchat" }],
        },
      ]),
    );

    await world.advanceTo("2026-11-27T19:00:00Z");

    const report = posts(world, "post").find((p) => p.text.includes("Mini-rapport"));
    expect(report?.text).toContain("Q1 : quel format marche le mieux ?");
    expect(report?.text).toContain(fr.t("watch.report.teamNone"));
    const edition = await firstEdition(world, watch.id);
    expect(edition?.summary?.networks).toEqual(["bluesky", "mastodon"]);
    expect(edition?.summary?.headline.posts).toBe(3);
    expect(edition?.summary?.questions[0]?.answers).toBe(2);
    expect(fake.requestsTo(mastodonTagPath("otherchat"))).toHaveLength(1);
  });
});

describe("a watched chat with one network down", () => {
  it("GIVEN X rate-limited at every attempt and Bluesky answering WHEN the last attempt runs THEN the report goes out once with Bluesky's posts and says X is missing", async () => {
    const { world, watch } = await watchWorld({ networks: ["x", "bluesky"] });
    const reset = Math.floor(new Date("2026-11-30T00:00:00Z").getTime() / 1000);
    fake.serve(X_SEARCH_PATH, rateLimited(X_RATE_LIMIT_HEADER, reset));
    fake.serve(
      BLUESKY_SEARCH_PATH,
      blueskySearchPage([
        {
          uri: "at://did:plc:ben/app.bsky.feed.post/3a",
          cid: "cid3a",
          author: { did: "did:plc:ben", handle: "ben.bsky.social" },
          record: { text: "A1 pictures #otherchat", createdAt: "2026-11-27T17:04:00.000Z" },
          indexedAt: "2026-11-27T17:04:00.000Z",
        },
      ]),
    );
    fake.serve(BLUESKY_PROFILES_PATH, blueskyProfiles({ "did:plc:ben": 40 }));

    await world.advanceTo("2026-11-27T22:00:00Z");

    const reports = posts(world, "post").filter((p) =>
      p.text.includes(en.t("watch.report.header", { hashtag: "otherchat", date: "§" }).split("§")[0]!),
    );
    expect(reports).toHaveLength(1);
    expect(reports[0]?.text).toContain(en.t("watch.report.missing", { networks: "X" }));
    const job = (await world.store.jobs.list({ kind: "watch.report" }))[0];
    expect([job?.status, job?.attempts]).toEqual(["done", 5]);
    const edition = await firstEdition(world, watch.id);
    expect(edition?.summary).toMatchObject({ networks: ["bluesky"], missing: ["x"] });
  });
});

describe.each(databaseTargets())("a watched chat on $name", (target) => {
  let opened: OpenStore | null = null;
  afterEach(async () => {
    await opened?.close();
    opened = null;
  });

  it("GIVEN two scheduler processes planning WHEN the chat ends THEN one reminder and one mini-report go out and the summary is stored", {
    timeout: 120_000,
  }, async () => {
    opened = await target.open();
    const { world, watch } = await watchWorld({}, "en", opened.store);
    fake.enqueue(X_SEARCH_PATH, X_PAGE);
    const second = await world.restart();
    await second.plan();

    await world.advanceTo("2026-11-27T19:00:00Z");

    const lines = world.lines().filter((l) => l.includes("otherchat"));
    expect(lines.map((l) => l.slice(0, 16))).toEqual(["2026-11-27T16:30", "2026-11-27T18:30"]);
    const edition = await firstEdition(world, watch.id);
    expect(edition?.status).toBe("reported");
    expect(edition?.summary?.headline.posts).toBe(3);
    expect(fake.requestsTo(X_SEARCH_PATH)).toHaveLength(1);
  });
});
