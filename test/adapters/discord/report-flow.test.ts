/**
 * `/afterchat stats` on Discord for a long edition (400 posts, 30 questions left hanging, long
 * lists), through the real discord.js client against the fake, which refuses what Discord would
 * (6,000 characters of embeds, 25 fields...). The key figures and their change always show;
 * what is cut points to the attached report.md.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Series } from "../../../src/domain/series.js";
import type { Json } from "../../support/fake-discord-data.js";
import { LONG_REPORT_STARTS, seedLongReport } from "../../support/long-report.js";
import { ADA, type DiscordWorld, discordWorld } from "./support/discord-world.js";

let w: DiscordWorld;
let series: Series;

beforeAll(async () => {
  w = await discordWorld({ now: new Date(LONG_REPORT_STARTS + 3 * 3_600_000) });
  series = await w.seedSeries();
  await seedLongReport(w.store, series);
});

afterAll(async () => {
  await w?.close();
});

describe("a long report posted with /afterchat stats on Discord", () => {
  it.each([
    { locale: "en-US", posts: "Posts", cut: "every list is complete in the attached `report.md`" },
    {
      locale: "fr",
      posts: "Publications",
      cut: "toutes les listes sont complètes dans le fichier joint `report.md`",
    },
  ])(
    "GIVEN 400 posts and 30 questions left hanging WHEN a $locale moderator asks THEN the figures and their change come first and the cut points to report.md",
    async ({ locale, posts, cut }) => {
      // Channel posts speak the series' language (issue 13 point 7): a French team's series is French.
      await w.store.series.update(series.workspaceId, series.id, { locale: locale === "fr" ? "fr" : "en" });
      const sent = w.fake.sendChatInput({
        subcommand: "stats",
        userId: ADA,
        locale,
        options: { edition: 2 },
      });
      await w.dispatcher.handled(String(sent.id));
      // Discord (the fake) accepted every message: nothing over its limits.
      const refused = w.fake.interactionReplies(String(sent.id)).filter((c) => c.status >= 400);
      expect(refused).toEqual([]);
      const report = w.fake.world.interactions.get(String(sent.id))!.original!;
      const embeds = report.embeds as Json[];
      const figures = (embeds[0]!.fields as Array<{ name: string; value: string }>) ?? [];
      expect(figures[0]).toEqual({
        name: posts,
        value: expect.stringMatching(/^400 · ▲ \+100/u),
        inline: true,
      });
      const text = embeds.map((e) => String(e.description ?? "")).join("\n");
      expect(text.trimEnd().split("\n").at(-1)).toContain(cut);
      const files = (report.attachments as Json[]).map((a) => a.filename);
      expect(files).toContain("report.md");
    },
  );
});
