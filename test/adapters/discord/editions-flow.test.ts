/**
 * Editions people can follow, on Discord (real discord.js against the Discord fake), in English and
 * French: the same story as on Slack (test/support/edition-flow.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planSeries } from "../../../src/app/planning.js";
import { type Locale, translator } from "../../../src/i18n/index.js";
import {
  expected,
  LAST_TUESDAY,
  lastTuesdayArchive,
  NEXT_TUESDAY,
  WEDNESDAY,
  WEEKLY,
} from "../../support/edition-flow.js";
import { ADA, answerTexts, CHAT, type DiscordWorld, discordWorld } from "./support/discord-world.js";

describe.each<Locale>(["en", "fr"])("Discord editions by date (%s)", (locale) => {
  let w: DiscordWorld;
  const say = expected(locale, "cafechat", "discord");
  const { t } = translator(locale, "discord");
  const discordLocale = locale === "fr" ? "fr" : "en-US";

  beforeAll(async () => {
    w = await discordWorld({ now: WEDNESDAY });
    const series = await w.seedSeries({ ...WEEKLY, locale });
    await planSeries(w.store, series, WEDNESDAY);
  });
  afterAll(async () => w?.close());

  async function run(subcommand: string, extra: Parameters<DiscordWorld["fake"]["sendChatInput"]>[0] = {}) {
    const sent = w.fake.sendChatInput({ subcommand, userId: ADA, locale: discordLocale, ...extra });
    await w.dispatcher.handled(String(sent.id));
    return answerTexts(w, String(sent.id)).join("\n");
  }

  const byDate = () =>
    w.store
      .tables()
      .editions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .map((e) => [e.startsAt.toISOString(), e.number]);

  it("GIVEN only next Tuesday planned WHEN a note is filed THEN it goes to edition 1 and the reply names its date", async () => {
    expect(byDate()).toEqual([[NEXT_TUESDAY.toISOString(), 1]]);
    const text = await run("note", { options: { kind: "good", text: "the guest was great" } });
    expect(text).toContain(say.noteOnNext(t("common.kinds.good"), "the guest was great"));
  });

  it("GIVEN no edition started yet WHEN stats runs THEN it says when edition 1 starts", async () => {
    const text = await run("stats");
    expect(text).toContain(say.notStarted);
  });

  it("GIVEN last Tuesday's archive attached WHEN imported THEN its edition is created as 1, the planned one becomes 2, no post is outside", async () => {
    const bytes = Buffer.from(lastTuesdayArchive("cafechat"));
    const file = w.fake.world.addAttachment(CHAT, "tuesday.jsonl", bytes, "application/jsonl");
    const text = await run("import", { attachments: { file } });
    expect(text).toContain(say.createdForLast);
    expect(text).toContain(say.imported("tuesday.jsonl"));
    expect(byDate()).toEqual([
      [LAST_TUESDAY.toISOString(), 1],
      [NEXT_TUESDAY.toISOString(), 2],
    ]);
    expect(w.store.tables().posts).toHaveLength(3);
  });
});
