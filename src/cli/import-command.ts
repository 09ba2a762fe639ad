/**
 * `afterchat import <file>... --hashtag TAG [--edition N] [--workspace ID]`: imports archives into
 * an edition of a series set up from Slack or Discord (files too large to share in a chat).
 */
import { basename } from "node:path";
import { ImportInterrupted, importItems } from "../app/import/import-items.js";
import { editionWindow } from "../app/import/window.js";
import type { Config } from "../config.js";
import { AfterchatError } from "../errors.js";
import type { Translator } from "../i18n/index.js";
import { openFile } from "../sources/detect.js";
import type { CliArgs } from "./args.js";
import { seriesOfArgs, withStore } from "./database.js";
import { goneRuns, sayGone, signalExitCode, stopOnSignal, thisProcess } from "./import-runs.js";
import { progress } from "./progress.js";
import type { CliIo } from "./report-command.js";

export async function importCommand(
  args: CliArgs,
  config: Config,
  t: Translator,
  io: CliIo,
): Promise<number> {
  if (!args.hashtag) {
    io.stderr.write(`${t.t("cli.missingHashtag")}\n`);
    return 2;
  }
  if (args.positionals.length === 0) {
    io.stderr.write(`${t.t("cli.missingPaths")}\n`);
    return 2;
  }
  const hashtag = args.hashtag;
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
        return 1;
      }
      // Recognise every file before writing anything: one unrecognised file imports nothing.
      const detected = [];
      for (const path of args.positionals) {
        const source = await openFile(path, args.owner ? { ownerHandle: args.owner } : {});
        if (!source) throw new AfterchatError("import_unrecognised", { file: basename(path) });
        detected.push({ path, source });
      }
      const where = { hashtag: series.hashtag, number: edition.number };
      sayGone(await goneRuns(store, series.workspaceId, edition.id), where, t, io);
      const stop = stopOnSignal();
      try {
        for (const { path, source } of detected) {
          const bar = progress(basename(path), io.stderr as NodeJS.WriteStream);
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
                `\n${t.t("cli.importInterrupted", { ...where, signal, file: basename(path), imported, updated })}\n`,
              );
              return signalExitCode(signal);
            })
            .finally(() => bar.stop());
          if (typeof summary === "number") return summary;
          io.stderr.write(
            `${t.t("cli.imported", { hashtag: series.hashtag, number: edition.number, imported: summary.imported, updated: summary.updated, ignored: summary.ignored, skipped: summary.skippedCount })}\n`,
          );
          if (summary.daily > 0) io.stderr.write(`${t.t("stats.importedDaily", { count: summary.daily })}\n`);
        }
      } finally {
        stop.dispose();
      }
      return 0;
    },
    { t, io },
  );
}
