/**
 * Discord on PostgreSQL, where several processes may run the same bot: each shard's gateway
 * session lives in exactly one process, chosen by a lease per shard (src/shards/keeper.ts), and
 * every process posts what its scheduled jobs send through REST, which needs no session.
 * One discord.js client per shard held (`shards: [id], shardCount`), so taking over a shard opens
 * one session without touching the others.
 * @see https://discord.com/developers/docs/events/gateway#sharding
 */
import type { Client } from "discord.js";
import type { Config } from "../../src/config.js";
import type { PlatformDeps, RunningPlatform } from "../../src/edge.js";
import { processOwner } from "../../src/jobs/owner.js";
import type { Logger } from "../../src/log.js";
import { ShardKeeper, shardCountInUse } from "../../src/shards/keeper.js";
import type { ClientOptions } from "./client.js";
import { leasedIdentify } from "./identify.js";
import { gatewayBot, login } from "./login.js";
import { DiscordPlatform } from "./platform.js";

export interface ShardedInput {
  deps: PlatformDeps;
  discord: NonNullable<Config["discord"]>;
  log: Logger;
  /** A client with no listeners (REST only, here). */
  bare: () => Client;
  /** A client with every listener, for the given shards. */
  listening: (
    shards: ClientOptions["shards"],
    identify?: ClientOptions["identify"],
    holdsShard?: () => boolean,
  ) => Client;
  drain: () => Promise<unknown>;
}

export async function startSharded(input: ShardedInput): Promise<RunningPlatform> {
  const { deps, discord, log } = input;
  const { store, clock } = deps.services;
  // Scheduled posts go through this client's REST: it never opens a gateway session.
  const rest = input.bare();
  const gateway = await gatewayBot(rest, discord.token).catch(async (error: unknown) => {
    await rest.destroy();
    throw error;
  });
  rest.token = discord.token;
  const wanted = discord.shardCount ?? gateway.shards;
  // Processes already running keep their count: two counts at once would overlap sessions.
  const inUse = await shardCountInUse(store.leases, clock.now());
  if (inUse !== null && inUse !== wanted)
    log.warn({ inUse, wanted }, "discord shards: other processes use another shard count, kept theirs");
  const count = inUse ?? wanted;
  const clients = new Map<number, Client>();
  const owner = processOwner();
  const identify = leasedIdentify(store.leases, clock, owner, gateway.maxConcurrency);
  const keeper = new ShardKeeper({
    leases: store.leases,
    clock,
    owner,
    shardCount: count,
    leaseMs: discord.shardLeaseSeconds * 1000,
    log,
    sessions: {
      async open(id) {
        const client = input.listening({ ids: [id], count }, identify, () => keeper.confirmed(id));
        clients.set(id, client);
        await login(client, discord.token);
        log.info({ shard: id, of: count, guilds: client.guilds.cache.size }, "discord shard connected");
      },
      async close(id) {
        const client = clients.get(id);
        clients.delete(id);
        await client?.destroy();
      },
    },
  });
  await keeper.start();
  log.info({ shards: count, leaseSeconds: discord.shardLeaseSeconds }, "discord shards shared by lease");
  return {
    platform: new DiscordPlatform(rest, log),
    servesHttp: false,
    // Ready when every shard held is connected; a process holding none still runs jobs.
    ready: () => [...clients.values()].every((c) => c.isReady()),
    stop: async () => {
      await input.drain();
      await keeper.stop();
      await rest.destroy();
    },
  };
}
