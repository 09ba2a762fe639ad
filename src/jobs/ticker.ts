/**
 * The process's heartbeat: node-cron fires `work` every `pollMs` (the product asked for node-cron
 * for the ticking of schedules). The database holds the truth; a tick only asks it what is due,
 * so a missed or doubled tick changes nothing. `noOverlap` skips a tick while the last one runs.
 * @see https://nodecron.com (schedule, options.noOverlap, seconds field)
 */
import { schedule } from "node-cron";

export interface Ticker {
  stop(): Promise<void>;
}

/**
 * The six-field node-cron pattern closest to `pollMs`: every s seconds under a minute (second
 * 0, s, 2s... of each minute), else every m minutes (at most hourly).
 */
export function tickPattern(pollMs: number): string {
  const seconds = Math.max(1, Math.round(pollMs / 1000));
  if (seconds < 60) return `*/${seconds} * * * * *`;
  const minutes = Math.round(seconds / 60);
  return minutes >= 60 ? "0 0 * * * *" : `0 */${minutes} * * * *`;
}

export function cronTicker(pattern: string, name: string, work: () => Promise<unknown>): Ticker {
  const task = schedule(pattern, () => work(), { name, noOverlap: true });
  return {
    async stop() {
      await task.stop();
      await task.destroy();
    },
  };
}
