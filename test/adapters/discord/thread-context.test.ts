import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sentence } from "../../../src/render/message.js";
import { answerTexts, BOB, type DiscordWorld, discordWorld, G, PARTY } from "./support/discord-world.js";

// Two series in one server, so "the only series" cannot answer for the thread: #cafechat (debrief
// in #debrief, after-party in #after-party) and #otherchat (its own channel). A command typed in a
// thread of #after-party must find #cafechat through the thread's parent channel.
const OTHER = "910000000000000040";
let w: DiscordWorld;
let thread: string;

beforeAll(async () => {
  w = await discordWorld();
  await w.seedSeries();
  w.fake.world.channels.set(OTHER, { id: OTHER, type: 0, guild_id: G, name: "other" });
  await w.seedSeries({
    hashtag: "otherchat",
    debriefChannel: `discord:${G}:${OTHER}`,
    afterPartyChannel: null,
    cron: null,
  });
  ({ thread } = await w.platform.openThread(`discord:${G}:${PARTY}`, "after-party", sentence("Welcome")));
});

afterAll(async () => {
  await w?.close();
});

describe("commands typed in a thread", () => {
  it("GIVEN an after-party thread WHEN a member lists the team there THEN the series of the thread's channel answers", async () => {
    expect(thread).toMatch(new RegExp(`^discord:${G}:${PARTY}:\\d+$`, "u"));
    const sent = w.fake.sendChatInput({
      subcommand: "team",
      options: { action: "list" },
      channelId: thread.split(":").at(-1)!,
      userId: BOB,
    });
    const call = await w.dispatcher.handled(String(sent.id));
    expect(call.actor).toMatchObject({ channel: thread, parentChannel: `discord:${G}:${PARTY}` });
    expect(answerTexts(w, String(sent.id)).join("\n")).toContain("Team of #cafechat");
  });

  it("GIVEN the channel itself WHEN the same command runs there THEN it answers for the same series (no parent)", async () => {
    const sent = w.fake.sendChatInput({
      subcommand: "team",
      options: { action: "list" },
      channelId: PARTY,
      userId: BOB,
    });
    const call = await w.dispatcher.handled(String(sent.id));
    expect(call.actor.parentChannel).toBeUndefined();
    expect(answerTexts(w, String(sent.id)).join("\n")).toContain("Team of #cafechat");
  });
});
