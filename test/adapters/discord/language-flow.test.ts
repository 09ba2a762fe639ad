/**
 * One language per channel, on Discord (real discord.js against the Discord fake): the same story
 * as test/adapters/slack/language-flow.test.ts. A French server manager sets the chat up; Bob
 * (English) imports and asks for the stats: the channel reads French, his private answers English;
 * after `language language:en` the report is English whoever asks.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Series } from "../../../src/domain/series.js";
import { translator } from "../../../src/i18n/index.js";
import { lastTuesdayArchive, WEDNESDAY, WEEKLY } from "../../support/edition-flow.js";
import {
  ADA,
  answerTexts,
  BOB,
  CHAT,
  type DiscordWorld,
  discordWorld,
  MANAGE_GUILD,
  MOD_ROLE,
  TEAM_ROLE,
} from "./support/discord-world.js";

const en = translator("en", "discord");
const fr = translator("fr", "discord");

describe("Discord: one language per channel", () => {
  let w: DiscordWorld;
  let series: Series;

  beforeAll(async () => {
    w = await discordWorld({ now: WEDNESDAY });
  });
  afterAll(async () => w?.close());

  async function run(
    subcommand: string,
    who: { userId: string; locale: string },
    extra: Parameters<DiscordWorld["fake"]["sendChatInput"]>[0] = {},
  ) {
    const sent = w.fake.sendChatInput({ subcommand, channelId: CHAT, ...who, ...extra });
    // A report with charts takes seconds on a busy machine.
    await w.dispatcher.handled(String(sent.id), 20_000);
    return answerTexts(w, String(sent.id)).join("\n");
  }
  const ada = { userId: ADA, locale: "fr" };
  const bob = { userId: BOB, locale: "en-US" };

  it("GIVEN a French server manager WHEN they set up the chat THEN the series speaks French and the confirmation says so", async () => {
    const text = await run("setup", ada, { options: { hashtag: "#cafechat" }, permissions: MANAGE_GUILD });
    expect(text).toContain(fr.t("setup.language.chosen"));
    const created = w.store.tables().series.find((s) => s.hashtag === "cafechat")!;
    expect(created.locale).toBe("fr");
    series = await w.store.series.update(created.workspaceId, created.id, {
      ...WEEKLY,
      teamRoleIds: [TEAM_ROLE],
      moderatorRoleIds: [MOD_ROLE],
    });
  });

  it("GIVEN an English member WHEN he imports and asks for the stats THEN the channel reads French, his private note answer English", {
    timeout: 30_000,
  }, async () => {
    const bytes = Buffer.from(lastTuesdayArchive("cafechat"));
    const file = w.fake.world.addAttachment(CHAT, "tuesday.jsonl", bytes, "application/jsonl");
    const imported = await run("import", bob, { attachments: { file } });
    expect(imported).toContain(fr.t("stats.nextStep", { number: 1 }));

    const report = await run("stats", bob);
    expect(report).toContain(fr.t("report.figure.contributors"));
    expect(report).not.toContain(en.t("report.figure.contributors"));

    const note = await run("note", bob, { options: { kind: "good", text: "sharp questions" } });
    expect(note).toContain(en.t("common.kinds.good"));
  });

  it("GIVEN `language language:en` WHEN the French manager asks for the stats THEN the report is English", {
    timeout: 30_000,
  }, async () => {
    await run("language", ada, { options: { language: "en" } });
    expect((await w.store.series.get(series.workspaceId, series.id))?.locale).toBe("en");
    const report = await run("stats", ada);
    expect(report).toContain(en.t("report.figure.contributors"));
  });
});
