/**
 * `/afterchat import [n]`: imports the file the user shared in the channel into an edition.
 * The file is recognised by content before anything is written; a recognised file with bad
 * records imports the good ones and lists the bad ones.
 */
import { AfterchatError } from "../../errors.js";
import { translator } from "../../i18n/index.js";
import { editionDate } from "../../render/edition-date.js";
import { skipLines } from "../../render/import-summary.js";
import { sentence } from "../../render/message.js";
import { parseStream } from "../../sources/detect.js";
import { channelTranslator } from "../channel-locale.js";
import { editionForImport } from "../context.js";
import { type CommandHandler, seriesHandler } from "../handler.js";
import { importItems } from "../import/import-items.js";
import { recordParticipants } from "../import/record-participants.js";
import { editionWindow } from "../import/window.js";

export const importCommand: CommandHandler<"import"> = seriesHandler({
  access: "member",
  async run({ services, actor, series }, command, responder) {
    const { store, clock } = services;
    const t = translator(actor.locale, actor.workspace.platform);
    const file = command.file ?? null;
    if (!file) {
      await responder.reply(sentence(t.t("stats.noFile")), { ephemeral: true });
      return;
    }
    if (file.size !== null && file.size > services.importMaxBytes)
      throw new AfterchatError("import_too_large", {
        max: `${Math.round(services.importMaxBytes / 1024 / 1024)} MB`,
      });
    const found =
      command.edition === null
        ? await editionForImport(store, series, clock.now())
        : {
            edition: await store.editions.byNumber(series.workspaceId, series.id, command.edition),
            created: false,
          };
    const edition = found.edition;
    if (!edition)
      throw new AfterchatError("edition_not_found", {
        number: command.edition ?? 1,
        hashtag: series.hashtag,
      });
    // What follows is posted in the channel: the series' language, whoever imports.
    const channel = await channelTranslator(store, series);
    await responder.defer({ ephemeral: false, progress: channel.t("stats.importing", { file: file.name }) });
    const detected = await parseStream(await file.open());
    if (!detected) throw new AfterchatError("import_unrecognised", { file: file.name });
    const summary = await importItems(store, detected.items, {
      workspaceId: series.workspaceId,
      editionId: edition.id,
      source: detected.format,
      filter: { hashtag: series.hashtag, ...editionWindow(series, edition) },
      now: () => clock.now(),
    });
    if (summary.imported + summary.updated > 0)
      await recordParticipants(store, series.workspaceId, edition.id);
    await store.audit.append({
      workspaceId: series.workspaceId,
      actorRef: actor.userRef,
      action: "import",
      subjectType: "edition",
      subjectId: edition.id,
      detail: {
        file: file.name,
        format: detected.format,
        imported: summary.imported,
        updated: summary.updated,
        skipped: summary.skippedCount,
      },
    });
    const date = editionDate(edition.startsAt, series.timeZone, channel.locale);
    const lines = [
      ...(found.created
        ? [channel.t("stats.editionCreated", { hashtag: series.hashtag, number: edition.number, date })]
        : []),
      channel.t("stats.imported", {
        file: file.name,
        format: detected.format,
        hashtag: series.hashtag,
        number: edition.number,
        date,
        imported: summary.imported,
        updated: summary.updated,
        ignored: summary.ignored,
      }),
      ...(summary.daily ? [channel.t("stats.importedDaily", { count: summary.daily })] : []),
      ...skipLines(summary, channel),
    ];
    if (summary.imported + summary.updated === 0 && summary.ignored > 0) {
      const window = editionWindow(series, edition);
      lines.push(
        channel.t("stats.allIgnored", {
          count: summary.ignored,
          hashtag: series.hashtag,
          since: window.since.toISOString().slice(0, 16).replace("T", " "),
          until: window.until.toISOString().slice(0, 16).replace("T", " "),
        }),
      );
    } else lines.push(channel.t("stats.nextStep", { number: edition.number }));
    await responder.reply(sentence(lines.join("\n")), { ephemeral: false });
  },
});
