/**
 * Acks first. Slack waits 3 s at most for an ack and nothing for the work after it, so under a
 * burst (50 commands at once) the work (src/work-queue.ts) waits while requests are still waiting
 * for their ack (HTTP mode). The work itself is mostly waiting on Slack and the database, so the
 * wait costs little throughput.
 */

/** Counts requests between their arrival and their answer (the ack). */
export class AckGate {
  #pending = 0;
  readonly #waiters = new Set<() => void>();

  /** Requests arrived and not yet answered. */
  get pending(): number {
    return this.#pending;
  }

  enter(): void {
    this.#pending += 1;
  }

  leave(): void {
    this.#pending = Math.max(0, this.#pending - 1);
    if (this.#pending === 0) {
      for (const wake of this.#waiters) wake();
      this.#waiters.clear();
    }
  }

  /**
   * Resolves once no request awaits its answer, or after `maxWaitMs` (work is never starved). A
   * waiter that timed out leaves the set: under a steady burst `pending` may never reach 0, and
   * every waiter kept until then was memory growing with each command.
   */
  idle(maxWaitMs: number): Promise<void> {
    if (this.#pending === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(wake);
        resolve();
      }, maxWaitMs);
      this.#waiters.add(wake);
    });
  }

  /** Waiters still registered (tests: none left behind by timeouts). */
  get waiting(): number {
    return this.#waiters.size;
  }
}
