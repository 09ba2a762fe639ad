/**
 * `/afterchat team add|remove|list`: moderators change the team, members see it. The team is
 * people (TeamMember rows) and platform roles / user groups (series.teamRoleIds and
 * moderatorRoleIds: everyone holding one counts, see access.ts). A role sits in one list at a
 * time: adding it as moderator takes it out of the members' list and back. A series always keeps
 * someone who can manage it: the last moderator, by name or by role, cannot be removed. Every
 * change is audited, people and roles in one transaction.
 */
import type { Series } from "../../domain/series.js";
import type { Actor } from "../../edge.js";
import { translator } from "../../i18n/index.js";
import type { Store, TeamRole } from "../../ports.js";
import { escapeMarkdown, mention, roleMention } from "../../render/markup.js";
import { sentence } from "../../render/message.js";
import type { Command } from "../commands/command.js";
import { type CommandHandler, seriesHandler } from "../handler.js";
import { teamList } from "./team-list.js";

type TeamCommand = Extract<Command, { name: "team" }>;
type T = ReturnType<typeof translator>["t"];
type RoleList = "teamRoleIds" | "moderatorRoleIds";

export const teamCommand: CommandHandler<"team"> = seriesHandler({
  access: (command) => (command.action === "list" ? "member" : "moderator"),
  async run({ services, actor, series }, command, responder) {
    const { store } = services;
    const { t } = translator(actor.locale, actor.workspace.platform);
    if (command.action === "list") {
      await responder.reply(await teamList(store, series, t), { ephemeral: true });
      return;
    }
    const lines =
      command.action === "add"
        ? await addToTeam(store, actor, series, command, t)
        : await removeFromTeam(store, actor, series, command, t);
    await responder.reply(sentence(lines.join("\n")), { ephemeral: true });
  },
});

const mentions = (users: readonly string[]) => users.map(mention).join(", ");
const roleMentions = (roles: readonly string[]) => roles.map(roleMention).join(", ");

function audit(store: Store, actor: Actor, series: Series, action: string, detail: Record<string, unknown>) {
  return store.audit.append({
    workspaceId: series.workspaceId,
    actorRef: actor.userRef,
    action,
    subjectType: "series",
    subjectId: series.id,
    detail,
  });
}

async function addToTeam(
  store: Store,
  actor: Actor,
  series: Series,
  { users, roles, role }: TeamCommand,
  t: T,
): Promise<string[]> {
  const target: RoleList = role === "moderator" ? "moderatorRoleIds" : "teamRoleIds";
  const other: RoleList = role === "moderator" ? "teamRoleIds" : "moderatorRoleIds";
  const changed = await store.transaction(async (tx) => {
    const people: string[] = [];
    for (const user of users) {
      if (!(await tx.team.set(series.workspaceId, series.id, user, role))) continue;
      people.push(user);
      await audit(tx, actor, series, "team.set", { userRef: user, role });
    }
    // Read again inside the transaction: another moderator may have changed the roles meanwhile.
    const fresh = (await tx.series.get(series.workspaceId, series.id)) ?? series;
    const added = roles.filter((id) => !fresh[target].includes(id));
    if (added.length > 0) {
      await tx.series.update(series.workspaceId, series.id, {
        [target]: [...fresh[target], ...added],
        [other]: fresh[other].filter((id) => !added.includes(id)),
      });
      for (const roleId of added) await audit(tx, actor, series, "team.role.set", { roleId, role });
    }
    return { people, roles: added };
  });
  const hashtag = escapeMarkdown(series.hashtag);
  const roleName = t(`setup.team.role.${role}`);
  const same = [
    ...users.filter((u) => !changed.people.includes(u)).map(mention),
    ...roles.filter((r) => !changed.roles.includes(r)).map(roleMention),
  ];
  return [
    ...(changed.people.length
      ? [t("setup.team.added", { users: mentions(changed.people), hashtag, role: roleName })]
      : []),
    ...(changed.roles.length
      ? [t("setup.team.rolesAdded", { roles: roleMentions(changed.roles), hashtag, role: roleName })]
      : []),
    ...(same.length ? [t("setup.team.unchanged", { users: same.join(", "), role: roleName })] : []),
  ];
}

async function removeFromTeam(
  store: Store,
  actor: Actor,
  series: Series,
  { users, roles }: TeamCommand,
  t: T,
): Promise<string[]> {
  const hashtag = escapeMarkdown(series.hashtag);
  const refused = await lastModeratorLeft(store, series, users, roles);
  if (refused?.kind === "user")
    return [t("setup.team.lastModerator", { user: mention(refused.id), hashtag })];
  if (refused?.kind === "role")
    return [t("setup.team.lastModeratorRole", { role: roleMention(refused.id), hashtag })];
  const removed = await store.transaction(async (tx) => {
    const people: string[] = [];
    for (const user of users) {
      if (!(await tx.team.remove(series.workspaceId, series.id, user))) continue;
      people.push(user);
      await audit(tx, actor, series, "team.remove", { userRef: user });
    }
    const fresh = (await tx.series.get(series.workspaceId, series.id)) ?? series;
    const held = roles.filter((id) => fresh.teamRoleIds.includes(id) || fresh.moderatorRoleIds.includes(id));
    if (held.length > 0) {
      await tx.series.update(series.workspaceId, series.id, {
        teamRoleIds: fresh.teamRoleIds.filter((id) => !held.includes(id)),
        moderatorRoleIds: fresh.moderatorRoleIds.filter((id) => !held.includes(id)),
      });
      for (const roleId of held) await audit(tx, actor, series, "team.role.remove", { roleId });
    }
    return { people, roles: held };
  });
  const absent = [
    ...users.filter((u) => !removed.people.includes(u)).map(mention),
    ...roles.filter((r) => !removed.roles.includes(r)).map(roleMention),
  ];
  return [
    ...(removed.people.length ? [t("setup.team.removed", { users: mentions(removed.people), hashtag })] : []),
    ...(removed.roles.length
      ? [t("setup.team.rolesRemoved", { roles: roleMentions(removed.roles), hashtag })]
      : []),
    ...(absent.length ? [t("setup.team.notInTeam", { users: absent.join(", ") })] : []),
  ];
}

/**
 * Who would make the series unmanageable by leaving: when it has moderators (by name or by role)
 * and this removal takes every one of them, the first of them named; else null. Workspace admins
 * can always manage, but a series should not depend on them.
 */
async function lastModeratorLeft(
  store: Store,
  series: Series,
  users: readonly string[],
  roles: readonly string[],
): Promise<{ kind: "user" | "role"; id: string } | null> {
  const team: Array<{ userRef: string; role: TeamRole }> = await store.team.list(
    series.workspaceId,
    series.id,
  );
  const moderators = team.filter((m) => m.role === "moderator").map((m) => m.userRef);
  const keptPeople = moderators.filter((m) => !users.includes(m));
  const keptRoles = series.moderatorRoleIds.filter((id) => !roles.includes(id));
  if (moderators.length + series.moderatorRoleIds.length === 0 || keptPeople.length + keptRoles.length > 0)
    return null;
  const user = users.find((u) => moderators.includes(u));
  if (user) return { kind: "user", id: user };
  const role = roles.find((r) => series.moderatorRoleIds.includes(r));
  return role ? { kind: "role", id: role } : null;
}
