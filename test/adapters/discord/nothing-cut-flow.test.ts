/**
 * Nothing cut silently, on Discord (real discord.js against the Discord fake), English and French:
 * a 1,080-character task (if Discord's own 300-character limit is bypassed) is refused with a
 * sentence, nothing stored; 60 long notes are listed within Discord's 6,000 embed characters,
 * ending with how many more there are and where to read them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Locale, translator } from "../../../src/i18n/index.js";
import { LONG_TITLE, seedLongNotes } from "../../support/nothing-cut.js";
import { ADA, answerTexts, type DiscordWorld, discordWorld } from "./support/discord-world.js";

describe.each<Locale>(["en", "fr"])("Discord: nothing cut silently (%s)", (locale) => {
  let w: DiscordWorld;
  const { t } = translator(locale, "discord");
  const who = { userId: ADA, locale: locale === "fr" ? "fr" : "en-US" };

  beforeAll(async () => {
    w = await discordWorld();
    await w.seedSeries({ locale });
  });
  afterAll(async () => w?.close());

  let lastId = "";
  async function run(subcommand: string, options: Record<string, string> = {}) {
    const sent = w.fake.sendChatInput({ subcommand, options, ...who });
    lastId = String(sent.id);
    await w.dispatcher.handled(lastId);
    return answerTexts(w, lastId).join("\n");
  }

  /** Characters Discord counts against a message's 6,000 (embed titles, descriptions, fields, footers). */
  function embedCharacters(id: string): number[] {
    return w.fake.interactionReplies(id).map((c) => {
      const body = c.body as { data?: { embeds?: unknown[] }; embeds?: unknown[] };
      const embeds = (body.data?.embeds ?? body.embeds ?? []) as Array<Record<string, unknown>>;
      return embeds.reduce<number>((sum, e) => {
        const fields = (e.fields as Array<{ name: string; value: string }> | undefined) ?? [];
        const footer = (e.footer as { text?: string } | undefined)?.text ?? "";
        const parts = [e.title, e.description, footer, ...fields.flatMap((f) => [f.name, f.value])];
        return sum + parts.reduce<number>((n, p) => n + (typeof p === "string" ? p.length : 0), 0);
      }, 0);
    });
  }

  it("GIVEN a 1,080-character task WHEN filed THEN it is refused with its length, nothing stored", async () => {
    const text = await run("task", { text: LONG_TITLE });
    expect(text).toContain(t("tasks.tooLong", { length: [...LONG_TITLE.trim()].length, max: 300 }));
    expect(w.store.tables().tasks).toHaveLength(0);
  });

  it("GIVEN 60 long notes WHEN listed THEN the listing fits Discord and ends with how many more and where", async () => {
    await run("note", { kind: "good", text: "first" });
    const edition = w.store.tables().editions[0]!;
    await seedLongNotes(w.store, edition.workspaceId, edition.id, [`discord:${edition.workspaceId}:${ADA}`]);
    const text = await run("notes");
    const listed = (text.match(/Note \d+:/gu) ?? []).length;
    expect(listed).toBeGreaterThan(10);
    expect(text).toContain(t("notes.list.more", { count: 60 - listed }));
    const sizes = embedCharacters(lastId);
    expect(Math.max(...sizes)).toBeGreaterThan(4_000);
    expect(sizes.every((n) => n <= 6_000)).toBe(true);
  });
});
