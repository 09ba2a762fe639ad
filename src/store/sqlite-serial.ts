/**
 * One SQLite connection serves the whole process (@prisma/adapter-better-sqlite3 opens one), and
 * the adapter only serialises transactions against each other: a query made outside a transaction
 * while one is open runs INSIDE it, sees its uncommitted rows and is undone by its rollback
 * (measured: a write made during another request's failing import batch vanished).
 *
 * So every use of the client goes through one queue: a query waits for the open transaction to
 * end, and a transaction holds the queue until it commits or rolls back. Inside a transaction,
 * use the `tx` client it hands you (never the outer one: that would wait for itself until the
 * transaction times out). SQLite writes one transaction at a time anyway; reads are microseconds.
 */
import type { Db } from "./database.js";
import { retryBusy } from "./sqlite-busy.js";

/**
 * Turns on the one SQLite connection: whoever holds the turn is alone on the database. A turn
 * that meets another process's write lock waits and tries again (sqlite-busy.ts), keeping its turn.
 */
export class Turns {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => PromiseLike<T>): Promise<T> {
    const attempt = () => retryBusy(work);
    const result = this.tail.then(attempt, attempt);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

const QUERY_METHODS = new Set([
  "$queryRaw",
  "$queryRawUnsafe",
  "$executeRaw",
  "$executeRawUnsafe",
  "$transaction",
]);

function queuedDelegate(delegate: object, queue: Turns): object {
  return new Proxy(delegate, {
    get(target, prop) {
      const value = Reflect.get(target, prop);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => queue.run(() => value.apply(target, args));
    },
  });
}

/** The client with every query and transaction taken one at a time (see the module comment). */
export function serialised(db: Db, queue: Turns): Db {
  const delegates = new Map<string | symbol, object>();
  return new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop);
      if (typeof prop === "string" && QUERY_METHODS.has(prop) && typeof value === "function")
        return (...args: unknown[]) => queue.run(() => value.apply(target, args));
      if (typeof prop === "string" && !prop.startsWith("$") && typeof value === "object" && value !== null) {
        let delegate = delegates.get(prop);
        if (!delegate) {
          delegate = queuedDelegate(value, queue);
          delegates.set(prop, delegate);
        }
        return delegate;
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
