/**
 * What the database commands (`import`, `export`) share: the configured database, migrated then
 * opened and always closed, and the series a `--hashtag` (and `--workspace`) names. Problems are
 * written on stderr in the CLI's language and come back as the exit code.
 */
import type { Config } from "../config.js";
import type { Series } from "../domain/series.js";
import { normaliseHashtag } from "../domain/text.js";
import type { Translator } from "../i18n/index.js";
import type { Store } from "../ports.js";
import { openDatabase } from "../store/database.js";
import { migrate } from "../store/migrate.js";
import { createPrismaStore } from "../store/prisma-store.js";
import { describeDatabase } from "../store/url.js";
import type { CliIo } from "./report-command.js";

export async function withStore<T>(
  config: Config,
  work: (store: Store) => Promise<T>,
  say?: { t: Translator; io: CliIo },
): Promise<T> {
  await migrate(config.databaseUrl);
  const database = await openDatabase(config.databaseUrl);
  // Beside a running bot, on a file that cannot be shared safely: say so before writing.
  if (say && database.sharedSafely === false)
    say.io.stderr.write(
      `${say.t.t("common.startup.sqliteSingleProcess", { database: describeDatabase(config.databaseUrl) })}\n`,
    );
  try {
    return await work(createPrismaStore(database));
  } finally {
    await database.close();
  }
}

/** The one series `--hashtag` names (in `--workspace` when given), or the exit code after saying why. */
export async function seriesOfArgs(
  store: Store,
  args: { hashtag: string; workspace: string | null },
  t: Translator,
  io: CliIo,
): Promise<Series | number> {
  const hashtag = normaliseHashtag(args.hashtag);
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
  return candidates[0]!;
}
