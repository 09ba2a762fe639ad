/**
 * One CSV per export kind, written row by row from the store into a sink (src/render/csv.ts: a
 * file in memory for a chat upload, a stream for the command line). Times are written
 * "yyyy-MM-dd HH:mm" in the series' time zone (spreadsheets read that as a date; the zone is in
 * the header). Anonymous poll data has no export, by design: nothing here reads the poll
 * repository.
 */
import { profileLink } from "../../../domain/content/links.js";
import { formatSortable } from "../../../domain/dates.js";
import type { Edition } from "../../../domain/edition.js";
import type { Note } from "../../../domain/note.js";
import type { Series } from "../../../domain/series.js";
import type { Platforms } from "../../../edge.js";
import type { exportArea } from "../../../i18n/catalogue/export.js";
import type { Translator } from "../../../i18n/index.js";
import type { Store } from "../../../ports.js";
import type { CsvSink } from "../../../render/csv.js";
import type { ExportKind } from "../../commands/command.js";
import { peopleNames, platformId } from "../../names.js";

/** Rows at most in a file uploaded to a chat (a chat platform upload, not a data warehouse). */
export const EXPORT_MAX_ROWS = 100_000;

export interface Sheet {
  rows: number;
  /** Rows were left out at `max`. */
  truncated: boolean;
}

export interface SheetContext {
  store: Store;
  series: Series;
  /** The language of the headers and values (the series' own, as the channel reads it). */
  t: Translator;
  /** Rows at most: EXPORT_MAX_ROWS in a chat, none (Infinity) on the command line. */
  max: number;
  /** Starts the file with its header row and returns where its rows go. */
  open(header: readonly string[]): CsvSink;
  /** Who knows people's names (a chat export); null: written with the platform's ids (command line). */
  platforms: Platforms | null;
}

/**
 * The export of `what`. Posts are those of `edition` (required for them); notes and tasks are
 * those of `edition` when given, else of every edition; the roster is the series'.
 */
export async function writeSheet(context: SheetContext, what: ExportKind, edition: Edition | null) {
  switch (what) {
    case "notes":
      return notesSheet(context, edition);
    case "tasks":
      return tasksSheet(context, edition);
    case "roster":
      return rosterSheet(context);
    case "posts":
      if (!edition) throw new Error("the posts export needs an edition");
      return postsSheet(context, edition);
  }
}

function when(date: Date | null, series: Series): string {
  return date ? formatSortable(date, series.timeZone) : "";
}

type Column = keyof (typeof exportArea)["en"]["columns"];

function columns(t: Translator, series: Series, keys: Column[]): string[] {
  const platform = platformName(series.debriefChannel);
  return keys.map((key) => t.t(`export.columns.${key}`, { zone: series.timeZone, platform }));
}

/** "slack:T1:C2" -> "Slack": whose ids the id columns hold. */
function platformName(channel: string | null): string {
  const prefix = channel?.split(":", 1)[0] ?? "";
  const known: Record<string, string> = { discord: "Discord", slack: "Slack", cli: "CLI" };
  return known[prefix] ?? (prefix || "?");
}

/** Adds rows until the cap; true when rows were left out. */
async function fill<T>(
  csv: CsvSink,
  rows: AsyncIterable<T> | Iterable<T>,
  max: number,
  row: (item: T) => Array<string | number | null>,
): Promise<Sheet> {
  for await (const item of rows) {
    if (csv.rows >= max) return { rows: csv.rows, truncated: true };
    await csv.add(row(item));
  }
  return { rows: csv.rows, truncated: false };
}

export async function notesSheet(
  { store, series, t, max, open, platforms }: SheetContext,
  only: Edition | null = null,
): Promise<Sheet> {
  const csv = open(columns(t, series, ["edition", "kind", "author", "authorId", "text", "created"]));
  const editions = only
    ? [only]
    : (await store.editions.list(series.workspaceId, series.id)).sort((a, b) => a.number - b.number);
  const rows: Array<{ edition: Edition; note: Note }> = [];
  for (const edition of editions)
    for (const note of await store.notes.listByEdition(series.workspaceId, edition.id))
      rows.push({ edition, note });
  const names = await peopleNames(
    platforms,
    rows.map((r) => r.note.authorRef),
    rows.map((r) => r.note.text),
  );
  return fill(csv, rows, max, ({ edition, note }) => [
    edition.number,
    t.t(`common.kinds.${note.kind}`),
    names.of(note.authorRef),
    platformId(note.authorRef),
    names.inText(note.text),
    when(note.createdAt, series),
  ]);
}

export async function tasksSheet(
  { store, series, t, max, open, platforms }: SheetContext,
  only: Edition | null = null,
): Promise<Sheet> {
  const csv = open(
    columns(t, series, ["edition", "title", "owner", "ownerId", "due", "status", "origin", "doneAt"]),
  );
  const numbers = new Map(
    (await store.editions.list(series.workspaceId, series.id)).map((e) => [e.id, e.number] as const),
  );
  const tasks = await store.tasks.list(series.workspaceId, {
    seriesId: series.id,
    ...(only ? { editionId: only.id } : {}),
  });
  const names = await peopleNames(
    platforms,
    tasks.map((task) => task.ownerRef),
    tasks.map((task) => task.title),
  );
  return fill(csv, tasks, max, (task) => [
    task.editionId ? (numbers.get(task.editionId) ?? null) : null,
    names.inText(task.title),
    task.ownerRef ? names.of(task.ownerRef) : null,
    task.ownerRef ? platformId(task.ownerRef) : null,
    when(task.dueAt, series),
    t.t(`tasks.status.${task.status}`),
    t.t(`export.origin.${task.origin}`),
    when(task.doneAt, series),
  ]);
}

export async function rosterSheet({ store, series, t, max, open }: SheetContext): Promise<Sheet> {
  const csv = open(
    columns(t, series, ["handles", "profiles", "name", "editions", "posts", "engagement", "lastSeen"]),
  );
  const entries = (await store.participants.roster(series.workspaceId, series.id)).sort(
    (a, b) => b.editions.length - a.editions.length || b.posts - a.posts,
  );
  return fill(csv, entries, max, (entry) => [
    entry.handles.map((h) => `${h.network}:@${h.handle}`).join("; "),
    entry.handles
      .map((h) => profileLink(h.network, h.handle, series.mastodonInstance))
      .filter((link) => link !== null)
      .join(" "),
    entry.displayName,
    entry.editions.join(" "),
    entry.posts,
    entry.engagement,
    when(entry.lastSeenAt, series),
  ]);
}

/**
 * The edition's posts. The handle is written bare (`ana`, not `@ana`, which a spreadsheet would
 * run as a formula and csvCell would have to neutralise with a visible quote), the profile page
 * beside it; post text keeps the formula guard.
 */
export async function postsSheet(
  { store, series, t, max, open }: SheetContext,
  edition: Edition,
): Promise<Sheet> {
  const csv = open(
    columns(t, series, [
      "network",
      "id",
      "handle",
      "profile",
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
  return fill(csv, store.posts.streamByEdition(series.workspaceId, edition.id), max, (post) => [
    post.network,
    post.externalId,
    post.authorHandle,
    profileLink(post.network, post.authorHandle, series.mastodonInstance),
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
  ]);
}
