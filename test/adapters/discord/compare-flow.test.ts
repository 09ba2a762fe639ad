/**
 * `/afterchat compare` on Discord (real discord.js against the fake): the sub-command's options read into
 * the core command, both chats side by side with the chart attached and the people both share by name, then
 * the watched chat's questions with a select; a moderator's pick makes one task, a second pick none more,
 * and a member's pick is refused. English and French.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Series } from "../../../src/domain/series.js";
import { translator } from "../../../src/i18n/index.js";
import { OUR_POSTS, storePosts, TEACHCHAT_SUMMARY } from "../../app/compare/world.js";
import type { Json } from "../../support/fake-discord-data.js";
import { ADA, BOB, CHAT, type DiscordWorld, discordWorld, G, sendCommand } from "./support/discord-world.js";

interface Select {
  custom_id: string;
  options?: Array<{ label: string; value: string }>;
}
const selectsOf = (message: Json) =>
  ((message.components as Array<{ components: Select[] }>) ?? []).flatMap((r) => r.components);

describe.each(["en", "fr"] as const)("compare on Discord (%s)", (locale) => {
  const { t } = translator(locale);
  const as = (userId: string) => ({ userId, locale: locale === "fr" ? "fr" : "en-US" });
  let w: DiscordWorld;
  let series: Series;

  beforeAll(async () => {
    w = await discordWorld({ now: new Date("2026-03-05T12:00:00Z") });
    series = await w.seedSeries({ locale });
    const edition = await w.store.editions.create({
      workspaceId: series.workspaceId,
      seriesId: series.id,
      number: 1,
      startsAt: new Date("2026-03-03T18:00:00Z"),
      endsAt: new Date("2026-03-03T19:00:00Z"),
      status: "debriefing",
    });
    await storePosts(w.store, series.workspaceId, edition.id, OUR_POSTS);
    const { watch } = await w.store.watches.add({
      workspaceId: series.workspaceId,
      channel: `discord:${G}:${CHAT}`,
      hashtag: "teachchat",
      hosts: ["tina"],
      networks: ["x"],
      mastodonInstance: null,
      cron: null,
      timeZone: "Europe/Paris",
      durationMinutes: 60,
      note: null,
      createdBy: `discord:${G}:${ADA}`,
    });
    const watched = await w.store.watchEditions.ensure(series.workspaceId, watch.id, {
      startsAt: new Date("2026-03-04T19:00:00Z"),
      endsAt: new Date("2026-03-04T20:00:00Z"),
    });
    await w.store.watchEditions.record(series.workspaceId, watched.id, {
      status: "reported",
      summary: TEACHCHAT_SUMMARY,
      at: new Date("2026-03-04T20:30:00Z"),
    });
  });
  afterAll(async () => w?.close());

  const questionsMessage = () =>
    [...w.fake.world.messages.values()].find((m) =>
      selectsOf(m).some((s) => s.custom_id.startsWith("compare.copy")),
    )!;

  it("GIVEN a watched chat WHEN a member compares THEN both sides, the chart and the shared people are posted", async () => {
    const id = await sendCommand(w, as(BOB), "compare", { "other-chat": "#teachchat" });
    const calls = w.fake.interactionReplies(id);
    const text = calls.map((c) => JSON.stringify(c.body)).join("\n");
    expect(text).toContain(t("compare.header", { ours: "cafechat", theirs: "teachchat" }));
    expect(text).toContain(t("compare.figure.engagementPerPost"));
    expect(text).toContain(t("compare.unknown.noFollowers"));
    expect(text).toContain("Cara Diaz");
    expect(text).not.toContain("<@");
    expect(calls.flatMap((c) => c.files.map((f) => f.filename))).toContain("compare.png");
    const select = selectsOf(questionsMessage()).find((s) => s.custom_id.startsWith("compare.copy"))!;
    expect(select.options?.map((o) => o.label)).toEqual([
      "Q1 · Q1 Which book changed how you teach?",
      "Q2 · Q2 How do you start a lesson?",
    ]);
  });

  it("GIVEN their questions WHEN a member picks one THEN it is refused; WHEN a moderator picks it twice THEN one task", async () => {
    const message = questionsMessage();
    const select = selectsOf(message).find((s) => s.custom_id.startsWith("compare.copy"))!;
    const q1 = select.options![0]!.value;
    const pick = async (userId: string) => {
      const sent = w.fake.sendSelect({
        customId: select.custom_id,
        values: [q1],
        message,
        ...as(userId),
        channelId: CHAT,
      });
      await w.dispatcher.handled(String(sent.id));
      return w.fake
        .interactionReplies(String(sent.id))
        .map((c) => JSON.stringify(c.body))
        .join("\n");
    };
    expect(await pick(BOB)).toContain(t("errors.not_moderator", { hashtag: "cafechat" }).slice(0, 20));
    const copied = () =>
      w.store.tables().tasks.filter((task) => task.seriesId === series.id && task.origin === "copied");
    expect(copied()).toHaveLength(0);
    await pick(ADA);
    const again = await pick(ADA);
    expect(again).toContain(t("compare.copy.exists", { hashtag: "cafechat", title: "" }).trim());
    expect(copied()).toHaveLength(1);
    expect(copied()[0]!.title).toContain("Q1 Which book changed how you teach?");
  });
});
