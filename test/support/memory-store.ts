/**
 * An in-memory Store with the same observable behaviour as the Prisma one (src/store): ids,
 * uniqueness, request-key and playbook-key dedupe, orderings, tenant isolation, and transactions
 * that are all-or-nothing (a snapshot is restored when the work throws). For use-case tests; the
 * store tests in test/store run the same cases against it, SQLite and PostgreSQL.
 *
 * Like the SQLite store, calls take turns: a transaction runs alone, and a call made outside it
 * while it runs waits for it to end (so a rollback never undoes someone else's write). Inside a
 * transaction, use the store it hands you: calling the outer store there waits forever.
 */
import type { Clock, Store } from "../../src/ports.js";
import { MemoryAfterParty } from "./memory-store/after-party.js";
import { MemoryAudit, MemoryImports } from "./memory-store/audit.js";
import { MemoryConsent } from "./memory-store/consent.js";
import { MemoryEditions } from "./memory-store/editions.js";
import { MemoryInstallations } from "./memory-store/installations.js";
import { MemoryJobs } from "./memory-store/jobs.js";
import { MemoryLeases } from "./memory-store/leases.js";
import { MemoryNotes } from "./memory-store/notes.js";
import { MemoryParticipants } from "./memory-store/participants.js";
import { MemoryPolls } from "./memory-store/polls.js";
import { MemoryDailyMetrics, MemoryPosts } from "./memory-store/posts.js";
import { MemorySeries } from "./memory-store/series.js";
import { copy, emptyTables, type MemoryDb, type Tables } from "./memory-store/tables.js";
import { MemoryTasks } from "./memory-store/tasks.js";
import { MemoryLinks, MemoryTeam } from "./memory-store/team.js";
import { MemoryWatchEditions, MemoryWatches } from "./memory-store/watches.js";
import { MemoryWorkspaces } from "./memory-store/workspaces.js";

export type { Tables as MemoryTables } from "./memory-store/tables.js";

/** One call or transaction at a time, in arrival order. */
class Turns {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** The repository with every method taking its turn (streams wait for their turn to start). */
  wrap<R extends object>(repo: R): R {
    return new Proxy(repo, {
      get: (target, prop) => {
        const value = Reflect.get(target, prop);
        if (typeof value !== "function") return value;
        if (prop === "streamByEdition") {
          const turns = this;
          return async function* (...args: unknown[]) {
            const rows: unknown[] = await turns.run(async () => {
              const out: unknown[] = [];
              for await (const row of value.apply(target, args) as AsyncIterable<unknown>) out.push(row);
              return out;
            });
            yield* rows;
          };
        }
        return (...args: unknown[]) => this.run(() => value.apply(target, args));
      },
    });
  }
}

export interface MemoryStore extends Store {
  /** A copy of every table, for assertions on what was stored (including import runs). */
  tables(): Tables;
  /** Makes `ping()` answer false (or true again), to test readiness handling. */
  setReachable(reachable: boolean): void;
}

export interface MemoryStoreOptions {
  /** Stamps createdAt / updatedAt / at defaults; the system clock when absent. */
  clock?: Clock;
}

export function createMemoryStore(options: MemoryStoreOptions = {}): MemoryStore {
  const db: MemoryDb = { t: emptyTables(), clock: options.clock ?? { now: () => new Date() } };
  let reachable = true;
  const queue = new Turns();
  const repositories = {
    workspaces: new MemoryWorkspaces(db),
    series: new MemorySeries(db),
    team: new MemoryTeam(db),
    links: new MemoryLinks(db),
    editions: new MemoryEditions(db),
    posts: new MemoryPosts(db),
    participants: new MemoryParticipants(db),
    notes: new MemoryNotes(db),
    polls: new MemoryPolls(db),
    tasks: new MemoryTasks(db),
    audit: new MemoryAudit(db),
    imports: new MemoryImports(db),
    dailyMetrics: new MemoryDailyMetrics(db),
    afterParty: new MemoryAfterParty(db),
    jobs: new MemoryJobs(db),
    leases: new MemoryLeases(db),
    installations: new MemoryInstallations(db),
    consent: new MemoryConsent(db),
    watches: new MemoryWatches(db),
    watchEditions: new MemoryWatchEditions(db),
  };
  const ping = async () => reachable;
  // Inside a transaction, a nested transaction joins the outer one (as Prisma's does).
  const bound: Store = { ...repositories, ping, transaction: (work) => work(bound) };

  const outside = Object.fromEntries(
    Object.entries(repositories).map(([name, repo]) => [name, queue.wrap(repo)]),
  ) as typeof repositories;

  return {
    ...outside,
    ping,
    transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
      return queue.run(async () => {
        const snapshot = copy(db.t);
        try {
          return await work(bound);
        } catch (error) {
          db.t = snapshot;
          throw error;
        }
      });
    },
    tables: () => copy(db.t),
    setReachable(value: boolean) {
      reachable = value;
    },
  };
}
