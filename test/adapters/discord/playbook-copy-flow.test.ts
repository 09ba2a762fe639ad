/**
 * The playbook after an import, on Discord (real discord.js against the Discord fake), English and
 * French (issue 13, point 13): before the chat is imported the playbook asks to invite the top
 * contributors "(import the chat first)" and to answer the unanswered questions; once last
 * Tuesday's chat is imported, where every question got its answer, it names the contributors to
 * invite and adds no "answer the unanswered questions".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planSeries } from "../../../src/app/planning.js";
import { type Locale, translator } from "../../../src/i18n/index.js";
import { lastTuesdayArchive, WEDNESDAY, WEEKLY } from "../../support/edition-flow.js";
import { ADA, answerTexts, CHAT, type DiscordWorld, discordWorld } from "./support/discord-world.js";

describe.each<Locale>(["en", "fr"])("Discord: the playbook after an import (%s)", (locale) => {
  let w: DiscordWorld;
  const { t } = translator(locale);
  const hashtag = "cafechat";

  beforeAll(async () => {
    w = await discordWorld({ now: WEDNESDAY });
    await planSeries(w.store, await w.seedSeries({ ...WEEKLY, locale }), WEDNESDAY);
  });
  afterAll(async () => w?.close());

  async function run(subcommand: string, extra: Parameters<DiscordWorld["fake"]["sendChatInput"]>[0] = {}) {
    const sent = w.fake.sendChatInput({
      subcommand,
      userId: ADA,
      locale: locale === "fr" ? "fr" : "en-US",
      ...extra,
    });
    await w.dispatcher.handled(String(sent.id));
    // As the reader sees it: Markdown's escapes (\\( in the embed's JSON) removed.
    return answerTexts(w, String(sent.id))
      .join("\n")
      .replace(/\\+([()#*_])/gu, "$1");
  }

  it("GIVEN nothing imported WHEN the playbook runs THEN it asks to import first and to answer the questions", async () => {
    const text = await run("playbook");
    expect(text).toContain(t("playbook.steps.inviteNoData"));
    expect(text).toContain(t("playbook.steps.unansweredUnknown", { hashtag }));
  });

  it("GIVEN last Tuesday's chat imported, every question answered WHEN the playbook runs THEN it names whom to invite and asks no answers", async () => {
    const bytes = Buffer.from(lastTuesdayArchive(hashtag));
    const file = w.fake.world.addAttachment(CHAT, "tuesday.jsonl", bytes, "application/jsonl");
    await run("import", { attachments: { file } });
    const text = await run("playbook");
    expect(text).toContain(t("playbook.header", { number: 1, hashtag }));
    expect(text).toContain(t("playbook.steps.invite", { handles: "" }).trimEnd());
    expect(text).toMatch(/@user\d/u);
    expect(text).not.toContain(t("playbook.steps.inviteNoData"));
    expect(text).not.toContain(t("playbook.steps.unansweredUnknown", { hashtag }));
    expect(text).not.toContain(t("playbook.steps.unanswered", { count: 1, hashtag }));
  });
});
