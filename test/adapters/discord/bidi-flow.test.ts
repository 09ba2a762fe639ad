/**
 * Right-to-left notes on Discord (real discord.js against the Discord fake), English and French:
 * a note written in Arabic is listed inside a first-strong isolate, so the author's name in
 * parentheses after it stays after it instead of flipping to the line's other end.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Locale, translator } from "../../../src/i18n/index.js";
import { ADA, answerTexts, type DiscordWorld, discordWorld, sendCommand } from "./support/discord-world.js";

const ARABIC = "أسئلة رائعة هذا الأسبوع";
const HEBREW = "שאלות מצוינות";

describe.each<Locale>(["en", "fr"])("Discord: right-to-left notes (%s)", (locale) => {
  let w: DiscordWorld;
  const { t } = translator(locale);
  const who = { userId: ADA, locale: locale === "fr" ? "fr" : "en-US" };

  beforeAll(async () => {
    w = await discordWorld();
    await w.seedSeries({ locale });
  });
  afterAll(async () => w?.close());

  it("GIVEN notes in Arabic and Hebrew WHEN listed THEN each text and its author are isolated apart", async () => {
    await sendCommand(w, who, "note", { kind: "good", text: ARABIC });
    await sendCommand(w, who, "note", { kind: "insight", text: HEBREW });
    const listed = answerTexts(w, await sendCommand(w, who, "notes")).join("\n");
    expect(listed).toContain(t("notes.list.kind", { kind: t("common.kinds.good"), count: 1 }));
    for (const text of [ARABIC, HEBREW])
      expect(listed).toMatch(
        new RegExp(`- \\u2068${text}\\u2069 \\(\\u2068[^\\u2068\\u2069]+\\u2069\\)`, "u"),
      );
  });
});
