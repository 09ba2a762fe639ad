/**
 * `afterchat import <file>... --hashtag TAG [--edition N] [--workspace ID]`: imports archives into
 * an edition of a series set up from Slack or Discord (files too large to share in a chat).
 */
import { basename } from "node:path";
import { importItems } from "../app/import/import-items.js";
import { editionWindow } from "../app/import/window.js";
import type { Config } from "../config.js";
import { normaliseHashtag } from "../domain/text.js";
import { AfterchatError } from "../errors.js";
import type { Translator } from "../i18n/index.js";
import { openFile } from "../sources/detect.js";
import { openDatabase } from "../store/database.js";
import { migrate } from "../store/migrate.js";
import { createPrismaStore } from "../store/prisma-store.js";
import type { CliArgs } from "./args.js";
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
  const hashtag = normaliseHashtag(args.hashtag);
  await migrate(config.databaseUrl);
  const database = await openDatabase(config.databaseUrl);
  try {
    const store = createPrismaStore(database);
    const candidates = (await store.series.findByHashtagAcrossWorkspaces(hashtag)).filter(
      (s) => !args.workspace || s.workspaceId === args.workspace,
    );
    if (candidates.length === 0) {
      io.stderr.write(`${t.t("cli.noSeries", { hashtag })}\n`);
      return 1;
    }
    if (candidates.length > 1) {
      io.stderr.write(
        `${t.t("cli.manySeries", { hashtag, ids: candidates.map((s) => s.workspaceId).join(", ") })}\n`,
      );
      return 2;
    }
    const series = candidates[0]!;
    const now = new Date();
    const edition =
      args.edition === null
        ? await store.editions.current(series.workspaceId, series.id, now)
        : await store.editions.byNumber(series.workspaceId, series.id, args.edition);
    if (!edition) {
      io.stderr.write(`${t.t("cli.noEdition", { hashtag, number: args.edition ?? 1 })}\n`);
      return 1;
    }
    // Recognise every file before writing anything: one unrecognised file imports nothing.
    const detected = [];
    for (const path of args.positionals) {
      const source = await openFile(path, args.owner ? { ownerHandle: args.owner } : {});
      if (!source) throw new AfterchatError("import_unrecognised", { file: basename(path) });
      detected.push({ path, source });
    }
    for (const { path, source } of detected) {
      const bar = progress(basename(path), io.stderr as NodeJS.WriteStream);
      const summary = await importItems(store, source.items, {
        workspaceId: series.workspaceId,
        editionId: edition.id,
        source: source.format,
        filter: { hashtag: series.hashtag, ...editionWindow(series, edition) },
        now: () => new Date(),
        onProgress: (p) => bar.update(p.read),
      }).finally(() => bar.stop());
      io.stderr.write(
        `${t.t("cli.imported", { hashtag, number: edition.number, imported: summary.imported, updated: summary.updated, ignored: summary.ignored, skipped: summary.skippedCount })}\n`,
      );
    }
    return 0;
  } finally {
    await database.close();
  }
}
