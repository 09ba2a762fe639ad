/**
 * Runs the work that follows acks a few at a time. Under a burst (50 commands at once) every
 * handler in flight takes its share of each event-loop turn, and the acks of requests still
 * arriving wait behind all of them; with a bound, new requests are acked between the steps of a
 * few handlers instead (bench/slack-ack.ts). The work itself is mostly waiting on Slack and the
 * database, so a bound of a dozen or so costs little throughput.
 */
export class WorkQueue {
  #running = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#running >= this.limit) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#running += 1;
    try {
      return await work();
    } finally {
      this.#running -= 1;
      this.#waiting.shift()?.();
    }
  }
}
