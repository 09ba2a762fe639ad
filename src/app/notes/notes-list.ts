/**
 * `/afterchat notes [n]`: the edition's notes, grouped by kind with counts and authors, posted in
 * the channel in the series' language. Team members only (notes are the team's working material).
 */
import { translator } from "../../i18n/index.js";
import { editionDate } from "../../render/edition-date.js";
import { escapeMarkdown } from "../../render/markup.js";
import { sentence } from "../../render/message.js";
import { notesListMessage } from "../../render/notes/messages.js";
import { channelTranslator } from "../channel-locale.js";
import { type CommandHandler, seriesHandler } from "../handler.js";
import { peopleNames } from "../names.js";
import { postedJustNow } from "../replays.js";
import { editionToList } from "./edition.js";

export const notesCommand: CommandHandler<"notes"> = seriesHandler({
  access: "member",
  async run({ services, actor, series }, command, responder) {
    const { store, clock } = services;
    const own = translator(actor.locale, actor.workspace.platform);
    const { t } = own;
    const edition = await editionToList(store, series, command.edition, clock.now());
    if (!edition) {
      await responder.reply(
        sentence(t("notes.list.noEdition", { hashtag: escapeMarkdown(series.hashtag) })),
        {
          ephemeral: true,
        },
      );
      return;
    }
    const notes = await store.notes.listByEdition(series.workspaceId, edition.id);
    if (notes.length === 0) {
      await responder.reply(
        sentence(
          t("notes.list.none", {
            number: edition.number,
            date: editionDate(edition.startsAt, series.timeZone, own.locale),
          }),
        ),
        { ephemeral: true },
      );
      return;
    }
    const channel = await channelTranslator(store, series);
    const names = await peopleNames(
      services.platforms,
      notes.map((n) => n.authorRef),
    );
    const listing = notesListMessage(channel, series, edition, notes, (ref) => names.of(ref));
    if (postedJustNow(actor.channel, listing, clock.now()))
      await responder.reply(sentence(t("common.listRepeated")), { ephemeral: true });
    else await responder.reply(listing);
  },
});
