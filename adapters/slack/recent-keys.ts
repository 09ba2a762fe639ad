/**
 * Request keys (trigger_id, view id, event_id) this process has handled recently. Slack retries a
 * delivery it thinks failed (x-slack-retry-num over HTTP, retry_attempt in Socket Mode) with the
 * same ids: a key seen here is acknowledged and dropped. Across processes, the core's own
 * deduplication by requestKey (notes, tasks, polls) and vote upserts still hold.
 * @see https://docs.slack.dev/apis/events-api#retries
 */
export class RecentKeys {
  readonly #seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = 30 * 60 * 1000,
    private readonly max = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records `key`; false when it was already recorded within the TTL. */
  first(key: string): boolean {
    const now = this.now();
    const at = this.#seen.get(key);
    if (at !== undefined && now - at < this.ttlMs) return false;
    this.#seen.delete(key);
    this.#seen.set(ownCopy(key), now);
    while (this.#seen.size > this.max) this.#seen.delete(this.#seen.keys().next().value as string);
    return true;
  }
}

/**
 * `key` as a string of its own. A trigger_id parsed out of a request body is, in V8, a slice pointing into that
 * body (and "command:" + it a pair pointing to the slice): stored as is, every remembered key kept its whole
 * request alive for the TTL, up to 50,000 of them (issue 11 point 5). Copying through a Buffer makes a flat
 * string of the key's own characters.
 */
export function ownCopy(key: string): string {
  return Buffer.from(key, "utf8").toString("utf8");
}
