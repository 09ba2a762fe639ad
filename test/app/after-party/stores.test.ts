import { afterEach, describe, expect, it } from "vitest";
import {
  closeAfterParty,
  escalateOpenQuestions,
  openAfterParty,
  recordAfterPartyMessage,
} from "../../../src/app/after-party/index.js";
import type { Services } from "../../../src/app/services.js";
import { silentLogger } from "../../../src/log.js";
import { type OpenStore, storeTargets } from "../../support/db.js";
import { MovableClock, TEST_SECRET } from "../../support/recording-responder.js";
import { ENDS, GUILD, LinkingPlatforms, PARTY, STARTS } from "./world.js";

const MINUTE = 60_000;
const ZOE = `discord:${GUILD}:910000000000000100`;
const MAX = `discord:${GUILD}:910000000000000101`;

describe.each(storeTargets())("the after-party's whole life on the $name store", (target) => {
  let opened: OpenStore | null = null;
  afterEach(async () => {
    await opened?.close();
    opened = null;
  });

  it("GIVEN an edition WHEN opened, talked in, escalated twice and closed twice THEN one thread, one event, one escalation, one summary", async () => {
    opened = await target.open();
    const { store } = opened;
    const clock = new MovableClock(ENDS);
    const platforms = new LinkingPlatforms();
    const services: Services = {
      store,
      clock,
      platforms,
      log: silentLogger(),
      secret: TEST_SECRET,
      liveSource: () => null,
      importMaxBytes: 1024,
    };
    const workspace = await store.workspaces.ensure({
      platform: "discord",
      externalId: GUILD,
      name: "Café chat",
      locale: "en",
    });
    const series = await store.series.create({
      workspaceId: workspace.id,
      hashtag: "cafechat",
      title: "Café chat",
      hosts: [],
      networks: ["x"],
      mastodonInstance: null,
      cron: "0 18 * * 2",
      timeZone: "Europe/Paris",
      durationMinutes: 60,
      debriefChannel: `discord:${GUILD}:910000000000000010`,
      afterPartyChannel: PARTY,
      teamRoleIds: [],
      moderatorRoleIds: [],
      locale: null,
    });
    const edition = await store.editions.create({
      workspaceId: workspace.id,
      seriesId: series.id,
      number: 1,
      startsAt: STARTS,
      endsAt: ENDS,
    });

    const first = await openAfterParty(services, edition.id);
    await openAfterParty(services, edition.id);
    if (first.status !== "opened") throw new Error("not opened");
    const base = { workspaceId: workspace.id, channel: PARTY, thread: first.thread };
    const at = (m: number) => new Date(ENDS.getTime() + m * MINUTE);
    await recordAfterPartyMessage(services, {
      ...base,
      externalId: "1",
      authorRef: ZOE,
      text: "Slides?",
      createdAt: at(2),
      replyTo: null,
    });
    await recordAfterPartyMessage(services, {
      ...base,
      externalId: "2",
      authorRef: MAX,
      text: "Here",
      createdAt: at(3),
      replyTo: { externalId: "1", authorRef: ZOE },
    });
    await recordAfterPartyMessage(services, {
      ...base,
      externalId: "3",
      authorRef: MAX,
      text: "Who hosts next?",
      createdAt: at(4),
      replyTo: null,
    });
    const escalated = await escalateOpenQuestions(services, edition.id, at(70));
    const again = await escalateOpenQuestions(services, edition.id, at(80));
    const closed = await closeAfterParty(services, edition.id);
    const closedAgain = await closeAfterParty(services, edition.id);

    expect(platforms.of("openThread")).toHaveLength(1);
    expect(platforms.of("scheduleEvent")).toHaveLength(1);
    expect(escalated).toEqual({ status: "escalated", count: 1, remaining: 0 });
    expect(again).toEqual({ status: "none" });
    expect(closed).toMatchObject({
      status: "closed",
      summary: { messages: 3, participants: 2, questions: 2, answered: 1, open: 1 },
    });
    expect(closedAgain).toEqual({ status: "already_closed" });
    const reloaded = await store.editions.get(workspace.id, edition.id);
    expect(reloaded?.afterPartyThread).toBe(first.thread);
    expect(reloaded?.afterPartyEndsAt?.toISOString()).toBe(at(24 * 60).toISOString());
  });
});
