import { describe, expect, it } from "vitest";
import type { NewWatch, WatchSummary } from "../../src/domain/watch.js";
import { storeTargets } from "../support/db.js";
import { useStore } from "./harness.js";
import { minutes, T0 } from "./seed.js";

const CHANNEL = "slack:T1:C1";

function watchInput(workspaceId: string, hashtag: string, over: Partial<NewWatch> = {}): NewWatch {
  return {
    workspaceId,
    channel: CHANNEL,
    hashtag,
    hosts: ["@Host"],
    networks: ["x", "bluesky"],
    mastodonInstance: null,
    cron: "0 18 * * 2",
    timeZone: "Europe/Paris",
    durationMinutes: 60,
    note: null,
    createdBy: "slack:T1:U1",
    ...over,
  };
}

const SUMMARY: WatchSummary = {
  networks: ["x"],
  missing: ["bluesky"],
  headline: {
    posts: 12,
    contributors: 5,
    engagement: 40,
    potentialReach: null,
    impressions: null,
    questions: 2,
    answers: 7,
    unanswered: 0,
    newContributors: null,
  },
  engagementPerPost: 4,
  answersPerQuestion: 3.5,
  questions: [{ number: 1, text: "Q1 what?", answers: 4, answerers: 3, url: null }],
  topPosts: [],
  topics: ["visuals"],
  teamMembers: [{ network: "x", handle: "ana", posts: 2 }],
  participants: ["x:ana", "x:bo"],
};

