import { describe, expect, it } from "vitest";
import { closeDuePolls } from "../../../src/app/polls/index.js";
import { testWorkspace } from "../../support/actors.js";
import { visibleText } from "../../support/recording-responder.js";
import { pollWorld } from "./support.js";

const HOUR = 3_600_000;

describe("the scheduler's sweep of polls past their deadline", () => {
  it("GIVEN due polls in two workspaces and one still open WHEN the sweep runs THEN both due ones close, earliest deadline first, each posting its results in its own channel", async () => {
    const { world, moderator } = await pollWorld();
    await world.run(moderator, "poll closes 2h");
    const first = world.store.tables().polls[0]!;

    const other = await testWorkspace(world.store, { externalId: "T2" });
    const series = await world.store.series.create({
      workspaceId: other.id,
      hashtag: "otherchat",
      title: "Other chat",
      hosts: [],
      networks: ["x"],
      mastodonInstance: null,
      cron: null,
      timeZone: "UTC",
      durationMinutes: 60,
      debriefChannel: "slack:T2:C9",
      afterPartyChannel: null,
      teamRoleIds: [],
      moderatorRoleIds: [],
      locale: null,
    });
    const edition = await world.store.editions.create({
      workspaceId: other.id,
      seriesId: series.id,
      number: 1,
      startsAt: new Date("2026-03-03T17:00:00Z"),
      endsAt: new Date("2026-03-03T18:00:00Z"),
    });
    const now = world.clock.now();
    const make = (closesInHours: number) =>
      world.store.polls.create({
        workspaceId: other.id,
        editionId: edition.id,
        anonymous: false,
        resultsVisible: false,
        closesAt: new Date(now.getTime() + closesInHours * HOUR),
        createdBy: "slack:T2:U1",
        channelRef: "slack:T2:C9",
        questions: [{ key: "overall", label: null }],
      });
    const earlier = (await make(1)).poll;
    const later = (await make(5)).poll;

    world.clock.advance(3 * HOUR);
    expect(await closeDuePolls(world.services, world.clock.now())).toEqual([earlier.id, first.id]);
    const posts = world.platforms.of("post");
    expect(posts.map((p) => p.channel)).toEqual(["slack:T2:C9", "slack:T1:C1"]);
    expect(visibleText(posts[0]!.message)).toContain("#otherchat");
    expect(visibleText(posts[1]!.message)).toContain("#edchat");
    expect((await world.store.polls.get(other.id, later.id))?.status).toBe("open");
    expect(await closeDuePolls(world.services, world.clock.now())).toEqual([]);
  });
});
