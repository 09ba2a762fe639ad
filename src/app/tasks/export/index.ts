/**
 * `/afterchat export notes|tasks|roster|posts`: a CSV file (src/render/csv.ts)
 * attached to a message in the channel, in the series' language; the adapters upload it.
 * "posts" exports the current edition's posts, streamed, at most EXPORT_MAX_ROWS rows (the reply
 * says when the file stops there, and points to `npx afterchat export`, which writes the same
 * sheets without a cap: src/cli/export-command.ts). There is no poll export.
 * Notes, roster and posts are for moderators (a file leaves afterchat with the team's notes and
 * authors, the participants' handles and the chat's posts). Tasks are for the whole team: members
 * already read every open task with `tasks all`, and a task list longer than it shows points here,
 * so a member with more tasks than a list holds can read them all (issue 13, point 10).
 */
import { DateTime } from "luxon";
import type { Edition } from "../../../domain/edition.js";
import type { Translator } from "../../../i18n/index.js";
import { CsvBuilder, csvSeparatorFor } from "../../../render/csv.js";
import { channelTranslator } from "../../channel-locale.js";
import type { ExportKind } from "../../commands/command.js";
import { requireEdition } from "../../context.js";
import { type CommandHandler, seriesHandler } from "../../handler.js";
import { EXPORT_MAX_ROWS, writeSheet } from "./sheets.js";

export const exportCsv: CommandHandler<"export"> = seriesHandler({
  access: (command) => (command.what === "tasks" ? "member" : "moderator"),
  async run({ services, series }, command, responder) {
    const { store, clock } = services;
    const now = clock.now();
    const t = await channelTranslator(store, series);
    let edition: Edition | null = null;
    if (command.what === "posts") {
      edition = await requireEdition(store, series, null, now);
      await responder.defer();
    }
    let csv = new CsvBuilder([]);
    const open = (header: readonly string[]) => {
      // French Excel splits cells on ";" (its decimal mark is ","): the file follows the channel's language.
      csv = new CsvBuilder(header, csvSeparatorFor(t.locale));
      return csv;
    };
    const sheet = await writeSheet(
      { store, series, t, max: EXPORT_MAX_ROWS, open, platforms: services.platforms },
      command.what,
      edition,
    );
    const number = edition?.number ?? 0;
    const stamp = DateTime.fromJSDate(now, { zone: series.timeZone }).toFormat("yyyyMMdd-HHmm");
    const text = [
      exportDone(t, command.what, series.hashtag, sheet.rows, number),
      ...(sheet.truncated
        ? [t.t("export.truncated", { max: EXPORT_MAX_ROWS.toLocaleString(t.locale) })]
        : []),
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
          bytes: csv.bytes(),
        },
      ],
    });
  },
});

/** "Export of posts of edition 3 for #chat: 12 rows." (also the command line's summary). */
export function exportDone(t: Translator, what: ExportKind, hashtag: string, rows: number, number: number) {
  return t.t("export.done", { what: t.t(`export.what.${what}`, { number }), hashtag, count: rows });
}

function fileName(hashtag: string, what: ExportKind, number: number, stamp: string): string {
  const kind = what === "posts" ? `edition-${number}-posts` : what;
  return `${hashtag}-${kind}-${stamp}.csv`;
}
