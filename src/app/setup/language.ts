/**
 * `/afterchat language fr|en`: in a chat's channel, a moderator sets the series' language (what
 * the channel reads); elsewhere a workspace admin sets the workspace's. Personal replies keep
 * following each person's own locale. The confirmation is written in the new language.
 */
import { translator } from "../../i18n/index.js";
import { escapeMarkdown } from "../../render/markup.js";
import { sentence } from "../../render/message.js";
import { type CommandHandler, plainHandler } from "../handler.js";

/** In a chat's own channel: its moderators; elsewhere: the workspace's admins. */
export const languageCommand: CommandHandler<"language"> = plainHandler({
  access: (_command, series) => (series ? "moderator" : "admin"),
  series: "here",
  denied: "setup.language.adminOnly",
  async run({ services, actor, series }, command, responder) {
    const { store } = services;
    const { t } = translator(command.locale);
    if (series) {
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
      await responder.reply(
        sentence(t("setup.language.series", { hashtag: escapeMarkdown(series.hashtag) })),
      );
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
  },
});
