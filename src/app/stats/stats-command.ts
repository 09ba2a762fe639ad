/**
 * `/afterchat stats [n]`: pulls or reuses the edition's posts and posts its report in the channel.
 * The team, and the people of a workspace the series is linked to for its debrief ("reader").
 */

import { formatDate } from "../../i18n/dates.js";
import { translator } from "../../i18n/index.js";
import { editionDate } from "../../render/edition-date.js";
import { sentence } from "../../render/message.js";
import { channelTranslator } from "../channel-locale.js";
import { requireEdition } from "../context.js";
import { type CommandHandler, seriesHandler } from "../handler.js";
import { editionReportMessage } from "./edition-report-message.js";

export const statsCommand: CommandHandler<"stats"> = seriesHandler({
  access: "reader",
  async run({ services, actor, series }, command, responder) {
    const edition = await requireEdition(services.store, series, command.edition, services.clock.now());
    const t = translator(actor.locale, actor.workspace.platform);
    if (edition.startsAt > services.clock.now()) {
      const when = formatDate(edition.startsAt, actor.locale, series.timeZone, "zoned");
      const text = t.t("stats.notStarted", { number: edition.number, hashtag: series.hashtag, when });
      await responder.reply(sentence(text), { ephemeral: true });
      return;
    }
    // The report is the channel's: it speaks the series' language, whoever asked for it.
    const channel = await channelTranslator(services.store, series);
    const date = editionDate(edition.startsAt, series.timeZone, channel.locale);
    await responder.defer({
      ephemeral: false,
      progress: channel.t("stats.working", { hashtag: series.hashtag, number: edition.number, date }),
    });
    const { message } = await editionReportMessage(services, series, edition, channel.locale);
    await responder.reply(message, { ephemeral: false });
  },
});
