/**
 * Quiet channels, on Discord (real discord.js against the Discord fake), English and French:
 * `playbook` re-run with nothing new answers only the moderator (ephemeral); the notes listing
 * names its authors without pinging them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Locale, translator } from "../../../src/i18n/index.js";
import {
  ADA,
  answerTexts,
  type DiscordWorld,
  discordWorld,
  firstAnswer,
  sendCommand,
} from "./support/discord-world.js";

describe.each<Locale>(["en", "fr"])("Discord: quiet channels (%s)", (locale) => {
  let w: DiscordWorld;
  const { t } = translator(locale);
  const who = { userId: ADA, locale: locale === "fr" ? "fr" : "en-US" };

  beforeAll(async () => {
    w = await discordWorld();
    await w.seedSeries({ locale });
  });
  afterAll(async () => w?.close());

  const run = (subcommand: string, options: Record<string, string> = {}) =>
    sendCommand(w, who, subcommand, options);

  it("GIVEN the playbook already run WHEN run again with nothing new THEN the answer is ephemeral", async () => {
    const first = await run("playbook");
    expect(((await firstAnswer(w, first)).data.flags as number | undefined) ?? 0).toBe(0);
    const again = await run("playbook");
    const answer = await firstAnswer(w, again);
    expect(((answer.data.flags as number | undefined) ?? 0) & 64).toBe(64);
    expect(answerTexts(w, again).join("\n")).toContain(t("playbook.allThere"));
  });

  it("GIVEN notes WHEN listed THEN authors are named, nobody is mentioned", async () => {
    await run("note", { kind: "good", text: "sharp questions" });
    const id = await run("notes");
    const text = answerTexts(w, id).join("\n");
    expect(text).toContain("sharp questions");
    expect(text).not.toMatch(/<@\d/u);
  });
});
