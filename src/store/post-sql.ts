/**
 * The bulk upsert of posts in raw SQL: one multi-row `INSERT ... ON CONFLICT DO UPDATE` per chunk
 * (Prisma's createMany has no upsert, and one upsert per post is ~50x slower). Same SQL on SQLite
 * (>= 3.24) and PostgreSQL, only the placeholders differ. Dates go in as Date objects: the driver
 * adapters write them as the client does (SQLite: ISO text "…T…+00:00"; PostgreSQL: UTC timestamp).
 * @see https://www.sqlite.org/lang_upsert.html
 * @see https://www.postgresql.org/docs/15/sql-insert.html#SQL-ON-CONFLICT
 */
import type { Post } from "../domain/post.js";
import { newId } from "./ids.js";
import type { DbKind } from "./prisma-support.js";

const COLUMNS = [
  "id",
  "workspaceId",
  "editionId",
  "network",
  "externalId",
  "authorHandle",
  "authorName",
  "authorFollowers",
  "text",
  "createdAt",
  "kind",
  "replyToId",
  "replyToHandle",
  "referencedId",
  "conversationId",
  "likes",
  "reposts",
  "replies",
  "quotes",
  "impressions",
  "url",
  "hashtags",
  "mentions",
  "importedAt",
  "updatedAt",
] as const;

/** What a re-import overwrites, and what it keeps when the new source does not know it (null). */
const OVERWRITE = ["authorHandle", "text", "createdAt", "kind", "likes", "reposts", "replies", "quotes"];
const KEEP_WHEN_NULL = [
  "editionId",
  "authorName",
  "authorFollowers",
  "replyToId",
  "replyToHandle",
  "referencedId",
  "conversationId",
  "impressions",
  "url",
];
const ALWAYS = ["hashtags", "mentions", "updatedAt"];

/** Rows per statement: 500 x 25 parameters stays under SQLite's 32,766 and PostgreSQL's 65,535. */
export const ROWS_PER_STATEMENT = 500;

const q = (name: string) => `"${name}"`;

function placeholders(kind: DbKind, rows: number, columns: number): string {
  const tuples: string[] = [];
  for (let r = 0; r < rows; r += 1) {
    const cells: string[] = [];
    for (let c = 1; c <= columns; c += 1) cells.push(kind === "sqlite" ? "?" : `$${r * columns + c}`);
    tuples.push(`(${cells.join(",")})`);
  }
  return tuples.join(",");
}

export function upsertPostsSql(kind: DbKind, rows: number): string {
  const set = [
    ...OVERWRITE.map((c) => `${q(c)} = excluded.${q(c)}`),
    ...KEEP_WHEN_NULL.map((c) => `${q(c)} = COALESCE(excluded.${q(c)}, "Post".${q(c)})`),
    ...ALWAYS.map((c) => `${q(c)} = excluded.${q(c)}`),
  ];
  return (
    `INSERT INTO "Post" (${COLUMNS.map(q).join(",")}) VALUES ${placeholders(kind, rows, COLUMNS.length)} ` +
    `ON CONFLICT ("workspaceId","network","externalId") DO UPDATE SET ${set.join(", ")}`
  );
}

export function upsertPostsParams(
  workspaceId: string,
  editionId: string | null,
  posts: Post[],
  now: Date,
): unknown[] {
  const params: unknown[] = [];
  for (const p of posts) {
    params.push(
      newId(),
      workspaceId,
      editionId,
      p.network,
      p.externalId,
      p.authorHandle,
      p.authorName,
      p.authorFollowers,
      p.text,
      p.createdAt,
      p.kind,
      p.replyToId,
      p.replyToHandle,
      p.referencedId,
      p.conversationId,
      p.likes,
      p.reposts,
      p.replies,
      p.quotes,
      p.impressions,
      p.url,
      JSON.stringify(p.hashtags),
      JSON.stringify(p.mentions),
      now,
      now,
    );
  }
  return params;
}

/** External ids of one network already stored, among `externalIds`. */
export function existingIdsSql(kind: DbKind, count: number): string {
  const list = Array.from({ length: count }, (_, i) => (kind === "sqlite" ? "?" : `$${i + 3}`)).join(",");
  const [ws, network] = kind === "sqlite" ? ["?", "?"] : ["$1", "$2"];
  return `SELECT "externalId" FROM "Post" WHERE "workspaceId" = ${ws} AND "network" = ${network} AND "externalId" IN (${list})`;
}
