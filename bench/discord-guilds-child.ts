/**
 * One shard's discord.js client, as afterchat builds it (adapters/discord/client.ts, Guilds
 * intent), logged in against the fake whose URL is argv[2]. Prints the time to ready and the
 * memory before and after, with a GC first (node --expose-gc).
 */
import { Events } from "discord.js";
import { createClient } from "../adapters/discord/client.js";

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

const client = createClient({ apiUrl: process.argv[2] ?? "", messageContent: false, retries: 0 });
gc();
const before = process.memoryUsage();
const started = performance.now();
const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
await client.login("bench-discord-token-000000000000");
await ready;
const readyMs = performance.now() - started;
gc();
const after = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({
    guilds: client.guilds.cache.size,
    channels: client.channels.cache.size,
    readyMs: Math.round(readyMs),
    rssBeforeMB: mb(before.rss),
    rssAfterMB: mb(after.rss),
    heapDeltaMB: mb(after.heapUsed - before.heapUsed),
    heapPerGuildKB:
      Math.round(((after.heapUsed - before.heapUsed) / client.guilds.cache.size / 1024) * 10) / 10,
  })}\n`,
);
await client.destroy();
process.exit(0);
