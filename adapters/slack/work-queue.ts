/**
 * Runs the work that follows acks, acks first. Slack waits 3 s at most for an ack and nothing for
 * the work after it, so under a burst (50 commands at once) the work waits while requests are
 * still waiting for their ack (AckGate, HTTP mode), and at most `limit` handlers run at once:
 * every handler in flight takes its share of each event-loop turn, and the acks of requests still
 * arriving would wait behind all of them (measured with bench/slack-ack.ts). The work itself is
 * mostly waiting on Slack and the database, so the bound costs little throughput.
 */

/** Counts requests between their arrival and their answer (the ack). */
export class AckGate {
  #pending = 0;
  #waiters: Array<() => void> = [];

  enter(): void {
    this.#pending += 1;
  }

  leave(): void {
    this.#pending = Math.max(0, this.#pending - 1);
    if (this.#pending === 0) for (const wake of this.#waiters.splice(0)) wake();
  }

  /** Resolves once no request awaits its answer, or after `maxWaitMs` (work is never starved). */
  idle(maxWaitMs: number): Promise<void> {
    if (this.#pending === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, maxWaitMs);
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      function done() {
        resolve();
      }
      this.#waiters.push(wake);
    });
  }
}

/** Longest a handler waits for acks in progress before it starts anyway. */
const MAX_ACK_PRIORITY_MS = 250;

export class WorkQueue {
  #running = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(
    private readonly limit: number,
    private readonly gate: AckGate | null = null,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.gate?.idle(MAX_ACK_PRIORITY_MS);
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
