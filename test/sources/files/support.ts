import { createReadStream } from "node:fs";
import { join } from "node:path";
import type { Post } from "../../../src/domain/post.js";
import type { FileParser, SourceItem } from "../../../src/sources/types.js";
import { OWN_FIXTURES } from "../../support/fixtures.js";

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Our own fixture files for these tests (test/fixtures/sources). */
export function ownFixture(name: string): string {
  return join(OWN_FIXTURES, "sources", name);
}

/** A file as a byte stream in small chunks, so multi-byte characters and records straddle chunk edges. */
export function fileStream(path: string, chunkBytes = 1000): AsyncIterable<Uint8Array> {
  return createReadStream(path, { highWaterMark: chunkBytes });
}

export async function* fromStrings(...chunks: (string | Uint8Array)[]): AsyncGenerator<string | Uint8Array> {
  yield* chunks;
}

export async function parseWith(
  parser: FileParser,
  path: string,
  chunkBytes?: number,
): Promise<SourceItem[]> {
  return collect(parser.parse(fileStream(path, chunkBytes)));
}

export const postsOf = (items: SourceItem[]): Post[] =>
  items.flatMap((item) => (item.type === "post" ? [item.post] : []));

export const skipsOf = (items: SourceItem[]) =>
  items.flatMap((item) =>
    item.type === "skip" ? [{ at: item.at, code: item.reason.code, detail: item.reason.detail }] : [],
  );

export function kindsOf(posts: Post[]): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const post of posts) kinds[post.kind] = (kinds[post.kind] ?? 0) + 1;
  return kinds;
}

export const sum = (posts: Post[], field: "likes" | "reposts" | "replies" | "quotes"): number =>
  posts.reduce((total, post) => total + post[field], 0);
