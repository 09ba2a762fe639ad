/**
 * `/afterchat language fr|en`: in a chat's channel, a moderator sets the series' language (what
 * the channel reads); elsewhere a workspace admin sets the workspace's. Personal replies keep
 * following each person's own locale. The confirmation is written in the new language.
 */
import { translator } from "../../i18n/index.js";
import { escapeMarkdown } from "../../render/markup.js";
import { sentence } from "../../render/message.js";
import type { Command } from "../commands/command.js";
import { findSeries, inSeriesChannel } from "../context.js";
import { requireModerator } from "../permissions.js";
import type { CommandHandler } from "../services.js";

type LanguageCommand = Extract<Command, { name: "language" }>;

export const languageCommand: CommandHandler<LanguageCommand> = async (
  services,
  actor,
  command,
  responder,
) => {
  const { store } = services;
  // Only a chat's own channel changes the series; elsewhere it is about the workspace.
  const found = await findSeries(store, actor);
  const series = found && inSeriesChannel(found, actor) ? found : null;
  const { t } = translator(command.locale);
  if (series) {
    await requireModerator(store, series, actor);
    await store.transaction(async (tx) => {
      await tx.series.update(series.workspaceId, series.id, { locale: command.locale });
      await tx.audit.append({
        workspaceId: series.workspaceId,
        actorRef: actor.userRef,
        action: "series.language",
        subjectType: "series",
        subjectId: series.id,
        detail: { locale: command.locale },
      });
    });
    await responder.reply(sentence(t("setup.language.series", { hashtag: escapeMarkdown(series.hashtag) })));
    return;
  }
  if (!actor.isAdmin) {
    await responder.reply(sentence(translator(actor.locale).t("setup.language.adminOnly")), {
      ephemeral: true,
    });
    return;
  }
  await store.transaction(async (tx) => {
    await tx.workspaces.update(actor.workspace.id, { locale: command.locale });
    await tx.audit.append({
      workspaceId: actor.workspace.id,
      actorRef: actor.userRef,
      action: "workspace.language",
      subjectType: "workspace",
      subjectId: actor.workspace.id,
      detail: { locale: command.locale },
    });
  });
  await responder.reply(sentence(t("setup.language.workspace")));
};
