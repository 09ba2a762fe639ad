/**
 * `/afterchat team add|remove|list`: moderators change the team, members see it. The last
 * explicit moderator cannot be removed (unless moderator roles are set), so a series always has
 * someone who can manage it. Every change is audited.
 */
import type { Series } from "../../domain/series.js";
import { translator } from "../../i18n/index.js";
import { escapeMarkdown, mention } from "../../render/markup.js";
import { type Message, message, sentence } from "../../render/message.js";
import type { Command } from "../commands/command.js";
import { requireSeries } from "../context.js";
import type { Actor } from "../interaction.js";
import { requireModerator, requireTeamMember } from "../permissions.js";
import type { CommandHandler, Services } from "../services.js";

type TeamCommand = Extract<Command, { name: "team" }>;
type T = ReturnType<typeof translator>["t"];

export const teamCommand: CommandHandler<TeamCommand> = async (services, actor, command, responder) => {
  const { store } = services;
  const { t } = translator(actor.locale);
  const series = await requireSeries(store, actor);
  if (command.action === "list") {
    await requireTeamMember(store, series, actor);
    await responder.reply(await teamList(services, series, t), { ephemeral: true });
    return;
  }
  await requireModerator(store, series, actor);
  const lines =
    command.action === "add"
      ? await addMembers(services, actor, series, command.users, command.role, t)
      : await removeMembers(services, actor, series, command.users, t);
  await responder.reply(sentence(lines.join("\n")), { ephemeral: true });
};

const mentions = (users: readonly string[]) => users.map(mention).join(", ");

async function addMembers(
  { store }: Services,
  actor: Actor,
  series: Series,
  users: readonly string[],
  role: "member" | "moderator",
  t: T,
): Promise<string[]> {
  const changed = await store.transaction(async (tx) => {
    const done: string[] = [];
    for (const user of users) {
      if (!(await tx.team.set(series.workspaceId, series.id, user, role))) continue;
      done.push(user);
      await tx.audit.append({
        workspaceId: series.workspaceId,
        actorRef: actor.userRef,
        action: "team.set",
        subjectType: "series",
        subjectId: series.id,
        detail: { userRef: user, role },
      });
    }
    return done;
  });
  const same = users.filter((u) => !changed.includes(u));
  const hashtag = escapeMarkdown(series.hashtag);
  const roleName = t(`setup.team.role.${role}`);
  return [
    ...(changed.length ? [t("setup.team.added", { users: mentions(changed), hashtag, role: roleName })] : []),
    ...(same.length ? [t("setup.team.unchanged", { users: mentions(same), role: roleName })] : []),
  ];
}

async function removeMembers(
  { store }: Services,
  actor: Actor,
  series: Series,
  users: readonly string[],
  t: T,
): Promise<string[]> {
  const hashtag = escapeMarkdown(series.hashtag);
  const team = await store.team.list(series.workspaceId, series.id);
  const moderators = team.filter((m) => m.role === "moderator").map((m) => m.userRef);
  const remaining = moderators.filter((m) => !users.includes(m));
  if (moderators.length > 0 && remaining.length === 0 && series.moderatorRoleIds.length === 0) {
    const last = users.find((u) => moderators.includes(u)) ?? users[0]!;
    return [t("setup.team.lastModerator", { user: mention(last), hashtag })];
  }
  const removed = await store.transaction(async (tx) => {
    const done: string[] = [];
    for (const user of users) {
      if (!(await tx.team.remove(series.workspaceId, series.id, user))) continue;
      done.push(user);
      await tx.audit.append({
        workspaceId: series.workspaceId,
        actorRef: actor.userRef,
        action: "team.remove",
        subjectType: "series",
        subjectId: series.id,
        detail: { userRef: user },
      });
    }
    return done;
  });
  const absent = users.filter((u) => !removed.includes(u));
  return [
    ...(removed.length ? [t("setup.team.removed", { users: mentions(removed), hashtag })] : []),
    ...(absent.length ? [t("setup.team.notInTeam", { users: mentions(absent) })] : []),
  ];
}

async function teamList({ store }: Services, series: Series, t: T): Promise<Message> {
  const team = await store.team.list(series.workspaceId, series.id);
  const names = (role: "member" | "moderator") => {
    const refs = team.filter((m) => m.role === role).map((m) => m.userRef);
    return refs.length ? mentions(refs) : t("setup.team.nobody");
  };
  const title = t("setup.team.listTitle", { hashtag: escapeMarkdown(series.hashtag) });
  const roles = new Set([...series.teamRoleIds, ...series.moderatorRoleIds]).size;
  const fields = [
    { label: t("setup.team.moderators"), value: names("moderator") },
    { label: t("setup.team.members"), value: names("member") },
  ];
  const note = roles ? [t("setup.team.roles", { count: roles })] : [];
  return message([title, ...fields.map((f) => `${f.label}: ${f.value}`), ...note].join("\n"), [
    { type: "header", text: title },
    { type: "fields", fields },
    ...note.map((text) => ({ type: "context" as const, text })),
  ]);
}
