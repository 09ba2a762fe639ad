/** `/afterchat stats [n]`: pulls or reuses the edition's posts and posts its report in the channel. */
import { translator } from "../../i18n/index.js";
import type { Command } from "../commands/command.js";
import { requireEdition, requireSeries } from "../context.js";
import { requireTeamMember } from "../permissions.js";
import type { CommandHandler } from "../services.js";
import { editionReportMessage } from "./edition-report-message.js";

export const statsCommand: CommandHandler<Extract<Command, { name: "stats" }>> = async (
  services,
  actor,
  command,
  responder,
) => {
  const series = await requireSeries(services.store, actor);
  await requireTeamMember(services.store, series, actor);
  const edition = await requireEdition(services.store, series, command.edition, services.clock.now());
  const t = translator(actor.locale);
  await responder.defer({
    ephemeral: false,
    progress: t.t("stats.working", { hashtag: series.hashtag, number: edition.number }),
  });
  const { message } = await editionReportMessage(services, series, edition, actor.locale);
  await responder.reply(message, { ephemeral: false });
};
