/**
 * AFTERCHAT_THREADS alone, read without config.ts's zod schema (as config-locale.ts reads DEFAULT_LOCALE):
 * how many worker threads `afterchat report` may read one large archive with. Blank means unset.
 */
import { availableParallelism } from "node:os";

/** The default when neither --threads nor AFTERCHAT_THREADS says: the machine's cores, at most this many. */
export const MAX_DEFAULT_THREADS = 4;

/** The raw AFTERCHAT_THREADS value, or null when unset or blank. */
export function environmentThreads(): string | null {
  const value = process.env.AFTERCHAT_THREADS?.trim();
  return value ? value : null;
}

export function defaultThreads(): number {
  return Math.min(availableParallelism(), MAX_DEFAULT_THREADS);
}
