/**
 * A Discord-only series gets its after-party: `/afterchat setup` takes an after-party channel
 * (text, forum, voice or stage), on creation or alone to move it; in a voice channel the
 * after-party happens in its text chat, and the next edition's scheduled event in that channel.
 * English and French.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { afterchatCommand } from "../../../adapters/discord/commands/definition.js";
import { openAfterParty } from "../../../src/app/after-party/index.js";
import { translator } from "../../../src/i18n/index.js";
import {
  ADA,
  type DiscordWorld,
  discordWorld,
  FORUM,
  G,
  MANAGE_GUILD,
  VOICE,
} from "./support/discord-world.js";

const ENDS = new Date("2026-03-03T18:00:00Z");
const NEW_CHANNEL = "910000000000000050";
let w: DiscordWorld;

beforeAll(async () => {
  w = await discordWorld({ now: new Date(ENDS.getTime() + 60_000) });
  w.fake.world.channels.set(NEW_CHANNEL, { id: NEW_CHANNEL, type: 0, guild_id: G, name: "voicechat" });
});

afterAll(async () => {
  await w?.close();
});

const answerText = (id: string) =>
  w.fake
    .interactionReplies(id)
    .map((c) => JSON.stringify(c.body))
    .join("\n");

describe("the after-party channel of a Discord-only series", () => {
  it("GIVEN the command Discord receives THEN setup offers an after-party channel of type text, announcement, forum, voice or stage", () => {
    const setup = afterchatCommand().options?.find((o) => o.name === "setup") as {
      options?: Array<Record<string, unknown>>;
    };
    const option = setup.options?.find((o) => o.name === "after-party");
    expect(option).toMatchObject({ type: 7, channel_types: [0, 5, 15, 2, 13] });
  });

  it("GIVEN a member who may set up WHEN /afterchat setup hashtag after-party:<voice> THEN the series has that after-party, and the confirmation says so", async () => {
    const sent = w.fake.sendChatInput({
      subcommand: "setup",
      options: [
        { name: "hashtag", type: 3, value: "#voicechat" },
        { name: "after-party", type: 7, value: VOICE },
      ],
      userId: ADA,
      channelId: NEW_CHANNEL,
      permissions: MANAGE_GUILD,
      locale: "en-US",
    });
    await w.dispatcher.handled(String(sent.id));
    const series = w.store.tables().series.find((s) => s.hashtag === "voicechat");
    expect(series?.afterPartyChannel).toBe(`discord:${G}:${VOICE}`);
    expect(answerText(String(sent.id))).toContain(`Its after-parties happen in <#${VOICE}>.`);
  });

  it("GIVEN the chat ends WHEN the scheduler opens the after-party in the voice channel THEN its text chat gets the opening message, and the next edition's event takes place there", async () => {
    const series = (await w.store.series.findByHashtag((await w.workspace()).id, "voicechat"))!;
    await w.store.series.update(series.workspaceId, series.id, {
      cron: "0 18 * * 2",
      timeZone: "Europe/Paris",
    });
    const edition = await w.store.editions.create({
      workspaceId: series.workspaceId,
      seriesId: series.id,
      number: 1,
      startsAt: new Date(ENDS.getTime() - 3_600_000),
      endsAt: ENDS,
      status: "debriefing",
    });
    const outcome = await openAfterParty(w.services, edition.id);
    expect(outcome.status).toBe("opened");
    expect(outcome.status === "opened" && outcome.thread).toBe(`discord:${G}:${VOICE}`);
    const opening = w.fake.calls("POST", `/channels/${VOICE}/messages`)[0];
    expect(JSON.stringify(opening?.body)).toContain("#voicechat");
    const [event] = w.fake.calls("POST", `/guilds/${G}/scheduled-events`);
    expect(event?.body).toMatchObject({ entity_type: 2, channel_id: VOICE });
  });

  it("GIVEN a French chat without after-party WHEN a moderator runs /afterchat setup after-party:<forum> alone THEN it moves there, said in French", async () => {
    const series = await w.seedSeries({ hashtag: "cafechat", afterPartyChannel: null, locale: "fr" });
    const { t } = translator("fr");
    const sent = w.fake.sendChatInput({
      subcommand: "setup",
      options: [{ name: "after-party", type: 7, value: FORUM }],
      userId: ADA,
      locale: "fr",
    });
    await w.dispatcher.handled(String(sent.id));
    expect((await w.store.series.get(series.workspaceId, series.id))?.afterPartyChannel).toBe(
      `discord:${G}:${FORUM}`,
    );
    expect(answerText(String(sent.id))).toContain(t("setup.afterPartyHere", { channel: `<#${FORUM}>` }));
  });
});
