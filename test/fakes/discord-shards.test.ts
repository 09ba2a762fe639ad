import { Client, Events, GatewayIntentBits, type Interaction } from "discord.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord.js";
import { guildIdOnShard, shardOf } from "../support/fake-discord-gateway.js";
import { within } from "../support/net.js";

// The fake gateway sharded as Discord is, driven by real discord.js clients (one per shard).

const guild = (id: string, k: number) => ({
  id,
  name: `Guild ${k}`,
  channels: [{ id: String(BigInt(id) + 1n), name: "chat" }],
  roles: [{ id, name: "@everyone" }],
  members: [{ id: String(BigInt(id) + 2n), username: `member${k}` }],
});

let fake: FakeDiscord | undefined;
const clients: Client[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.destroy()));
  await fake?.close();
});

async function shardClient(discord: FakeDiscord, shards: number[], count: number): Promise<Client> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: discord.apiUrl, retries: 0 },
    shards,
    shardCount: count,
  });
  clients.push(client);
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await client.login("fake-bot-token");
  await within(ready, 5000, "ready");
  return client;
}

describe("the fake gateway, sharded", () => {
  it("GIVEN guild ids THEN shardOf is (id >> 22) % count, as Discord documents", () => {
    expect(shardOf("81384788765712384", 2)).toBe(Number((81384788765712384n >> 22n) % 2n));
    expect(shardOf(guildIdOnShard(1, 3, 5), 3)).toBe(1);
    expect(shardOf(guildIdOnShard(0, 2, 9), 2)).toBe(0);
  });

  it("GIVEN two clients on shards 0 and 1 of 2 THEN each gets only its shard's guilds, and each guild's interactions reach its shard only", async () => {
    const [a, b] = [guildIdOnShard(0, 2, 1), guildIdOnShard(1, 2, 1)];
    const discord = await startFakeDiscord({ guilds: [guild(a, 0), guild(b, 1)], recommendedShards: 2 });
    fake = discord;
    const zero = await shardClient(discord, [0], 2);
    const one = await shardClient(discord, [1], 2);
    expect([...zero.guilds.cache.keys()]).toEqual([a]);
    expect([...one.guilds.cache.keys()]).toEqual([b]);
    const identified = discord.gateway.received
      .filter((f) => f.op === 2)
      .map((f) => (f.d as { shard: number[] }).shard);
    expect(identified).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(discord.gateway.liveSessions().map((s) => s.shard)).toEqual([
      [0, 2],
      [1, 2],
    ]);

    const seen: Array<[string, string | null]> = [];
    zero.on(Events.InteractionCreate, (i: Interaction) => seen.push(["zero", i.guildId]));
    one.on(Events.InteractionCreate, (i: Interaction) => seen.push(["one", i.guildId]));
    discord.sendChatInput({ guildId: b });
    discord.sendChatInput({ guildId: a });
    await vi.waitFor(() => expect(seen).toHaveLength(2), { timeout: 3000 });
    await new Promise((r) => setTimeout(r, 200));
    expect(seen.sort()).toEqual([
      ["one", b],
      ["zero", a],
    ]);
  });

  it("GIVEN two sessions identified for the same shard THEN both get its interactions (what shard leases prevent)", async () => {
    const a = guildIdOnShard(0, 1, 1);
    const discord = await startFakeDiscord({ guilds: [guild(a, 0)] });
    fake = discord;
    const first = await shardClient(discord, [0], 1);
    const second = await shardClient(discord, [0], 1);
    let count = 0;
    for (const c of [first, second]) c.on(Events.InteractionCreate, () => (count += 1));
    discord.sendChatInput({ guildId: a });
    await vi.waitFor(() => expect(count).toBe(2), { timeout: 3000 });
  });
});
