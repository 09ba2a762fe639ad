import { describe, expect, it } from "vitest";
import { openAfterParty } from "../../../src/app/after-party/index.js";
import { ensureNextEditionEvent } from "../../../src/app/after-party/scheduled-event.js";
import { translator } from "../../../src/i18n/index.js";
import { afterPartyWorld, DEBRIEF_SLACK, ENDS, GUILD } from "./world.js";

/** The next edition's event asked for again (a retry, or the edition's own event job). */
async function ensureAgain(w: Awaited<ReturnType<typeof afterPartyWorld>>) {
  const series = (await w.store.series.get(w.series.workspaceId, w.series.id))!;
  const next = {
    number: 13,
    startsAt: new Date("2026-03-05T17:00:00Z"),
    endsAt: new Date("2026-03-05T18:00:00Z"),
    topic: null,
  };
  const first = w.platforms.of("scheduleEvent")[0];
  const at = first ? { ...next, startsAt: first.event.startsAt, endsAt: first.event.endsAt } : next;
  return ensureNextEditionEvent(w.services, series, at, translator(series.locale ?? "en"));
}

describe("the next edition's scheduled event, created when the after-party opens", () => {
  it("GIVEN a weekly schedule (Tuesdays 17:00 UTC) THEN the event is next Tuesday 17:00-18:00 with the hashtag page", async () => {
    const w = await afterPartyWorld({ cron: "0 17 * * 2", timeZone: "UTC" });

    const outcome = await openAfterParty(w.services, w.edition.id);

    const [event] = w.platforms.of("scheduleEvent");
    expect(event?.channel).toBe(w.series.afterPartyChannel);
    expect(event?.event).toEqual({
      name: "#cafechat: edition 13",
      description: "Café chat, edition 13. Join us under #cafechat: https://x.com/hashtag/cafechat",
      startsAt: new Date("2026-03-10T17:00:00Z"),
      endsAt: new Date("2026-03-10T18:00:00Z"),
      // Every Tuesday: Discord repeats it on its own (weekday 1 = Tuesday in Discord's numbering).
      recurrence: {
        frequency: "weekly",
        interval: 1,
        weekdays: [1],
        start: new Date("2026-03-10T17:00:00Z"),
      },
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
    expect(w.platforms.of("scheduleEvent")[0]?.event.name).toBe("#cafechat\u202F: édition 13");
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

  it("GIVEN a weekly schedule in a zone with summer time (Tuesdays 18:00 Paris) THEN no rule: Discord would repeat it at one UTC time", async () => {
    const w = await afterPartyWorld({ cron: "0 18 * * 2" });
    await openAfterParty(w.services, w.edition.id);
    expect(w.platforms.of("scheduleEvent")[0]?.event).toMatchObject({
      startsAt: new Date("2026-03-10T17:00:00Z"),
      recurrence: null,
    });
  });

  it("GIVEN a repeating event WHEN the next after-party opens THEN the same event moves on to the edition after, no second one", async () => {
    const w = await afterPartyWorld({ cron: "0 17 * * 2", timeZone: "UTC" });
    await openAfterParty(w.services, w.edition.id);
    const next = await w.store.editions.create({
      workspaceId: w.owner.id,
      seriesId: w.series.id,
      number: 13,
      startsAt: new Date("2026-03-10T17:00:00Z"),
      endsAt: new Date("2026-03-10T18:00:00Z"),
    });
    w.clock.set(new Date(ENDS.getTime() + 7 * 86_400_000));

    const outcome = await openAfterParty(w.services, next.id);

    const calls = w.platforms.of("scheduleEvent");
    expect(calls.map((c) => [c.event.name, c.replaces])).toEqual([
      ["#cafechat: edition 13", null],
      ["#cafechat: edition 14", `discord:${GUILD}:m2`],
    ]);
    expect(outcome.status === "opened" && outcome.event.status).toBe("updated");
  });

  it("GIVEN a schedule Discord cannot repeat (Tuesdays and Thursdays) THEN no rule, and each edition gets its own event", async () => {
    const w = await afterPartyWorld({ cron: "0 18 * * 2,4" });
    await openAfterParty(w.services, w.edition.id);
    const [first] = w.platforms.of("scheduleEvent");
    expect(first?.event.recurrence).toBeNull();
    expect(first?.event.startsAt).toEqual(new Date("2026-03-05T17:00:00Z"));
    const next = await w.store.editions.create({
      workspaceId: w.owner.id,
      seriesId: w.series.id,
      number: 13,
      startsAt: new Date("2026-03-05T17:00:00Z"),
      endsAt: new Date("2026-03-05T18:00:00Z"),
    });
    w.clock.set(new Date("2026-03-05T18:00:00Z"));
    await openAfterParty(w.services, next.id);
    expect(w.platforms.of("scheduleEvent").map((c) => c.replaces)).toEqual([null, null]);
  });

  it("GIVEN the event exists WHEN the after-party is opened again with nothing changed THEN Discord is not called again", async () => {
    const w = await afterPartyWorld({ cron: "0 18 * * 2,4" });
    await openAfterParty(w.services, w.edition.id);
    const again = await ensureAgain(w);
    expect(again.status).toBe("exists");
    expect(w.platforms.of("scheduleEvent")).toHaveLength(1);
  });

  it.each(["en", "fr"] as const)(
    "GIVEN a server holding Discord's 100 upcoming events (%s) THEN no event, and the moderators read why in the debrief channel, once",
    async (locale) => {
      const w = await afterPartyWorld({ debrief: "slack", locale });
      w.platforms.eventsFull = true;

      const outcome = await openAfterParty(w.services, w.edition.id);
      await ensureAgain(w);

      expect(outcome.status === "opened" && outcome.event).toEqual({ status: "skipped", reason: "limit" });
      const told = w.platforms.of("post").filter((p) => p.channel === DEBRIEF_SLACK);
      expect(told.map((p) => p.message.text)).toEqual([
        translator(locale).t("afterparty.event.limit", { hashtag: "cafechat", number: 13, max: 100 }),
      ]);
    },
  );

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
