/**
 * Small helpers the Prisma repositories share: transactions that join an open one, Prisma error
 * codes, JSON text columns and string unions read back with a guard.
 * @see https://www.prisma.io/docs/orm/reference/error-reference (P2002 unique, P2003 foreign key)
 */
import type { DbOrTx, Tx } from "./database.js";

export type DbKind = "sqlite" | "postgres";

/** Runs `work` in a transaction: a new one on the client, or the one `client` already is. */
export function inTransaction<T>(client: DbOrTx, work: (tx: Tx) => Promise<T>): Promise<T> {
  if ("$transaction" in client && typeof client.$transaction === "function")
    return client.$transaction(work, { maxWait: 10_000, timeout: 60_000 });
  return work(client as Tx);
}

function prismaCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
    ? error.code
    : undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return prismaCode(error) === "P2002";
}

/** A stored value outside its union: the database was written by something else. */
export class CorruptRowError extends Error {
  constructor(table: string, column: string, value: unknown) {
    super(`${table}.${column} holds an unexpected value: ${JSON.stringify(value)}`);
    this.name = "CorruptRowError";
  }
}

/** A string column read back as one of its allowed values. */
export function oneOf<const T extends readonly string[]>(
  allowed: T,
  value: string,
  where: [table: string, column: string],
): T[number] {
  if ((allowed as readonly string[]).includes(value)) return value as T[number];
  throw new CorruptRowError(where[0], where[1], value);
}

export function nullableOneOf<const T extends readonly string[]>(
  allowed: T,
  value: string | null,
  where: [table: string, column: string],
): T[number] | null {
  return value === null ? null : oneOf(allowed, value, where);
}

/** A JSON array column; each item checked by `isItem`. */
export function jsonArray<T>(
  text: string,
  isItem: (item: unknown) => item is T,
  where: [table: string, column: string],
): T[] {
  const value: unknown = JSON.parse(text);
  if (Array.isArray(value) && value.every(isItem)) return value;
  throw new CorruptRowError(where[0], where[1], text);
}

/** A JSON object column. */
export function jsonObject<T extends object = Record<string, unknown>>(
  text: string,
  where: [table: string, column: string],
): T {
  const value: unknown = JSON.parse(text);
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as T;
  throw new CorruptRowError(where[0], where[1], text);
}

export const isString = (item: unknown): item is string => typeof item === "string";

export function isOneOf<const T extends readonly string[]>(allowed: T) {
  return (item: unknown): item is T[number] => typeof item === "string" && allowed.includes(item);
}

/**
 * A stored count (BIGINT) as a number. Prisma reads BIGINT as bigint, better-sqlite3 as a number; sources
 * store no count beyond 2^53 (src/sources/post-check.ts), so the number is exact.
 */
export function countOf(value: bigint | number): number {
  return Number(value);
}

export function countOrNull(value: bigint | number | null): number | null {
  return value === null ? null : Number(value);
}
