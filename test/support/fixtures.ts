import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The team's shared real-data fixtures, read in place (never copied into the repository). */
export const SHARED_FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/fixtures");

/** Our own small fixtures, written for these tests. */
export const OWN_FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), "../fixtures");

/** Path of a shared fixture, or null (with a message saying why the tests using it skip). */
export function sharedFixture(relative: string): string | null {
  const path = join(SHARED_FIXTURES, relative);
  if (existsSync(path)) return path;
  console.warn(`skipping: shared fixture ${relative} is absent (expected at ${path})`);
  return null;
}
