/**
 * One CSV per export kind, built row by row from the store. Times are written "yyyy-MM-dd HH:mm"
 * in the series' time zone (spreadsheets read that as a date; the zone is in the header).
 * Anonymous poll data has no export, by design: nothing here reads the poll repository.
 */
import { formatSortable } from "../../../domain/dates.js";
import type { Edition } from "../../../domain/edition.js";
import type { Series } from "../../../domain/series.js";
import type { exportArea } from "../../../i18n/catalogue/export.js";
import type { Translator } from "../../../i18n/index.js";
import type { Store } from "../../../ports.js";
import { CsvBuilder } from "../../../render/csv.js";

/** Rows at most in one file (a chat platform upload, not a data warehouse). */
export const EXPORT_MAX_ROWS = 100_000;

export interface Sheet {
  csv: CsvBuilder;
  truncated: boolean;
}

interface SheetContext {
  store: Store;
  series: Series;
  t: Translator;
  max: number;
}

function when(date: Date | null, series: Series): string {
  return date ? formatSortable(date, series.timeZone) : "";
}

type Column = keyof (typeof exportArea)["en"]["columns"];

function columns(t: Translator, series: Series, keys: Column[]): string[] {
  return keys.map((key) => t.t(`export.columns.${key}`, { zone: series.timeZone }));
}

/** Adds rows until the cap; true when rows were left out. */
async function fill<T>(
  csv: CsvBuilder,
  rows: AsyncIterable<T> | Iterable<T>,
  max: number,
  row: (item: T) => Array<string | number | null>,
) {
  for await (const item of rows) {
    if (csv.rows >= max) return true;
    csv.add(row(item));
  }
  return false;
}

export async function notesSheet({ store, series, t, max }: SheetContext): Promise<Sheet> {
  const csv = new CsvBuilder(columns(t, series, ["edition", "kind", "author", "text", "created"]));
  const editions = (await store.editions.list(series.workspaceId, series.id)).sort(
    (a, b) => a.number - b.number,
  );
  async function* notes() {
    for (const edition of editions)
      for (const note of await store.notes.listByEdition(series.workspaceId, edition.id))
        yield { edition, note };
  }
  const truncated = await fill(csv, notes(), max, ({ edition, note }) => [
    edition.number,
    t.t(`common.kinds.${note.kind}`),
    note.authorRef,
    note.text,
    when(note.createdAt, series),
  ]);
  return { csv, truncated };
}

export async function tasksSheet({ store, series, t, max }: SheetContext): Promise<Sheet> {
  const csv = new CsvBuilder(
    columns(t, series, ["edition", "title", "owner", "due", "status", "origin", "doneAt"]),
  );
  const numbers = new Map(
    (await store.editions.list(series.workspaceId, series.id)).map((e) => [e.id, e.number] as const),
  );
  const tasks = await store.tasks.list(series.workspaceId, { seriesId: series.id });
  const truncated = await fill(csv, tasks, max, (task) => [
    task.editionId ? (numbers.get(task.editionId) ?? null) : null,
    task.title,
    task.ownerRef,
    when(task.dueAt, series),
    t.t(`tasks.status.${task.status}`),
    t.t(`export.origin.${task.origin}`),
    when(task.doneAt, series),
  ]);
  return { csv, truncated };
}

export async function rosterSheet({ store, series, t, max }: SheetContext): Promise<Sheet> {
  const csv = new CsvBuilder(
    columns(t, series, ["handles", "name", "editions", "posts", "engagement", "lastSeen"]),
  );
  const entries = (await store.participants.roster(series.workspaceId, series.id)).sort(
    (a, b) => b.editions.length - a.editions.length || b.posts - a.posts,
  );
  const truncated = await fill(csv, entries, max, (entry) => [
    entry.handles.map((h) => `${h.network}:@${h.handle}`).join("; "),
    entry.displayName,
    entry.editions.join(" "),
    entry.posts,
    entry.engagement,
    when(entry.lastSeenAt, series),
  ]);
  return { csv, truncated };
}

export async function postsSheet({ store, series, t, max }: SheetContext, edition: Edition): Promise<Sheet> {
  const csv = new CsvBuilder(
    columns(t, series, [
      "network",
      "id",
      "author",
      "name",
      "created",
      "kind",
      "text",
      "likes",
      "reposts",
      "replies",
      "quotes",
      "impressions",
      "url",
    ]),
  );
  const truncated = await fill(
    csv,
    store.posts.streamByEdition(series.workspaceId, edition.id),
    max,
    (post) => [
      post.network,
      post.externalId,
      `@${post.authorHandle}`,
      post.authorName,
      when(post.createdAt, series),
      post.kind,
      post.text,
      post.likes,
      post.reposts,
      post.replies,
      post.quotes,
      post.impressions,
      post.url,
    ],
  );
  return { csv, truncated };
}
