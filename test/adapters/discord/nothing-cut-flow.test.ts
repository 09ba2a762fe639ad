/**
 * Nothing cut silently, on Discord (real discord.js against the Discord fake), English and French:
 * a 1,080-character task (if Discord's own 300-character limit is bypassed) is refused with a
 * sentence, nothing stored; 60 long notes are listed within Discord's 6,000 embed characters,
 * ending with how many more there are and where to read them; a task list longer than it shows
 * says how many more and points to an export that holds them all.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Locale, translator } from "../../../src/i18n/index.js";
import { LIST_LIMIT } from "../../../src/render/tasks/list.js";
import { LONG_TITLE, seedLongNotes } from "../../support/nothing-cut.js";
import { ADA, answerTexts, type DiscordWorld, discordWorld, G } from "./support/discord-world.js";

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

  it("GIVEN 20 open tasks WHEN the team's list is asked THEN it shows 15 and says where the 5 others are, AND that export lists all 20", async () => {
    const series = (await w.store.series.list((await w.workspace()).id))[0]!;
    const me = `discord:${G}:${ADA}`;
    const titles = Array.from({ length: 20 }, (_, i) => `listed task ${String(i + 1).padStart(2, "0")}`);
    for (const [i, title] of titles.entries())
      await w.store.tasks.create({
        workspaceId: series.workspaceId,
        seriesId: series.id,
        editionId: null,
        title,
        ownerRef: me,
        dueAt: new Date(Date.UTC(2027, 0, 1 + i)),
        createdBy: me,
      });
    const list = await run("tasks");
    expect(titles.filter((title) => list.includes(title))).toEqual(titles.slice(0, LIST_LIMIT));
    expect(list).toContain(t("tasks.list.more", { count: 20 - LIST_LIMIT }));

    await run("export", { what: "tasks" });
    const withFile = w.fake.interactionReplies(lastId).find((c) => c.files.length > 0);
    const csv = withFile?.files[0]?.bytes.toString("utf8") ?? "";
    expect(titles.filter((title) => csv.includes(title))).toEqual(titles);
  });
});
