/**
 * How a poll's copy reads on Discord (real discord.js against the Discord fake), in English and in
 * French (issue 13, point 13): an anonymous poll's results and its closed message say that it was
 * anonymous and that who answered is not kept; a second poll in the same edition is titled
 * "poll 2" so the two read apart.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDuePolls } from "../../../src/app/polls/index.js";
import { translator } from "../../../src/i18n/index.js";
import type { Json } from "../../support/fake-discord-data.js";
import { ADA, CHAT, type DiscordWorld, discordWorld } from "./support/discord-world.js";

const DAYS_3 = 72 * 3_600_000;

describe.each(["en", "fr"] as const)("Discord: the copy of polls, in %s", (locale) => {
  const t = translator(locale);
  let w: DiscordWorld;

  beforeAll(async () => {
    w = await discordWorld();
    await w.seedSeries({ locale });
  });
  afterAll(async () => w?.close());

  /** Opens a poll as the host; the message the channel got (the questions). */
  async function openPoll(options: Record<string, boolean> = {}): Promise<Json> {
    const sent = w.fake.sendChatInput({ subcommand: "poll", userId: ADA, options });
    await w.dispatcher.handled(String(sent.id));
    return w.fake.world.interactions.get(String(sent.id))!.original!;
  }
  const text = (message: Json | undefined) => JSON.stringify([message?.content ?? "", message?.embeds ?? []]);
  const inChannel = () => [...w.fake.world.messages.values()].filter((m) => m.channel_id === CHAT);
  const titleOf = (message: Json) => (message.embeds as Array<{ title?: string }>)[0]?.title;

  it("GIVEN an anonymous poll WHEN its deadline closes it THEN the results and the closed poll say it was anonymous", async () => {
    const original = await openPoll({ anonymous: true });
    w.clock.advance(DAYS_3);
    expect(await closeDuePolls(w.services, w.clock.now())).toHaveLength(1);
    const line = t.t("poll.results.anonymousVoters", { count: 0 });
    const closed = w.fake.world.messages.get(String(original.id));
    expect(text(closed)).toContain(t.t("poll.closedBanner"));
    expect(text(closed)).toContain(line);
    const results = inChannel().find((m) =>
      text(m).includes(t.t("poll.results.title", { hashtag: "cafechat", number: 1 })),
    );
    expect(text(results)).toContain(line);
    expect(text(results)).not.toContain(t.t("poll.results.voters", { count: 0 }));
  });

  it("GIVEN the edition's first poll closed WHEN a second is opened THEN it is titled poll 2, apart from the first", async () => {
    const first = t.t("poll.title", { hashtag: "cafechat", number: 1 });
    const second = await openPoll();
    expect(titleOf(second)).toBe(t.t("poll.titleNth", { hashtag: "cafechat", number: 1, ordinal: 2 }));
    expect(titleOf(second)).not.toBe(first);
    w.clock.advance(DAYS_3);
    await closeDuePolls(w.services, w.clock.now());
    const results = t.t("poll.results.titleNth", { hashtag: "cafechat", number: 1, ordinal: 2 });
    const posted = inChannel().find((m) => text(m).includes(results));
    // A named poll keeps the plain count.
    expect(text(posted)).toContain(t.t("poll.results.voters", { count: 0 }));
  });
});
