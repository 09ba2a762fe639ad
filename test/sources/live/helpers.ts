import { readFileSync } from "node:fs";
import type { Post } from "../../../src/domain/post.js";
import { AfterchatError } from "../../../src/errors.js";
import type { SourceItem } from "../../../src/sources/types.js";
import { sharedFixture } from "../../support/fixtures.js";

export async function collect(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export function postsOf(items: SourceItem[]): Post[] {
  return items.flatMap((item) => (item.type === "post" ? [item.post] : []));
}

/** The AfterchatError a pull ends with (fails the test when it ends without one). */
export async function pullError(items: AsyncIterable<SourceItem>): Promise<AfterchatError> {
  try {
    await collect(items);
  } catch (error) {
    if (error instanceof AfterchatError) return error;
    throw error;
  }
  throw new Error("expected the pull to fail");
}

/** Line `n` (1-based) of a shared JSONL fixture, or null when the fixture is absent. */
export function fixtureJsonLine(relative: string, n: number): Record<string, unknown> | null {
  const path = sharedFixture(relative);
  if (!path) return null;
  const line = readFileSync(path, "utf8").split("\n")[n - 1];
  return line ? JSON.parse(line) : null;
}

export function fixtureJson<T = unknown>(relative: string): T | null {
  const path = sharedFixture(relative);
  return path ? (JSON.parse(readFileSync(path, "utf8")) as T) : null;
}
