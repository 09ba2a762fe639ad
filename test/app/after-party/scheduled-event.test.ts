import { describe, expect, it } from "vitest";
import { openAfterParty } from "../../../src/app/after-party/index.js";
import { afterPartyWorld, ENDS } from "./world.js";

describe("the next edition's scheduled event, created when the after-party opens", () => {
  it("GIVEN a weekly schedule (Tuesdays 18:00 Paris) THEN the event is next Tuesday 18:00-19:00 with the hashtag page", async () => {
    const w = await afterPartyWorld({ cron: "0 18 * * 2" });

    const outcome = await openAfterParty(w.services, w.edition.id);

    const [event] = w.platforms.of("scheduleEvent");
    expect(event?.channel).toBe(w.series.afterPartyChannel);
    expect(event?.event).toEqual({
      name: "#cafechat: edition 13",
      description: "Café chat, edition 13. Join us under #cafechat: https://x.com/hashtag/cafechat",
      startsAt: new Date("2026-03-10T17:00:00Z"),
      endsAt: new Date("2026-03-10T18:00:00Z"),
    });
    expect(outcome.status === "opened" && outcome.event.status).toBe("created");
    expect(w.store.tables().audit.map((a) => a.action)).toContain("afterparty.event");
  });

  it("GIVEN the next edition is already planned with a topic THEN the event uses its date and topic", async () => {
    const w = await afterPartyWorld({ cron: "0 18 * * 2" });
    await w.store.editions.create({
      workspaceId: w.owner.id,
      seriesId: w.series.id,
      number: 13,
      startsAt: new Date("2026-03-12T19:00:00Z"),
      endsAt: new Date("2026-03-12T20:30:00Z"),
      topic: "Reading aloud",
    });

    await openAfterParty(w.services, w.edition.id);

    expect(w.platforms.of("scheduleEvent")[0]?.event).toMatchObject({
      name: "#cafechat: Reading aloud",
      startsAt: new Date("2026-03-12T19:00:00Z"),
      endsAt: new Date("2026-03-12T20:30:00Z"),
    });
  });

  it("GIVEN the series' language is French THEN the event speaks French", async () => {
    const w = await afterPartyWorld({ locale: "fr" });
    await openAfterParty(w.services, w.edition.id);
    expect(w.platforms.of("scheduleEvent")[0]?.event.name).toBe("#cafechat : édition 13");
  });

  it.each([
    ["no schedule (editions made by hand)", { cron: null }, "no_schedule"],
    ["scheduled events switched off", { settings: { scheduledEvent: false } }, "disabled"],
  ] as const)("GIVEN %s THEN no event", async (_what, options, reason) => {
    const w = await afterPartyWorld(options);

    const outcome = await openAfterParty(w.services, w.edition.id);

    expect(w.platforms.of("scheduleEvent")).toEqual([]);
    expect(outcome.status === "opened" && outcome.event).toEqual({ status: "skipped", reason });
  });

  it("GIVEN a second edition's after-party later THEN its own next edition gets its own event", async () => {
    const w = await afterPartyWorld();
    await openAfterParty(w.services, w.edition.id);
    const next = await w.store.editions.create({
      workspaceId: w.owner.id,
      seriesId: w.series.id,
      number: 13,
      startsAt: new Date("2026-03-10T17:00:00Z"),
      endsAt: new Date("2026-03-10T18:00:00Z"),
    });
    w.clock.set(new Date(ENDS.getTime() + 7 * 86_400_000));

    await openAfterParty(w.services, next.id);

    expect(w.platforms.of("scheduleEvent").map((c) => c.event.startsAt.toISOString())).toEqual([
      "2026-03-10T17:00:00.000Z",
      "2026-03-17T17:00:00.000Z",
    ]);
  });
});
