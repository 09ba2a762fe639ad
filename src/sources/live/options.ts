/**
 * What every live source is built from. Everything that touches the outside world (HTTP, the
 * clock, waiting) comes in here, so tests drive a source against a local fake without waiting.
 */
export interface LiveSourceOptions {
  /** API root, e.g. `https://api.x.com`; a local fake in tests. Never a constant in code. */
  baseUrl: string;
  fetch?: typeof fetch;
  /** How to wait (rate limits, back-off). Tests inject a recorder that returns at once. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  /** Pages fetched at most per pull; beyond that the pull ends with a `truncated` item. */
  maxPages?: number;
  pageSize?: number;
  /** The longest rate-limit wait accepted before failing with `source_rate_limited`. */
  maxWaitMs?: number;
}

/** The options with every default filled in. */
export interface ResolvedOptions {
  baseUrl: string;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  now: () => Date;
  maxPages: number;
  pageSize: number;
  maxWaitMs: number;
}

export const DEFAULT_MAX_PAGES = 50;
/** X and Mastodon windows are 15 and 5 minutes: waiting one full X window is acceptable. */
export const DEFAULT_MAX_WAIT_MS = 15 * 60_000;

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function resolveOptions(
  options: LiveSourceOptions,
  limits: { defaultPageSize: number; maxPageSize: number },
): ResolvedOptions {
  const pageSize = Math.min(
    Math.max(1, Math.floor(options.pageSize ?? limits.defaultPageSize)),
    limits.maxPageSize,
  );
  return {
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    sleep: options.sleep ?? realSleep,
    now: options.now ?? (() => new Date()),
    maxPages: Math.max(1, Math.floor(options.maxPages ?? DEFAULT_MAX_PAGES)),
    pageSize,
    maxWaitMs: Math.max(0, options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS),
  };
}
