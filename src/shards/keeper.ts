/**
 * Shares one bot's Discord shards out among the processes on one database, so each shard has
 * exactly one live gateway session (Discord sends a shard's events, interactions included, to
 * every session identified for it: two sessions would answer twice).
 *
 * Every check (a third of the lease) a process renews its leases: its own "process" lease, which
 * tells the others how many processes share the shards, and one lease per shard it holds. Then it
 * takes free shards up to its fair share (shard count / live processes, rounded up). A process
 * that dies stops renewing: its leases end and another process takes its shards at its next
 * check, so a shard is without a session for at most a lease and a check. On SIGTERM the leases
 * are released after the sessions close, so the others take the shards at their next check.
 * A process that cannot confirm a lease (database unreachable) closes that session one check
 * before the lease ends, before another process may take it.
 * @see https://discord.com/developers/docs/events/gateway#sharding
 */
import type { Logger } from "../log.js";
import type { Clock, LeaseRepository } from "../ports.js";

export interface ShardSessions {
  /** Opens the gateway session of one shard (resolves once it is ready). */
  open(shard: number): Promise<void>;
  /** Closes it (in-flight work is answered first where the caller drains). */
  close(shard: number): Promise<void>;
}

export interface ShardKeeperOptions {
  leases: LeaseRepository;
  clock: Clock;
  owner: string;
  shardCount: number;
  leaseMs: number;
  sessions: ShardSessions;
  log: Logger;
  /**
   * Time from start to the first take, so processes started together all count before any takes
   * its share (default: one check). Tests drive `check()` themselves with `timers: false`.
   */
  settleMs?: number;
  timers?: boolean;
}

export const SHARD_LEASE_PREFIX = "discord:shard:";
const PROCESS_LEASE_PREFIX = "discord:process:";

/** The lease of shard `id` among `count` (the count is in the name: see shardCountInUse). */
export const shardLeaseName = (count: number, id: number) => `${SHARD_LEASE_PREFIX}${count}:${id}`;

export class ShardKeeper {
  /** Shards held, with when their lease ends as last confirmed (ms). */
  readonly #held = new Map<number, number>();
  readonly #opening = new Set<Promise<void>>();
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | null = null;
  #taking = false;
  #stopped = false;

  constructor(private readonly o: ShardKeeperOptions) {}

  get checkMs(): number {
    return Math.max(1, Math.floor(this.o.leaseMs / 3));
  }

