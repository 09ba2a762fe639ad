/**
 * `/afterchat creators add|remove|list @role`: the platform roles / user groups whose holders may
 * set up a new chat in this workspace, besides its admins (and, on Slack, the moderators of a
 * chat already there). Admins only; audited; the change counts at once in this process.
 */
import type { Workspace } from "../../domain/workspace.js";
import type { Actor } from "../../edge.js";
import { translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import { roleMention } from "../../render/markup.js";
import { sentence } from "../../render/message.js";
import { type CommandHandler, plainHandler } from "../handler.js";

export const creatorsCommand: CommandHandler<"creators"> = plainHandler({
  access: "admin",
  async run({ services, actor }, command, responder) {
    const { store } = services;
    const { t } = translator(actor.locale, actor.workspace.platform);
    const current = (await store.workspaces.get(actor.workspace.id)) ?? actor.workspace;
    if (command.action === "list") {
      const roles = current.creatorRoleIds.map(roleMention).join(", ");
      const text = roles ? t("setup.creators.list", { roles }) : t("setup.creators.none");
      await responder.reply(sentence(text), { ephemeral: true });
      return;
    }
    const next =
      command.action === "add"
        ? [...new Set([...current.creatorRoleIds, ...command.roles])]
        : current.creatorRoleIds.filter((id) => !command.roles.includes(id));
    await save(store, actor, current, next);
    const roles = command.roles.map(roleMention).join(", ");
    await responder.reply(
      sentence(t(`setup.creators.${command.action === "add" ? "added" : "removed"}`, { roles })),
      {
        ephemeral: true,
      },
    );
  },
});

async function save(store: Store, actor: Actor, workspace: Workspace, roles: string[]): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.workspaces.update(workspace.id, { creatorRoleIds: roles });
    await tx.audit.append({
      workspaceId: workspace.id,
      actorRef: actor.userRef,
      action: "workspace.creators",
      subjectType: "workspace",
      subjectId: workspace.id,
      detail: { from: workspace.creatorRoleIds, to: roles },
    });
  });
}
