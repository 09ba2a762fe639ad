/**
 * AFTERCHAT_THREADS alone, read without config.ts's zod schema (as config-locale.ts reads DEFAULT_LOCALE):
 * how many worker threads `afterchat report` may read one large archive with. Blank means unset.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";

/**
 * The default when neither --threads nor AFTERCHAT_THREADS says: the machine's cores, at most this many. Each
 * thread has its own heap: on the 200k bench archive 2 threads peaked at 228-238 MB against 153-163 MB for one,
 * so more by default would pass the 250 MB the issue allows (`npm run bench`, report200kThreads).
 */
export const MAX_DEFAULT_THREADS = 2;

/**
 * The raw AFTERCHAT_THREADS value, or null when unset or blank. Reads `.env` under the real environment first, as
 * config.ts does: bin/afterchat.js asks before anything else has loaded it, and a value set only in `.env` must
 * start the same workers the report will use.
 */
export function environmentThreads(envFile = ".env"): string | null {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const value = process.env.AFTERCHAT_THREADS?.trim();
  return value ? value : null;
}

export function defaultThreads(): number {
  return Math.min(availableParallelism(), MAX_DEFAULT_THREADS);
}
