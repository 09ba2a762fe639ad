/** `/afterchat team list`: moderators and members by name, then the roles / user groups that count. */
import type { Series } from "../../domain/series.js";
import type { Translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import { escapeMarkdown, mention, roleMention } from "../../render/markup.js";
import { type Message, message } from "../../render/message.js";

export async function teamList(store: Store, series: Series, t: Translator["t"]): Promise<Message> {
  const team = await store.team.list(series.workspaceId, series.id);
  const listed = (mentions: string[]) => (mentions.length ? mentions.join(", ") : t("setup.team.nobody"));
  const people = (role: "member" | "moderator") =>
    listed(team.filter((m) => m.role === role).map((m) => mention(m.userRef)));
  const roles = (ids: string[]) => listed(ids.map(roleMention));
  const title = t("setup.team.listTitle", { hashtag: escapeMarkdown(series.hashtag) });
  const fields = [
    { label: t("setup.team.moderators"), value: people("moderator") },
    { label: t("setup.team.members"), value: people("member") },
  ];
  if (series.moderatorRoleIds.length + series.teamRoleIds.length > 0)
    fields.push(
      { label: t("setup.team.moderatorRoles"), value: roles(series.moderatorRoleIds) },
      { label: t("setup.team.memberRoles"), value: roles(series.teamRoleIds) },
    );
  return message(
    [title, ...fields.map((f) => t("common.labelled", { label: f.label, value: f.value }))].join("\n"),
    [
      { type: "header", text: title },
      { type: "fields", fields },
    ],
  );
}