  /**
   * Whether this process's lease on `shard` is confirmed to last past now. Only then can no other
   * process have a session for it: an interaction received otherwise may reach another one too.
   */
  confirmed(shard: number): boolean {
    return (this.#held.get(shard) ?? 0) > this.o.clock.now().getTime();
  }

  /** The shards this process holds, in order. */
  held(): number[] {
    return [...this.#held.keys()].sort((a, b) => a - b);
  }

  /** Counts this process in at once, then checks every third of the lease; takes shards after settleMs. */
  async start(): Promise<void> {
    await this.renewSelf(this.o.clock.now());
    if (this.o.timers === false) return;
    const settle = setTimeout(() => {
      this.#taking = true;
      void this.check();
    }, this.o.settleMs ?? this.checkMs);
    settle.unref();
    this.#timer = setInterval(() => void this.check(), this.checkMs);
    this.#timer.unref();
  }

  /** One check: renew, let go of what was lost, take free shards up to the fair share. */
  check(options: { take?: boolean } = {}): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    this.#running ??= this.checkOnce(options.take ?? this.#taking).finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  /** Closes every session, then releases the leases (the others take them at their next check). */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    await this.#running;
    await Promise.allSettled([...this.#opening]);
    const shards = this.held();
    await Promise.all(shards.map((id) => this.drop(id, "stopping")));
    await this.o.leases.release(this.processLease, this.o.owner).catch(() => undefined);
  }

  private get processLease(): string {
    return `${PROCESS_LEASE_PREFIX}${this.o.owner}`;
  }

  private async renewSelf(now: Date): Promise<void> {
    const until = new Date(now.getTime() + this.o.leaseMs);
    await this.o.leases.take(this.processLease, this.o.owner, until, now);
  }

  private async checkOnce(take: boolean): Promise<void> {
    const now = this.o.clock.now();
    const until = now.getTime() + this.o.leaseMs;
    try {
      await this.renewSelf(now);
    } catch (error) {
      this.o.log.warn({ err: error }, "discord shards: process lease not renewed");
    }
    for (const id of this.held()) await this.renew(id, now, until);
    if (!take || this.#stopped) return;
    try {
      await this.takeFree(now, until);
    } catch (error) {
      this.o.log.warn({ err: error }, "discord shards: free shards not looked up");
    }
  }

  private async renew(id: number, now: Date, until: number): Promise<void> {
    const name = shardLeaseName(this.o.shardCount, id);
    try {
      if (await this.o.leases.take(name, this.o.owner, new Date(until), now)) {
        this.#held.set(id, until);
        return;
      }
      this.o.log.warn({ shard: id }, "discord shards: lease taken by another process");
      await this.drop(id, "lost");
    } catch (error) {
      // Unconfirmed: keep the session only while the last confirmed lease outlasts the next check.
      const lastUntil = this.#held.get(id) ?? 0;
      if (now.getTime() + this.checkMs < lastUntil) return;
      this.o.log.warn({ shard: id, err: error }, "discord shards: lease not renewed in time");
      await this.drop(id, "unconfirmed");
    }
  }

  private async takeFree(now: Date, until: number): Promise<void> {
    const live = await this.o.leases.live("discord:", now);
    const processes = Math.max(1, live.filter((l) => l.name.startsWith(PROCESS_LEASE_PREFIX)).length);
    const fair = Math.ceil(this.o.shardCount / processes);
    const taken = new Set(
      live
        .filter((l) => l.name.startsWith(SHARD_LEASE_PREFIX) && l.owner !== this.o.owner)
        .map((l) => l.name),
    );
    for (let id = 0; id < this.o.shardCount && this.#held.size < fair; id += 1) {
      const name = shardLeaseName(this.o.shardCount, id);
      if (this.#held.has(id) || taken.has(name)) continue;
      if (!(await this.o.leases.take(name, this.o.owner, new Date(until), now))) continue;
      this.#held.set(id, until);
      this.open(id);
    }
  }

  /** Opens in the background: renewals go on while a session connects. */
  private open(id: number): void {
    this.o.log.info({ shard: id, of: this.o.shardCount }, "discord shards: shard taken, connecting");
    const opening = this.o.sessions.open(id).catch(async (error: unknown) => {
      this.o.log.error({ shard: id, err: error }, "discord shards: session did not open, shard let go");
      this.#held.delete(id);
      await this.o.sessions.close(id).catch(() => undefined);
      await this.o.leases.release(shardLeaseName(this.o.shardCount, id), this.o.owner).catch(() => undefined);
    });
    this.#opening.add(opening);
    void opening.finally(() => this.#opening.delete(opening));
  }

  private async drop(id: number, why: "lost" | "unconfirmed" | "stopping"): Promise<void> {
    this.#held.delete(id);
    await this.o.sessions
      .close(id)
      .catch((error: unknown) => this.o.log.error({ shard: id, err: error }, "discord shards: close failed"));
    if (why !== "lost")
      await this.o.leases.release(shardLeaseName(this.o.shardCount, id), this.o.owner).catch(() => undefined);
    this.o.log.info({ shard: id, why }, "discord shards: shard let go");
  }
}

/** The shard count live leases use (processes already running), or null when none does. */
export async function shardCountInUse(leases: LeaseRepository, now: Date): Promise<number | null> {
  const counts = (await leases.live(SHARD_LEASE_PREFIX, now))
    .map((l) => Number(l.name.slice(SHARD_LEASE_PREFIX.length).split(":")[0]))
    .filter((n) => Number.isInteger(n) && n > 0);
  return counts.length > 0 ? Math.max(...counts) : null;
}
