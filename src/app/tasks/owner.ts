/**
 * Who may be given a task, checked wherever an owner is picked (`task @owner`, Reassign, the
 * follow-up buttons): never a bot or an app, afterchat included (nobody would do it); someone
 * outside the series' team only when a moderator gives it (a guest host, say), since a member
 * handing work to people outside the team is how a team gets spammed. The team is the people
 * the series names and everyone holding its team or moderator roles (the platform says who).
 */
import type { Series } from "../../domain/series.js";
import type { UserRef } from "../../domain/workspace.js";
import { AfterchatError } from "../../errors.js";
import type { Scope } from "../handler.js";

export async function checkOwner(scope: Scope & { series: Series }, owner: UserRef): Promise<void> {
  const { services, actor, series, role } = scope;
  const platform = services.platforms.for(owner);
  if (platform && (await platform.isBot(owner))) throw new AfterchatError("task_owner_bot");
  if (owner === actor.userRef || role === "moderator") return;
  if (await onTeam(scope, owner)) return;
  throw new AfterchatError("task_owner_outside", { hashtag: series.hashtag });
}

async function onTeam({ services, series }: Scope & { series: Series }, owner: UserRef): Promise<boolean> {
  if (await services.store.team.roleOf(series.workspaceId, series.id, owner)) return true;
  const roles = [...series.teamRoleIds, ...series.moderatorRoleIds];
  const platform = services.platforms.for(owner);
  const workspace = await services.store.workspaces.get(series.workspaceId);
  if (roles.length === 0 || !platform || !workspace) return false;
  return (await platform.roleMembers(workspace, roles)).includes(owner);
}
