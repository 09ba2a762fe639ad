/**
 * The watch-list on Discord (real discord.js against the Discord fake): the `watch` sub-command
 * with its options adds #otherchat for the chat's channel; the scheduled reminder is posted in
 * that channel with its button; a team member's click opts them in and the reminder reaches them
 * by DM; a team member cannot remove it, a moderator can.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translator } from "../../../src/i18n/index.js";
import { watchReminder } from "../../../src/jobs/handlers/watch.js";
import { ADA, BOB, CHAT, type DiscordWorld, discordWorld, G } from "./support/discord-world.js";

const en = translator("en");

describe("Discord: the watch-list", () => {
  let w: DiscordWorld;

  beforeAll(async () => {
    w = await discordWorld({ now: new Date("2026-11-27T10:00:00Z") });
    await w.seedSeries();
  });
  afterAll(async () => w?.close());

  async function send(userId: string, options: Record<string, string | number | boolean>) {
    const sent = w.fake.sendChatInput({
      subcommand: "watch",
      options,
      userId,
      locale: "en-US",
      channelId: CHAT,
    });
    await w.dispatcher.handled(String(sent.id));
    return String(sent.id);
  }

  it("GIVEN the chat's channel WHEN a team member adds a watched chat with options THEN it is stored, planned and its reminder posted there", async () => {
    await send(BOB, {
      action: "add",
      hashtag: "#OtherChat",
      schedule: "fridays 18:00 Europe/Paris 1h",
      networks: "bluesky mastodon.social",
      hosts: "@olivia",
      remind: 20,
      note: "their question format",
    });
    const [watch] = w.store.tables().watches;
    expect(watch).toMatchObject({
      channel: `discord:${G}:${CHAT}`,
      hashtag: "otherchat",
      cron: "0 18 * * 5",
      networks: ["bluesky", "mastodon"],
      mastodonInstance: "https://mastodon.social",
      hosts: ["olivia"],
      remindMinutes: 20,
    });

    const job = (await w.store.jobs.list({ kind: "watch.remind" }))[0]!;
    expect(job.runAt.toISOString()).toBe("2026-11-27T16:40:00.000Z");
    w.clock.set(job.runAt);
    await watchReminder(w.services, job);
    const posted = w.fake.calls("POST", `/channels/${CHAT}/messages`).at(-1)!;
    const body = JSON.stringify(posted.body);
    expect(body).toContain("https://bsky.app/search?q=%23otherchat");
    expect(body).toContain("https://mastodon.social/tags/otherchat");
    expect(body).toContain("their question format");

    const button = (posted.body.components as Array<{ components: Array<{ custom_id: string }> }>)[0]!
      .components[0]!;
    const click = w.fake.sendButton({ customId: button.custom_id, userId: BOB, channelId: CHAT });
    await w.dispatcher.handled(String(click.id));
    expect(w.store.tables().watchReminders.map((r) => r.userRef)).toEqual([`discord:${G}:${BOB}`]);

    await watchReminder(w.services, job);
    const dm = w.fake
      .calls("POST", "/channels/:id/messages")
      .filter((c) => c.path !== `/channels/${CHAT}/messages` && JSON.stringify(c.body).includes("otherchat"));
    expect(dm).toHaveLength(1);
    expect(
      w.fake
        .calls("POST", `/channels/${CHAT}/messages`)
        .filter((c) => JSON.stringify(c.body).includes("otherchat")),
    ).toHaveLength(1);
  });

  it("GIVEN a watched chat WHEN a team member tries to remove it THEN they are refused; a moderator removes it", async () => {
    const refused = await send(BOB, { action: "remove", hashtag: "otherchat" });
    const answer = JSON.stringify(w.fake.interactionReplies(refused).map((c) => c.body));
    expect(answer).toContain(en.t("errors.not_moderator", { hashtag: "cafechat" }).slice(0, 30));
    expect(w.store.tables().watches).toHaveLength(1);
    await send(ADA, { action: "remove", hashtag: "otherchat" });
    expect(w.store.tables().watches).toHaveLength(0);
  });
});
