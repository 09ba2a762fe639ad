/**
 * Acks first. Slack waits 3 s at most for an ack and nothing for the work after it, so under a
 * burst (50 commands at once) the work (src/work-queue.ts) waits while requests are still waiting
 * for their ack (HTTP mode). The work itself is mostly waiting on Slack and the database, so the
 * wait costs little throughput.
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
