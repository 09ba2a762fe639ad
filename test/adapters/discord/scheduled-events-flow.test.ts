/**
 * Scheduled events as Discord has them (issue 13, point 4), with real discord.js against the
 * Discord fake, which stores events and refuses what Discord refuses (recurrence rules outside
 * Discord's limits, a 101st upcoming event: test/support/fake-discord-events.ts). A weekly chat's
 * event repeats every week; a new schedule or topic moves the same event; a server already holding
 * 100 upcoming events gets none and the moderators read why, in English and French.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAfterParty } from "../../../src/app/after-party/index.js";
import type { Series } from "../../../src/domain/series.js";
import { type Locale, translator } from "../../../src/i18n/index.js";
import type { Json } from "../../support/fake-discord-data.js";
import {
  ADA,
  answerTexts,
  CHAT,
  type DiscordWorld,
  discordWorld,
  firstAnswer,
  G,
  MANAGE_GUILD,
  PARTY,
  VOICE,
} from "./support/discord-world.js";

// Tuesdays 18:00 in Tokyo (a zone without summer time: Discord's rule repeats at a fixed UTC time).
const STARTS = new Date("2026-03-03T09:00:00Z");
const ENDS = new Date("2026-03-03T10:00:00Z");

type Modal = { custom_id: string };

describe.each<Locale>(["en", "fr"])("Discord scheduled events (%s)", (locale) => {
  let w: DiscordWorld;
  let series: Series;
  const { t } = translator(locale);
  const who = { userId: ADA, locale: locale === "fr" ? "fr" : "en-US", permissions: MANAGE_GUILD };
  const events = () => w.fake.world.guildEvents(G);

  beforeAll(async () => {
    w = await discordWorld({ now: ENDS });
    series = await w.seedSeries({ locale, timeZone: "Asia/Tokyo" });
    const edition = await w.store.editions.create({
      workspaceId: series.workspaceId,
      seriesId: series.id,
      number: 1,
      startsAt: STARTS,
      endsAt: ENDS,
    });
    await openAfterParty(w.services, edition.id);
  });
  afterAll(async () => w?.close());

  it("GIVEN a chat every Tuesday 18:00 Tokyo WHEN its after-party opens THEN next Tuesday's event repeats weekly, on time", () => {
    expect(events()).toHaveLength(1);
    expect(events()[0]).toMatchObject({
      entity_type: 3,
      name: t("afterparty.event.name", { hashtag: "cafechat", number: 2 }),
      scheduled_start_time: "2026-03-10T09:00:00.000Z",
      scheduled_end_time: "2026-03-10T10:00:00.000Z",
      recurrence_rule: { frequency: 2, interval: 1, by_weekday: [1], start: "2026-03-10T09:00:00.000Z" },
    });
  });

  it("GIVEN the event WHEN a moderator moves the chat to Thursdays 19:00 in the form THEN the same event moves, rule included", async () => {
    const sent = w.fake.sendChatInput({ subcommand: "setup", channelId: CHAT, ...who });
    const modal = (await firstAnswer(w, String(sent.id))).data as Modal;
    const schedule = locale === "fr" ? "jeudi 19h Asia/Tokyo 1h" : "thursdays 7pm Asia/Tokyo 1h";
    const fields = { hashtag: "#cafechat", title: "Café chat", hosts: "@ana", schedule, networks: "x" };
    const submit = w.fake.sendModalSubmit({ customId: modal.custom_id, fields, channelId: CHAT, ...who });
    await w.dispatcher.handled(String(submit.id));
    expect(answerTexts(w, String(submit.id)).join("\n")).toContain(t("setup.saved", { hashtag: "cafechat" }));

    expect(events()).toHaveLength(1);
    expect(events()[0]).toMatchObject({
      scheduled_start_time: "2026-03-05T10:00:00.000Z",
      scheduled_end_time: "2026-03-05T11:00:00.000Z",
      recurrence_rule: { frequency: 2, by_weekday: [3], start: "2026-03-05T10:00:00.000Z" },
    });
    expect(w.fake.calls("PATCH", "/guilds/:gid/scheduled-events/:eid")).toHaveLength(1);
  });

  it("GIVEN the event WHEN a moderator sets the next edition's topic THEN the event is renamed", async () => {
    const topic = locale === "fr" ? "Lire à voix haute" : "Reading aloud";
    const sent = w.fake.sendChatInput({
      subcommand: "edition",
      channelId: CHAT,
      options: { action: "topic", topic },
      ...who,
    });
    await w.dispatcher.handled(String(sent.id));
    expect(events()[0]?.name).toBe(t("afterparty.event.nameTopic", { hashtag: "cafechat", topic }));
    expect(events()).toHaveLength(1);
  });

  it("GIVEN a server already holding 100 upcoming events WHEN another chat's after-party opens THEN no event, and its moderators read why", async () => {
    for (let i = events().length; i < 100; i++)
      w.fake.world.createScheduledEvent(G, {
        name: `busy ${i}`,
        entity_type: 2,
        channel_id: VOICE,
        scheduled_start_time: "2026-04-01T10:00:00.000Z",
      });
    const other = await w.seedSeries({
      hashtag: "teachchat",
      debriefChannel: `discord:${G}:${PARTY}`,
      locale,
      cron: "0 20 * * 3",
      timeZone: "Asia/Tokyo",
    });
    const edition = await w.store.editions.create({
      workspaceId: other.workspaceId,
      seriesId: other.id,
      number: 1,
      startsAt: new Date("2026-03-04T10:00:00Z"),
      endsAt: new Date("2026-03-04T11:00:00Z"),
    });
    w.clock.set(new Date("2026-03-04T11:00:00Z"));

    await openAfterParty(w.services, edition.id);

    expect(events()).toHaveLength(100);
    const said = [...w.fake.world.messages.values()].map(
      (m: Json) => String(m.content ?? "") + JSON.stringify(m.embeds ?? []),
    );
    const limit = t("afterparty.event.limit", { hashtag: "teachchat", number: 2, max: 100 });
    expect(said.some((text) => text.includes(limit.slice(0, 40)))).toBe(true);
  });
});

/**
 * Daylight saving: Discord's recurrence rule has no time zone, so a rule repeats at one UTC time.
 * Europe/Paris moves to summer time on 2027-03-28: a weekly 18:30 chat is at 17:30 UTC before and
 * 16:30 UTC after. Its events carry no rule and each one is at 18:30 Paris.
 */
