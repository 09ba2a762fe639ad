/**
 * What happens after a job throws: tried again later with exponential back-off, up to
 * MAX_ATTEMPTS attempts in all, then failed for good with a reason a moderator can read.
 */
import { isAfterchatError } from "../errors.js";
import { maskSecrets } from "../log.js";

export const MAX_ATTEMPTS = 5;
/** The first retry waits this long; each next one four times longer (1, 4, 16, 64 minutes). */
export const RETRY_BASE_MS = 60_000;

/** When to try again after attempt `attempt` (1-based) failed; null when it was the last one. */
export function retryAt(
  now: Date,
  attempt: number,
  baseMs = RETRY_BASE_MS,
  maxAttempts = MAX_ATTEMPTS,
): Date | null {
  if (attempt >= maxAttempts) return null;
  return new Date(now.getTime() + baseMs * 4 ** Math.max(0, attempt - 1));
}

/** A failure as stored on the job (`lastError`) and shown to moderators. */
export interface Failure {
  /** An AfterchatError code ("source_unavailable"...), else "internal". */
  code: string;
  params: Record<string, string | number>;
  /** The error's own message, secrets masked, at most 300 characters. */
  detail: string;
}

export function failureOf(error: unknown): Failure {
  const message = error instanceof Error ? error.message : String(error);
  const detail = maskSecrets(message).slice(0, 300);
  if (isAfterchatError(error)) return { code: error.code, params: error.params, detail };
  return { code: "internal", params: {}, detail };
}

/** `lastError`: "code: detail", readable in the table and parsed back by `failureFromLastError`. */
export function lastErrorText(failure: Failure): string {
  return JSON.stringify(failure);
}

export function failureFromLastError(text: string | null): Failure | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Failure>;
    if (typeof value.code === "string" && typeof value.detail === "string")
      return { code: value.code, params: value.params ?? {}, detail: value.detail };
  } catch {
    // Written by something else: shown as it is.
  }
  return { code: "internal", params: {}, detail: text.slice(0, 300) };
}
