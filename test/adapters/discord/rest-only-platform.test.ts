import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../../adapters/discord/client.js";
import { gatewayBot } from "../../../adapters/discord/login.js";
import { DiscordPlatform } from "../../../adapters/discord/platform.js";
import { silentLogger } from "../../../src/log.js";
import { message, sentence } from "../../../src/render/message.js";
import { type FakeDiscord, startFakeDiscord } from "../../support/fake-discord.js";

// On PostgreSQL, a process may hold no gateway shard (src/shards/keeper.ts) and still run its
// scheduled jobs: DiscordPlatform then works on a client that never opened a session (REST only).
const G = "400000000000000001";
const CHAT = "400000000000000010";
const ANA = "400000000000000100";
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord({
    guilds: [
      {
        id: G,
        name: "No shard here",
        channels: [{ id: CHAT, name: "chat" }],
        roles: [{ id: G, name: "@everyone" }],
        members: [{ id: ANA, username: "ana" }],
      },
    ],
    recommendedShards: 4,
  });
});

afterAll(async () => {
  await fake?.close();
});

describe("DiscordPlatform without a gateway session", () => {
  it("GIVEN a client that only asked GET /gateway/bot WHEN a job posts, edits and DMs THEN the REST calls reach Discord, with no IDENTIFY", async () => {
    const client = createClient({ apiUrl: fake.apiUrl, messageContent: false, retries: 0 });
    try {
      expect(await gatewayBot(client, "fake-bot-token")).toEqual({ shards: 4, maxConcurrency: 1 });
      client.token = "fake-bot-token";
      const platform = new DiscordPlatform(client, silentLogger());
      const { messageRef } = await platform.post(`discord:${G}:${CHAT}`, sentence("the debrief is ready"));
      await platform.update(
        `discord:${G}:${CHAT}`,
        messageRef,
        message("x", [{ type: "header", text: "edited" }]),
      );
      await platform.dm(`discord:${G}:${ANA}`, sentence("a reminder"));
      expect(fake.calls("POST", `/channels/${CHAT}/messages`)).toHaveLength(1);
      expect(fake.calls("PATCH", `/channels/${CHAT}/messages/:mid`)).toHaveLength(1);
      expect(fake.calls("POST", "/users/@me/channels")).toHaveLength(1);
      expect(fake.gateway.identifies()).toEqual([]);
      expect(fake.unknownRoutes()).toEqual([]);
    } finally {
      await client.destroy();
    }
  });

  it("GIVEN a token Discord refuses THEN gatewayBot says which setting to change", async () => {
    const client = createClient({ apiUrl: fake.apiUrl, messageContent: false, retries: 0 });
    fake.failNext("GET", "/gateway/bot", { status: 401, message: "401: Unauthorized" });
    await expect(gatewayBot(client, "bad-token")).rejects.toMatchObject({
      code: "config_invalid",
      params: { detailKey: "discord.login.badToken" },
    });
    await client.destroy();
  });
});
