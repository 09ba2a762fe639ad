/**
 * Discord lets a bot start `max_concurrency` sessions per 5 seconds (IDENTIFY), whichever process
 * starts them; past that the gateway answers Invalid Session. discord.js spaces out the shards of
 * one client only, so on PostgreSQL each IDENTIFY first takes a 5-second lease on its rate-limit
 * bucket (shard id % max_concurrency), shared by every client of every process.
 * @see https://discord.com/developers/docs/events/gateway#session-start-limit-object
 * @see https://discord.com/developers/docs/events/gateway#sharding-max-concurrency
 */
import type { IIdentifyThrottler } from "discord.js";
import type { Clock, LeaseRepository } from "../../src/ports.js";

// A quarter second over Discord's 5 s: IDENTIFYs leave different processes and arrive with some jitter.
export const IDENTIFY_WINDOW_MS = 5250;
const RETRY_MS = 250;

export function leasedIdentify(
  leases: LeaseRepository,
  clock: Clock,
  owner: string,
  maxConcurrency: number,
): IIdentifyThrottler {
  let attempt = 0;
  return {
    async waitForIdentify(shardId, signal) {
      const name = `discord:identify:${shardId % Math.max(1, maxConcurrency)}`;
      // An owner per IDENTIFY: a second shard of this process must not renew the first one's window.
      attempt += 1;
      const me = `${owner}#${shardId}#${attempt}`;
      for (;;) {
        signal.throwIfAborted();
        const now = clock.now();
        const until = new Date(now.getTime() + IDENTIFY_WINDOW_MS);
        if (await leases.take(name, me, until, now).catch(() => false)) return;
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    },
  };
}
