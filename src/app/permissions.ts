/**
 * Who may do what in a series. Team members file notes, vote and own tasks; moderators also close
 * polls, run the playbook, manage the team and the series. Workspace admins count as moderators.
 */
import type { Series } from "../domain/series.js";
import { AfterchatError } from "../errors.js";
import type { Store, TeamRole } from "../ports.js";
import type { Actor } from "./interaction.js";

export async function roleOf(store: Store, series: Series, actor: Actor): Promise<TeamRole | null> {
  const explicit = await store.team.roleOf(series.workspaceId, series.id, actor.userRef);
  if (explicit === "moderator") return "moderator";
  if (actor.isAdmin || actor.roleIds.some((id) => series.moderatorRoleIds.includes(id))) return "moderator";
  if (explicit === "member") return "member";
  if (actor.roleIds.some((id) => series.teamRoleIds.includes(id))) return "member";
  return null;
}

export async function requireTeamMember(store: Store, series: Series, actor: Actor): Promise<TeamRole> {
  const role = await roleOf(store, series, actor);
  if (!role) throw new AfterchatError("not_team_member", { hashtag: series.hashtag });
  return role;
}

export async function requireModerator(store: Store, series: Series, actor: Actor): Promise<void> {
  if ((await roleOf(store, series, actor)) !== "moderator")
    throw new AfterchatError("not_moderator", { hashtag: series.hashtag });
}
