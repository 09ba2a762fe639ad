/**
 * Discord help speaks Discord (issue 13, point 6): the sentences that tell people what to type
 * next show Discord's slash-command options, in the reader's language, in replies and in what the
 * scheduler posts in the channel; never Slack's words. Real discord.js against the Discord fake.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Series } from "../../../src/domain/series.js";
import type { Locale } from "../../../src/i18n/index.js";
import { startScheduler } from "../../../src/jobs/start.js";
import { slackCommandsIn } from "../../../src/render/help/commands-in-text.js";
import type { Json } from "../../support/fake-discord-data.js";
import {
  ADA,
  answerTexts,
  CHAT,
  type DiscordWorld,
  discordWorld,
  MANAGE_GUILD,
} from "./support/discord-world.js";

const WORDS = {
  en: { note: "`/afterchat note kind:good text:…`", task: "`/afterchat task owner:@someone text:" },
  fr: {
    note: "`/afterchat note type:bien texte:…`",
    task: "`/afterchat tâche responsable:@quelqu'un texte:",
  },
};

describe.each<Locale>(["en", "fr"])("command examples on Discord (%s)", (locale) => {
  let w: DiscordWorld;
  let series: Series;
  const who = { userId: ADA, locale: locale === "fr" ? "fr" : "en-US", permissions: MANAGE_GUILD };

  beforeAll(async () => {
    w = await discordWorld({ now: new Date("2026-12-01T18:30:00Z") });
    series = await w.seedSeries({ locale });
  });
  afterAll(async () => w?.close());

  async function run(subcommand: string, options: Record<string, string> = {}): Promise<string> {
    const sent = w.fake.sendChatInput({ subcommand, channelId: CHAT, options, ...who });
    await w.dispatcher.handled(String(sent.id));
    return answerTexts(w, String(sent.id)).join("\n");
  }

  it("GIVEN no note yet WHEN a member lists the notes THEN the reply says how to add one with Discord's options", async () => {
    await w.store.editions.create({
      workspaceId: series.workspaceId,
      seriesId: series.id,
      number: 1,
      startsAt: new Date("2026-12-01T17:00:00Z"),
      endsAt: new Date("2026-12-01T18:00:00Z"),
    });
    const text = await run("notes");
    expect(text).toContain(WORDS[locale].note);
    expect(slackCommandsIn(text)).toEqual([]);
  });

  it("GIVEN no open task WHEN a moderator lists them all THEN the reply says how to add one with Discord's options", async () => {
    const text = await run("tasks", { scope: "all" });
    expect(text).toContain(WORDS[locale].task);
    expect(slackCommandsIn(text)).toEqual([]);
  });

  it("GIVEN the chat ends WHEN the scheduler asks the team for notes in the channel THEN it shows Discord's options", async () => {
    const scheduler = await startScheduler({
      config: { scheduler: { enabled: true, graceMinutes: 360, leaseSeconds: 120, pollSeconds: 15 } },
      services: w.services,
      log: w.services.log,
      owner: "test",
      ticker: () => ({ stop: async () => undefined }),
      stopTimeoutMs: 1000,
    });
    const edition = (await w.store.editions.byNumber(series.workspaceId, series.id, 1))!;
    await w.store.jobs.schedule({
      key: `edition:${edition.id}:end`,
      kind: "edition.end",
      workspaceId: series.workspaceId,
      payload: { editionId: edition.id, seriesId: series.id },
      runAt: edition.endsAt,
    });
    await scheduler.runner.tick();
    await scheduler.stop();
    const posted = [...w.fake.world.messages.values()]
      .filter((m: Json) => m.channel_id === CHAT)
      .map((m: Json) => String(m.content ?? "") + JSON.stringify(m.embeds ?? []))
      .join("\n");
    expect(posted).toContain(WORDS[locale].note);
    expect(slackCommandsIn(posted)).toEqual([]);
  });
});
