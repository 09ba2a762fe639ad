/**
 * A poll opened with /afterchat poll on Discord, closed by its deadline before anyone voted: the
 * real discord.js responder asks for the reply's message (withResponse) and the follow-ups', the
 * poll keeps those ids, and the scheduler's close edits that very message.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDuePolls } from "../../../src/app/polls/index.js";
import type { Json } from "../../support/fake-discord-data.js";
import { ADA, CHAT, type DiscordWorld, discordWorld, G } from "./support/discord-world.js";

const DAYS_3 = 72 * 3_600_000;

let w: DiscordWorld;

beforeAll(async () => {
  w = await discordWorld();
  await w.seedSeries();
});

afterAll(async () => {
  await w?.close();
});

describe("a Discord poll nobody voted in", () => {
  it("GIVEN a moderator opened it WHEN its deadline closes it THEN the poll message they saw is edited into a closed one", async () => {
    const sent = w.fake.sendChatInput({ subcommand: "poll", userId: ADA });
    await w.dispatcher.handled(String(sent.id));
    const original = w.fake.world.interactions.get(String(sent.id))!.original!;
    const callback = w.fake
      .calls("POST", "/interactions/:id/:token/callback")
      .find((c) => c.params.id === String(sent.id));
    expect(callback?.query.with_response).toBe("true");

    const poll = w.store.tables().polls[0]!;
    expect(poll.channelRef).toBe(`discord:${G}:${CHAT}`);
    const ids = poll.messageRef!.split(",");
    // The questions' message first, then the follow-up with the controls.
    expect(ids[0]).toBe(String(original.id));
    expect(ids).toHaveLength(2);

    w.clock.advance(DAYS_3);
    expect(await closeDuePolls(w.services, w.clock.now())).toEqual([poll.id]);

    const edit = w.fake
      .calls("PATCH", "/channels/:cid/messages/:mid")
      .find((c) => c.params.mid === String(original.id));
    expect(edit?.params.cid).toBe(CHAT);
    const edited = w.fake.world.messages.get(String(original.id))!;
    expect(JSON.stringify(edited.embeds ?? edited.content)).toContain("This poll is closed.");
    expect((edited.components as Json[] | undefined) ?? []).toEqual([]);
  });
});
