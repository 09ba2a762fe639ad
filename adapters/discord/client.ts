/**
 * The discord.js client. Intents: Guilds only (channels, roles and threads, enough for every
 * command and button); with message content capture on, GuildMessages and the privileged
 * MessageContent too, to read after-party threads. The REST base URL is configuration (tests
 * point it at a local fake); discord.js asks GET /gateway/bot for the gateway URL.
 * @see https://discord.com/developers/docs/events/gateway#gateway-intents
 */
import { Client, GatewayIntentBits } from "discord.js";

export interface ClientOptions {
  apiUrl: string;
  messageContent: boolean;
  /** REST retries on 5xx and network errors (tests: 0). */
  retries?: number;
  /** The shards this client's gateway sessions serve, out of `count` (default: one shard, 0 of 1). */
  shards?: { ids: number[]; count: number };
}

export function intentsFor(messageContent: boolean): GatewayIntentBits[] {
  return messageContent
    ? [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent]
    : [GatewayIntentBits.Guilds];
}

export function createClient(options: ClientOptions): Client {
  return new Client({
    intents: intentsFor(options.messageContent),
    rest: { api: options.apiUrl, ...(options.retries === undefined ? {} : { retries: options.retries }) },
    ...(options.shards ? { shards: options.shards.ids, shardCount: options.shards.count } : {}),
  });
}