describe.each(storeTargets())("watch-list on $name", (target) => {
  const h = useStore(target);
  const workspace = (id = "T1") =>
    h.store.workspaces.ensure({ platform: "slack", externalId: id, name: `Team ${id}` });

  it("GIVEN a watch added twice WHEN listed THEN it is stored once, normalised, with the default reminder delay", async () => {
    const ws = await workspace();
    const first = await h.store.watches.add(watchInput(ws.id, "#OtherChat"));
    const again = await h.store.watches.add(watchInput(ws.id, "otherchat", { note: "ignored" }));
    expect(first.created).toBe(true);
    expect(again).toEqual({ watch: first.watch, created: false });
    expect(first.watch).toMatchObject({
      hashtag: "otherchat",
      hosts: ["host"],
      remindMinutes: 30,
      note: null,
    });
    await h.store.watches.add(watchInput(ws.id, "another", { cron: null, channel: "slack:T1:C2" }));
    expect((await h.store.watches.list(ws.id)).map((w) => w.hashtag)).toEqual(["another", "otherchat"]);
    expect((await h.store.watches.list(ws.id, CHANNEL)).map((w) => w.hashtag)).toEqual(["otherchat"]);
    expect((await h.store.watches.listScheduledAcrossWorkspaces()).map((w) => w.hashtag)).toEqual([
      "otherchat",
    ]);
    expect(await h.store.watches.find(ws.id, CHANNEL, "#OTHERCHAT")).toEqual(first.watch);
  });

  it("GIVEN a watch WHEN updated THEN the change is stored; an unknown id is refused", async () => {
    const ws = await workspace();
    const { watch } = await h.store.watches.add(watchInput(ws.id, "otherchat"));
    const changed = await h.store.watches.update(ws.id, watch.id, {
      remindMinutes: 15,
      note: "good visuals",
    });
    expect(changed).toMatchObject({ remindMinutes: 15, note: "good visuals", cron: "0 18 * * 2" });
    expect(await h.store.watches.get(ws.id, watch.id)).toEqual(changed);
    await expect(h.store.watches.update(ws.id, "nope", { note: "x" })).rejects.toMatchObject({
      code: "watch_not_found",
    });
  });

  it("GIVEN members opting in and out WHEN reminded is read THEN only those opted in, each once", async () => {
    const ws = await workspace();
    const { watch } = await h.store.watches.add(watchInput(ws.id, "otherchat"));
    expect(await h.store.watches.setReminder(ws.id, watch.id, "slack:T1:U2", true)).toBe(true);
    expect(await h.store.watches.setReminder(ws.id, watch.id, "slack:T1:U2", true)).toBe(false);
    expect(await h.store.watches.setReminder(ws.id, watch.id, "slack:T1:U1", true)).toBe(true);
    expect(await h.store.watches.reminded(ws.id, watch.id)).toEqual(["slack:T1:U1", "slack:T1:U2"]);
    expect(await h.store.watches.setReminder(ws.id, watch.id, "slack:T1:U1", false)).toBe(true);
    expect(await h.store.watches.setReminder(ws.id, watch.id, "slack:T1:U1", false)).toBe(false);
    expect(await h.store.watches.reminded(ws.id, watch.id)).toEqual(["slack:T1:U2"]);
  });

  it("GIVEN an edition ensured twice WHEN its report is recorded THEN one row holds the summary, newest first in lists", async () => {
    const ws = await workspace();
    const { watch } = await h.store.watches.add(watchInput(ws.id, "otherchat"));
    const e1 = await h.store.watchEditions.ensure(ws.id, watch.id, { startsAt: T0, endsAt: minutes(60) });
    const same = await h.store.watchEditions.ensure(ws.id, watch.id, { startsAt: T0, endsAt: minutes(60) });
    expect(same).toEqual(e1);
    expect(e1).toMatchObject({ status: "scheduled", summary: null, reportedAt: null });
    const later = minutes(7 * 24 * 60);
    const e2 = await h.store.watchEditions.ensure(ws.id, watch.id, {
      startsAt: later,
      endsAt: minutes(60, later),
    });
    const recorded = await h.store.watchEditions.record(ws.id, e1.id, {
      status: "reported",
      summary: SUMMARY,
      at: minutes(90),
    });
    expect(recorded).toMatchObject({ status: "reported", summary: SUMMARY, reportedAt: minutes(90) });
    expect(await h.store.watchEditions.get(ws.id, e1.id)).toEqual(recorded);
    expect((await h.store.watchEditions.list(ws.id, watch.id)).map((e) => e.id)).toEqual([e2.id, e1.id]);
    expect((await h.store.watchEditions.list(ws.id, watch.id, { limit: 1 })).map((e) => e.id)).toEqual([
      e2.id,
    ]);
    expect(
      (await h.store.watchEditions.list(ws.id, watch.id, { status: "reported" })).map((e) => e.id),
    ).toEqual([e1.id]);
  });

  it("GIVEN a watch removed WHEN read THEN its editions and opt-ins are gone too", async () => {
    const ws = await workspace();
    const { watch } = await h.store.watches.add(watchInput(ws.id, "otherchat"));
    const e1 = await h.store.watchEditions.ensure(ws.id, watch.id, { startsAt: T0, endsAt: minutes(60) });
    await h.store.watches.setReminder(ws.id, watch.id, "slack:T1:U2", true);
    expect(await h.store.watches.remove(ws.id, watch.id)).toBe(true);
    expect(await h.store.watches.remove(ws.id, watch.id)).toBe(false);
    expect(await h.store.watchEditions.get(ws.id, e1.id)).toBeNull();
    expect(await h.store.watches.reminded(ws.id, watch.id)).toEqual([]);
  });

  it("GIVEN another workspace WHEN it reads or changes the watch THEN it sees and changes nothing", async () => {
    const a = await workspace("T1");
    const b = await workspace("T2");
    const { watch } = await h.store.watches.add(watchInput(a.id, "otherchat"));
    const e1 = await h.store.watchEditions.ensure(a.id, watch.id, { startsAt: T0, endsAt: minutes(60) });
    expect(await h.store.watches.get(b.id, watch.id)).toBeNull();
    expect(await h.store.watches.list(b.id)).toEqual([]);
    expect(await h.store.watches.remove(b.id, watch.id)).toBe(false);
    expect(await h.store.watchEditions.get(b.id, e1.id)).toBeNull();
    expect(await h.store.watchEditions.list(b.id, watch.id)).toEqual([]);
    await expect(h.store.watches.setReminder(b.id, watch.id, "u", true)).rejects.toMatchObject({
      code: "watch_not_found",
    });
    await expect(
      h.store.watchEditions.ensure(b.id, watch.id, { startsAt: minutes(5), endsAt: minutes(60) }),
    ).rejects.toMatchObject({ code: "watch_not_found" });
    await expect(
      h.store.watchEditions.record(b.id, e1.id, { status: "failed", summary: null, at: T0 }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await h.store.watches.get(a.id, watch.id)).toEqual(watch);
  });

  it("GIVEN a retired workspace WHEN the scheduler lists watches THEN its watches are left out; purge deletes them", async () => {
    const ws = await workspace();
    const { watch } = await h.store.watches.add(watchInput(ws.id, "otherchat"));
    await h.store.watchEditions.ensure(ws.id, watch.id, { startsAt: T0, endsAt: minutes(60) });
    await h.store.workspaces.retire(ws.id, T0, minutes(1));
    expect(await h.store.watches.listScheduledAcrossWorkspaces()).toEqual([]);
    await h.store.workspaces.purge(ws.id, minutes(2));
    expect(await h.store.watches.getAcrossWorkspaces(watch.id)).toBeNull();
  });
});