describe.each<Locale>(["en", "fr"])("Discord events across the change to summer time (%s)", (locale) => {
  let w: DiscordWorld;
  let series: Series;
  const events = () => w.fake.world.guildEvents(G);

  async function afterParty(number: number, startsAt: string, endsAt: string) {
    const edition = await w.store.editions.create({
      workspaceId: series.workspaceId,
      seriesId: series.id,
      number,
      startsAt: new Date(startsAt),
      endsAt: new Date(endsAt),
    });
    w.clock.set(new Date(endsAt));
    await openAfterParty(w.services, edition.id);
  }

  beforeAll(async () => {
    w = await discordWorld({ now: new Date("2027-03-16T18:30:00Z") });
    series = await w.seedSeries({ locale, cron: "30 18 * * 2", timeZone: "Europe/Paris" });
  });
  afterAll(async () => w?.close());

  it("GIVEN a weekly 18:30 Paris chat WHEN the after-party before the change opens THEN the next event is at 18:30 Paris, with no rule Discord would repeat at 17:30 UTC", async () => {
    await afterParty(1, "2027-03-16T17:30:00Z", "2027-03-16T18:30:00Z");
    expect(events()).toHaveLength(1);
    expect(events()[0]).toMatchObject({
      scheduled_start_time: "2027-03-23T17:30:00.000Z",
      scheduled_end_time: "2027-03-23T18:30:00.000Z",
      recurrence_rule: null,
    });
  });

  it("GIVEN the change to summer time on 2027-03-28 WHEN the next after-party opens THEN the next event is still at 18:30 Paris (16:30 UTC)", async () => {
    await afterParty(2, "2027-03-23T17:30:00Z", "2027-03-23T18:30:00Z");
    const next = events().find((e) => e.scheduled_start_time === "2027-03-30T16:30:00.000Z");
    expect(next).toMatchObject({ scheduled_end_time: "2027-03-30T17:30:00.000Z", recurrence_rule: null });
    expect(events().some((e) => e.scheduled_start_time === "2027-03-30T17:30:00.000Z")).toBe(false);
  });
});
