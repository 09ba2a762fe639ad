/**
 * The work a platform adapter does after acknowledging a delivery (Slack's ack, Discord's first
 * answer within 3 s): bounded in two ways, and drained on shutdown.
 *
 * - `concurrency` handlers run at once (WORK_CONCURRENCY, 10); the others wait in line. Every
 *   handler in flight takes its share of each event-loop turn, so acks of requests still arriving
 *   would wait behind them: with every handler let loose the slowest Slack acks took twice a bare
 *   Bolt app's, bounded to 10 they stayed near it (bench/slack-ack.ts, bursts of 50 commands).
 * - At most `queueSize` wait in line. Past it `offer` refuses at once and the adapter tells the
 *   user to try again in a moment (errors.busy): nothing is left waiting for minutes, and memory
 *   stays flat under a burst (without the bound: RSS 271 -> 1,359 MB over a 2-minute burst).
 * - `drain` (SIGTERM) refuses new work and waits for what was accepted, up to a timeout, then
 *   says how much is left: acked deliveries are answered before the process exits.
 */

import type { Logger } from "./log.js";

/** Something to wait on before starting work (Slack: requests still waiting for their ack). */
export interface WorkGate {
  idle(maxWaitMs: number): Promise<void>;
}

export interface WorkLimits {
  concurrency: number;
  queueSize: number;
}

export interface DrainOutcome {
  /** Work finished while draining. */
  finished: number;
  /** Work still running or waiting when the timeout passed. */
  dropped: number;
}

/** Longest a handler waits for acks in progress before it starts anyway. */
const MAX_ACK_PRIORITY_MS = 250;

export class WorkQueue {
  #running = 0;
  #accepted = 0;
  #completed = 0;
  #draining = false;
  readonly #waiting: Array<() => void> = [];
  readonly #idle: Array<() => void> = [];

  constructor(
    private readonly limits: WorkLimits,
    private readonly gate: WorkGate | null = null,
  ) {}

  /** Deliveries accepted and not finished (running or waiting). */
  get pending(): number {
    return this.#accepted - this.#completed;
  }

  /** Whether `offer` would refuse now (full line, or stopping). */
  get full(): boolean {
    return this.#draining || this.pending >= this.limits.concurrency + this.limits.queueSize;
  }

  get draining(): boolean {
    return this.#draining;
  }

  /**
   * Takes `work` to run when its turn comes, and returns a promise of its end (never rejected:
   * failures of `work` are its own to report). Returns null without running it when the line is
   * full or the process is stopping: the caller then answers "busy" right away.
   */
  offer(work: () => Promise<unknown>): Promise<void> | null {
    // Full: every handler slot taken and `queueSize` more waiting for one.
    if (this.full) return null;
    this.#accepted += 1;
    return this.#run(work).finally(() => {
      this.#completed += 1;
      if (this.pending === 0) for (const wake of this.#idle.splice(0)) wake();
    });
  }

  async #run(work: () => Promise<unknown>): Promise<void> {
    await this.gate?.idle(MAX_ACK_PRIORITY_MS);
    if (this.#running >= this.limits.concurrency)
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#running += 1;
    try {
      await work();
    } catch {
      // Reported by the work itself (see offer).
    } finally {
      this.#running -= 1;
      this.#waiting.shift()?.();
    }
  }

  /** Refuses new work from now on; resolves when the accepted work is done or `timeoutMs` passed. */
  async drain(timeoutMs: number): Promise<DrainOutcome> {
    this.#draining = true;
    const before = this.#completed;
    if (this.pending > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => this.#idle.push(resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
      ]);
      clearTimeout(timer);
    }
    return { finished: this.#completed - before, dropped: this.pending };
  }
}

/** Drains `queue` on shutdown and logs the outcome: how many were answered, how many dropped. */
export async function drainWork(
  queue: WorkQueue,
  seconds: number,
  log: Logger,
  platform: string,
): Promise<DrainOutcome> {
  const pending = queue.pending;
  const outcome = await queue.drain(seconds * 1000);
  if (outcome.dropped > 0)
    log.warn(
      { platform, ...outcome, drainSeconds: seconds },
      `${outcome.dropped} acknowledged deliveries dropped: not answered within the drain timeout`,
    );
  else if (pending > 0)
    log.info({ platform, ...outcome }, "acknowledged deliveries all answered before stopping");
  return outcome;
}
