/**
 * The bulk upsert of posts in raw SQL: one `INSERT ... SELECT ... ON CONFLICT DO UPDATE` per
 * chunk, the rows travelling as ONE JSON parameter that the database unpacks (SQLite `json_each`,
 * PostgreSQL `json_populate_recordset`). Measured: Prisma spends ~0.2 ms per bound parameter, so
 * 500 rows x 25 parameters cost ~10x what the database needs; one JSON text costs almost nothing.
 * Prisma's createMany has no upsert, and one upsert per post is slower still.
 * @see https://www.sqlite.org/lang_upsert.html (the WHERE true that "INSERT ... SELECT" needs)
 * @see https://www.sqlite.org/json1.html#jeach (and ->> since SQLite 3.38; better-sqlite3 12 ships 3.5x)
 * @see https://www.postgresql.org/docs/15/functions-json.html (json_populate_recordset)
 */
import type { Post } from "../domain/post.js";
import { newId } from "./ids.js";
import type { DbKind } from "./prisma-support.js";

/** Columns as in prisma/sqlite/schema.prisma, model Post, in the order rowValues() writes them. */
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
  "bookmarks",
  "shares",
  "engagements",
  "url",
  "hashtags",
  "mentions",
  "importedAt",
  "updatedAt",
] as const;
type Column = (typeof COLUMNS)[number];

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
  "bookmarks",
  "shares",
  "engagements",
  "url",
];
const ALWAYS = ["hashtags", "mentions", "updatedAt"];

/** Rows per statement: keeps each JSON parameter around 200 kB. */
export const ROWS_PER_STATEMENT = 500;

const q = (name: string) => `"${name}"`;

/**
 * A DateTime as each database's Prisma adapter stores it. SQLite keeps ISO text and the adapter
 * writes "2026-11-25T18:22:30.203+00:00" (timestampFormat iso8601, the default): text order is
 * time order only if every row uses that exact form. PostgreSQL columns are `timestamp(3)` without
 * time zone holding UTC: an ISO string cast to it drops the "Z" and keeps the UTC wall time.
 */
export function timestampFor(kind: DbKind, date: Date): string {
  const iso = date.toISOString();
  return kind === "sqlite" ? iso.replace("Z", "+00:00") : iso;
}

export function upsertPostsSql(kind: DbKind): string {
  const set = [
    ...OVERWRITE.map((c) => `${q(c)} = excluded.${q(c)}`),
    ...KEEP_WHEN_NULL.map((c) => `${q(c)} = COALESCE(excluded.${q(c)}, "Post".${q(c)})`),
    ...ALWAYS.map((c) => `${q(c)} = excluded.${q(c)}`),
  ].join(", ");
  const columns = COLUMNS.map(q).join(", ");
  const conflict = `ON CONFLICT ("workspaceId", "network", "externalId") DO UPDATE SET ${set}`;
  if (kind === "postgres")
    // xmax is 0 on a row this statement inserted and the updating transaction's id on one it updated:
    // the count of each comes back without looking the batch up first (a lookup the planner may turn
    // into a scan of the whole workspace).
    // @see https://www.postgresql.org/docs/15/ddl-system-columns.html
    return `INSERT INTO "Post" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"Post", $1::json) ${conflict} RETURNING ("xmax" = 0) AS "inserted"`;
  // Rows as arrays, read by position: 40% less work for SQLite than objects read by key (measured).
  const values = COLUMNS.map((_, i) => `value ->> ${i}`).join(", ");
  return `INSERT INTO "Post" (${columns}) SELECT ${values} FROM json_each(?) WHERE true ${conflict}`;
}

/** The chunk as the JSON array of rows `upsertPostsSql` unpacks: objects for PostgreSQL, arrays for SQLite. */
export function upsertPostsParam(
  kind: DbKind,
  workspaceId: string,
  editionId: string | null,
  posts: Post[],
  now: Date,
): string {
  const stamp = timestampFor(kind, now);
  const values = (p: Post) => rowValues(kind, workspaceId, editionId, p, stamp);
  if (kind === "sqlite") return JSON.stringify(posts.map(values));
  return JSON.stringify(
    posts.map((p) => {
      const row: Partial<Record<Column, unknown>> = {};
      values(p).forEach((value, index) => {
        row[COLUMNS[index]!] = value;
      });
      return row;
    }),
  );
}

/**
 * One post's values in COLUMNS order: the row SQLite reads by position. Built as one array, with no object
 * in between: the import builds one per post, and an object per row (then mapped to an array) was garbage
 * enough to move the heap's peak once two columns were added (bench child-sqlite-import, 100k posts, peak
 * RSS: object per row 212-274 MB, one array 195-214 MB, before the two columns 197-210 MB).
 */
function rowValues(
  kind: DbKind,
  workspaceId: string,
  editionId: string | null,
  p: Post,
  stamp: string,
): unknown[] {
  return [
    newId(),
    workspaceId,
    editionId,
    p.network,
    p.externalId,
    p.authorHandle,
    p.authorName,
    p.authorFollowers,
    p.text,
    timestampFor(kind, p.createdAt),
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
    p.bookmarks ?? null,
    p.shares ?? null,
    p.engagements ?? null,
    p.url,
    JSON.stringify(p.hashtags),
    JSON.stringify(p.mentions),
    stamp,
    stamp,
  ];
}

/** SQLite: external ids of one network already stored, among a JSON array of ids (index lookups). */
export const EXISTING_IDS_SQLITE = `SELECT "externalId" FROM "Post" WHERE "workspaceId" = ? AND "network" = ? AND "externalId" IN (SELECT value FROM json_each(?))`;
