/**
 * `/afterchat stats` on Discord for a long edition (400 posts, 30 questions left hanging, long
 * lists), through the real discord.js client against the fake, which refuses what Discord would
 * (6,000 characters of embeds, 25 fields...). The key figures and their change always show;
 * what is cut points to the attached report.md.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Post } from "../../../src/domain/post.js";
import type { Series } from "../../../src/domain/series.js";
import { post } from "../../app/tasks/support/posts.js";
import type { Json } from "../../support/fake-discord-data.js";
import { ADA, type DiscordWorld, discordWorld } from "./support/discord-world.js";

const STARTS = Date.UTC(2026, 2, 3, 19, 0);
const LONG = "a rather long answer that goes on about what the team learned this week and why it matters";

let w: DiscordWorld;
let series: Series;

function chatPosts(): Post[] {
  const out: Post[] = [];
  for (let i = 0; i < 400; i += 1) {
    const question = i < 30;
    out.push(
      post(`person_with_a_long_handle_${i % 120}`, {
        externalId: String(5_000_000 + i),
        text: question ? `Q? Does anyone know ${LONG} number ${i}? #cafechat` : `A1 ${LONG} ${i} #cafechat`,
        createdAt: new Date(STARTS + i * 8_000),
        likes: i % 17,
        url: `https://x.com/p/status/${5_000_000 + i}`,
      }),
    );
  }
  return out;
}

beforeAll(async () => {
  w = await discordWorld({ now: new Date(STARTS + 3 * 3_600_000) });
  series = await w.seedSeries();
  const ws = series.workspaceId;
  const first = await w.store.editions.create({
    workspaceId: ws,
    seriesId: series.id,
    number: 1,
    startsAt: new Date(STARTS - 7 * 86_400_000),
    endsAt: new Date(STARTS - 7 * 86_400_000 + 3_600_000),
    status: "closed",
  });
  await w.store.editions.update(ws, first.id, {
    importedAt: new Date(STARTS - 6 * 86_400_000),
    headline: {
      posts: 300,
      contributors: 100,
      engagement: 2000,
      potentialReach: null,
      impressions: null,
      questions: 0,
      answers: 0,
      unanswered: 40,
      newContributors: 10,
    },
  });
  const second = await w.store.editions.create({
    workspaceId: ws,
    seriesId: series.id,
    number: 2,
    startsAt: new Date(STARTS),
    endsAt: new Date(STARTS + 3_600_000),
    status: "debriefing",
  });
  await w.store.posts.upsertBatch(ws, second.id, chatPosts());
  await w.store.editions.update(ws, second.id, { importedAt: new Date(STARTS + 2 * 3_600_000) });
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
