/**
 * `afterchat import <file-or-dir>... --hashtag TAG [--edition N] [--workspace ID]`: imports
 * archives into an edition of a chat (files too large to share in a chat). Every file is
 * recognised before the database is opened: a named file that is not recognised imports nothing
 * and says why; inside a folder it is left out and named, as `report` does.
 */

import { basename } from "node:path";
import { ImportInterrupted, importItems } from "../app/import/import-items.js";
import { recordParticipants } from "../app/import/record-participants.js";
import { editionWindow } from "../app/import/window.js";
import { expandPaths } from "../app/report/file-report.js";
import type { Config } from "../config.js";
import type { Translator } from "../i18n/index.js";
import { type DetectedSource, openFile } from "../sources/detect.js";
import type { CliArgs } from "./args.js";
import { seriesOfArgs, withStore } from "./database.js";
import { EXIT } from "./exit.js";
import { goneRuns, sayGone, signalExitCode, stopOnSignal, thisProcess } from "./import-runs.js";
import { progress } from "./progress.js";
import type { CliIo } from "./report-command.js";
import { counted, printSkips } from "./summaries.js";
import { whyUnrecognised } from "./unrecognised.js";

export async function importCommand(
  args: CliArgs,
  config: Config,
  t: Translator,
  io: CliIo,
): Promise<number> {
  if (args.positionals.length === 0) {
    io.stderr.write(`${t.t("cli.missingImportPaths")}\n`);
    return EXIT.usage;
  }
  const hashtag = args.hashtag;
  if (!hashtag) {
    io.stderr.write(`${t.t("cli.missingHashtag")}\n`);
    return EXIT.usage;
  }
  const detected: Array<{ path: string; source: DetectedSource }> = [];
  for await (const { path, explicit } of expandPaths(args.positionals)) {
    const source = await openFile(path, args.owner ? { ownerHandle: args.owner } : {});
    if (source) detected.push({ path, source });
    else if (explicit) {
      io.stderr.write(`${await whyUnrecognised(path, t)}\n`);
      return EXIT.failed;
    } else io.stderr.write(`${t.t("cli.unrecognised", { file: path })}\n`);
  }
  if (detected.length === 0) {
    io.stderr.write(`${t.t("cli.noFileToImport")}\n`);
    return EXIT.nothing;
  }
  return withStore(
    config,
    async (store) => {
      const series = await seriesOfArgs(store, { hashtag, workspace: args.workspace }, t, io);
      if (typeof series === "number") return series;
      const now = new Date();
      const edition =
        args.edition === null
          ? await store.editions.current(series.workspaceId, series.id, now)
          : await store.editions.byNumber(series.workspaceId, series.id, args.edition);
      if (!edition) {
        io.stderr.write(`${t.t("cli.noEdition", { hashtag: series.hashtag, number: args.edition ?? 1 })}\n`);
        return EXIT.failed;
      }
      const where = { hashtag: series.hashtag, number: edition.number };
      sayGone(await goneRuns(store, series.workspaceId, edition.id), where, t, io);
      const stop = stopOnSignal();
      let stored = 0;
      try {
        for (const { path, source } of detected) {
          const bar = progress(path, io.stderr as NodeJS.WriteStream);
          const summary = await importItems(store, source.items, {
            workspaceId: series.workspaceId,
            editionId: edition.id,
            source: source.format,
            filter: { hashtag: series.hashtag, ...editionWindow(series, edition) },
            now: () => new Date(),
            onProgress: (p) => bar.update(p.read),
            signal: stop.signal,
            owner: thisProcess(),
          })
            .catch((error: unknown) => {
              if (!(error instanceof ImportInterrupted)) throw error;
              const signal = stop.received() ?? "SIGTERM";
              const { imported, updated } = error.summary;
              io.stderr.write(
                `\n${t.t("cli.importInterrupted", { ...where, signal, file: basename(path), imported: counted(t, "new", imported), updated: counted(t, "updated", updated) })}\n`,
              );
              return signalExitCode(signal);
            })
            .finally(() => bar.stop());
          if (typeof summary === "number") return summary;
          stored += summary.imported + summary.updated + summary.daily;
          io.stderr.write(
            `${t.t("cli.importedFile", { file: path, format: source.format, hashtag: series.hashtag, number: edition.number, imported: counted(t, "new", summary.imported), updated: counted(t, "updated", summary.updated), ignored: summary.ignored, skipped: counted(t, "skipped", summary.skippedCount) })}\n`,
          );
          printSkips(summary, t, io.stderr);
          if (summary.daily > 0) io.stderr.write(`${t.t("stats.importedDaily", { count: summary.daily })}\n`);
        }
      } finally {
        stop.dispose();
      }
      if (stored === 0) {
        io.stderr.write(`${t.t("cli.importedNothing", where)}\n`);
        return EXIT.nothing;
      }
      await recordParticipants(store, series.workspaceId, edition.id);
      return EXIT.ok;
    },
    { t, io },
  );
}
