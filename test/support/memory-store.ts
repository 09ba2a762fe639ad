/**
 * An in-memory Store with the same observable behaviour as the Prisma one (src/store): ids,
 * uniqueness, request-key and playbook-key dedupe, orderings, tenant isolation, and transactions
 * that are all-or-nothing (a snapshot is restored when the work throws). For use-case tests; the
 * store tests in test/store run the same cases against it, SQLite and PostgreSQL.
 *
 * Differences worth knowing: transactions run one at a time (like conflicting writes on a real
 * database), and a write made outside a transaction while one runs is undone with it on rollback.
 */
import type { Clock, Store } from "../../src/ports.js";
import { MemoryAfterParty } from "./memory-store/after-party.js";
import { MemoryEditions } from "./memory-store/editions.js";
import { MemoryJobs } from "./memory-store/jobs.js";
import { MemoryAudit, MemoryImports, MemoryNotes, MemoryTasks } from "./memory-store/notes.js";
import { MemoryPolls } from "./memory-store/polls.js";
import { MemoryDailyMetrics, MemoryParticipants, MemoryPosts } from "./memory-store/posts.js";
import { copy, emptyTables, type MemoryDb, type Tables } from "./memory-store/tables.js";
import { MemoryLinks, MemorySeries, MemoryTeam, MemoryWorkspaces } from "./memory-store/workspaces.js";

export type { Tables as MemoryTables } from "./memory-store/tables.js";

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
  let queue: Promise<unknown> = Promise.resolve();
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
  };
  const ping = async () => reachable;
  // Inside a transaction, a nested transaction joins the outer one (as Prisma's does).
  const bound: Store = { ...repositories, ping, transaction: (work) => work(bound) };

  return {
    ...repositories,
    ping,
    transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
      const run = async () => {
        const snapshot = copy(db.t);
        try {
          return await work(bound);
        } catch (error) {
          db.t = snapshot;
          throw error;
        }
      };
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    },
    tables: () => copy(db.t),
    setReachable(value: boolean) {
      reachable = value;
    },
  };
}
