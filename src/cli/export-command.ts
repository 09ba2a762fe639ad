/**
 * `afterchat export notes|tasks|roster|posts --hashtag TAG [--edition N] [--workspace ID]
 * [--out FILE] [--sep ";"|","] [--lang fr|en]`: the chat command's CSV exports (the same sheets, src/app/tasks/export/sheets.ts,
 * in the series' language, with the byte order mark spreadsheets need) without its row cap,
 * streamed to FILE or stdout. Cells are separated by --sep, else as --lang's spreadsheets
 * expect (fr: ";"), else as the series' language's. Posts are those of edition N, else of the current edition; notes
 * and tasks those of edition N when given, else of every edition. The summary goes to stderr.
 */
import type { FileHandle } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { channelTranslator } from "../app/channel-locale.js";
import { EXPORT_KINDS, type ExportKind } from "../app/commands/command.js";
import { exportDone } from "../app/tasks/export/index.js";
import { writeSheet } from "../app/tasks/export/sheets.js";
import type { Config } from "../config.js";
import type { Edition } from "../domain/edition.js";
import type { Series } from "../domain/series.js";
import type { Translator } from "../i18n/index.js";
import type { Store } from "../ports.js";
import { csvSeparatorFor } from "../render/csv.js";
import type { CliArgs } from "./args.js";
import { CsvStreamWriter } from "./csv-stream.js";
import { seriesOfArgs, withStore } from "./database.js";
import { openOutFile } from "./paths.js";
import type { CliIo } from "./report-command.js";

export async function exportCommand(
  args: CliArgs,
  config: Config,
  t: Translator,
  io: CliIo,
): Promise<number> {
  const [what, ...extra] = args.positionals;
  if (!isExportKind(what) || extra.length > 0) {
    io.stderr.write(`${t.t("cli.exportWhat", { value: args.positionals.join(" ") })}\n`);
    return 2;
  }
  const hashtag = args.hashtag;
  if (!hashtag) {
    io.stderr.write(`${t.t("cli.missingHashtag")}\n`);
    return 2;
  }
  // A bad --out fails now, before the database is opened.
  const file = args.output.out ? await openOutFile(args.output.out) : null;
  try {
    return await exportTo(file, what, hashtag, args, config, t, io);
  } finally {
    // Closed by its stream when written; closed here when the command stopped before.
    await file?.close().catch(() => {});
  }
}

async function exportTo(
  file: FileHandle | null,
  what: ExportKind,
  hashtag: string,
  args: CliArgs,
  config: Config,
  t: Translator,
  io: CliIo,
): Promise<number> {
  return withStore(config, async (store) => {
    const series = await seriesOfArgs(store, { hashtag, workspace: args.workspace }, t, io);
    if (typeof series === "number") return series;
    const edition = await editionOf(store, series, what, args.edition);
    if (edition === undefined) {
      io.stderr.write(`${t.t("cli.noEdition", { hashtag: series.hashtag, number: args.edition ?? 1 })}\n`);
      return 1;
    }
    const rows = await writeCsv(store, series, what, edition, file, io.stdout, args);
    io.stderr.write(`${exportDone(t, what, series.hashtag, rows, edition?.number ?? 0)}\n`);
    if (args.output.out) io.stderr.write(`${t.t("cli.wrote", { path: args.output.out })}\n`);
    return 0;
  });
}

function isExportKind(value: string | undefined): value is ExportKind {
  return (EXPORT_KINDS as readonly string[]).includes(value ?? "");
}

/** Edition N; else, for posts, the current one; else none (every edition). undefined: not found. */
async function editionOf(
  store: Store,
  series: Series,
  what: ExportKind,
  number: number | null,
): Promise<Edition | null | undefined> {
  if (number !== null)
    return (await store.editions.byNumber(series.workspaceId, series.id, number)) ?? undefined;
  if (what !== "posts") return null;
  return (await store.editions.current(series.workspaceId, series.id, new Date())) ?? undefined;
}

/** Streams the sheet to FILE (created or replaced) or to stdout; returns its row count. */
async function writeCsv(
  store: Store,
  series: Series,
  what: ExportKind,
  edition: Edition | null,
  file: FileHandle | null,
  stdout: NodeJS.WritableStream,
  args: Pick<CliArgs, "separator">,
): Promise<number> {
  const out = file ? file.createWriteStream() : stdout;
  // Headers in the series' language, as the chat's export; the separator as asked, else by it.
  const t: Translator = await channelTranslator(store, series);
  const separator = args.separator ?? csvSeparatorFor(t.locale);
  let writer: CsvStreamWriter | null = null;
  const open = (header: readonly string[]) => {
    writer = new CsvStreamWriter(out, header, separator);
    return writer;
  };
  const sheet = await writeSheet(
    { store, series, t, max: Number.POSITIVE_INFINITY, open, platforms: null },
    what,
    edition,
  );
  await (writer as CsvStreamWriter | null)?.flush();
  if (file) {
    out.end();
    await finished(out);
  }
  return sheet.rows;
}
