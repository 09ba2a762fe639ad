/**
 * `/afterchat export notes|tasks|roster|posts` (team members): a CSV file (src/render/csv.ts)
 * attached to a message in the channel, in the series' language; the adapters upload it.
 * "posts" exports the current edition's posts, streamed, at most EXPORT_MAX_ROWS rows (the reply
 * says when the file stops there). There is no poll export.
 */
import { DateTime } from "luxon";
import type { Edition } from "../../../domain/edition.js";
import { channelTranslator } from "../../channel-locale.js";
import type { Command, ExportKind } from "../../commands/command.js";
import { requireEdition, requireSeries } from "../../context.js";
import { requireTeamMember } from "../../permissions.js";
import type { CommandHandler } from "../../services.js";
import { EXPORT_MAX_ROWS, notesSheet, postsSheet, rosterSheet, type Sheet, tasksSheet } from "./sheets.js";

export const exportCsv: CommandHandler<Extract<Command, { name: "export" }>> = async (
  services,
  actor,
  command,
  responder,
) => {
  const { store, clock } = services;
  const series = await requireSeries(store, actor);
  await requireTeamMember(store, series, actor);
  const now = clock.now();
  const t = await channelTranslator(store, series);
  const context = { store, series, t, max: EXPORT_MAX_ROWS };
  let edition: Edition | null = null;
  let sheet: Sheet;
  switch (command.what) {
    case "notes":
      sheet = await notesSheet(context);
      break;
    case "tasks":
      sheet = await tasksSheet(context);
      break;
    case "roster":
      sheet = await rosterSheet(context);
      break;
    case "posts":
      edition = await requireEdition(store, series, null, now);
      await responder.defer();
      sheet = await postsSheet(context, edition);
      break;
  }
  const number = edition?.number ?? 0;
  const stamp = DateTime.fromJSDate(now, { zone: series.timeZone }).toFormat("yyyyMMdd-HHmm");
  const text = [
    t.t("export.done", {
      what: t.t(`export.what.${command.what}`, { number }),
      hashtag: series.hashtag,
      count: sheet.csv.rows,
    }),
    ...(sheet.truncated ? [t.t("export.truncated", { max: EXPORT_MAX_ROWS.toLocaleString(t.locale) })] : []),
  ].join(" ");
  await responder.reply({
    text,
    blocks: [{ type: "section", text }],
    files: [
      {
        name: fileName(series.hashtag, command.what, number, stamp),
        title: t.t("export.fileTitle", {
          hashtag: series.hashtag,
          file: t.t(`export.file.${command.what}`, { number }),
        }),
        mime: "text/csv; charset=utf-8",
        bytes: sheet.csv.bytes(),
      },
    ],
  });
};

function fileName(hashtag: string, what: ExportKind, number: number, stamp: string): string {
  const kind = what === "posts" ? `edition-${number}-posts` : what;
  return `${hashtag}-${kind}-${stamp}.csv`;
}
