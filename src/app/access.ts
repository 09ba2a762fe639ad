/**
 * Who may do what, in one place: a person's role in a series, and whether it grants the access a
 * handler declares (handler.ts). The dispatcher calls `checkAccess` before any use case runs.
 */
import type { Note } from "../domain/note.js";
import type { Series } from "../domain/series.js";
import type { Task } from "../domain/task.js";
import type { Actor } from "../edge.js";
import { AfterchatError } from "../errors.js";
import type { Store } from "../ports.js";
import type { Access, SeriesRole } from "./handler.js";

/**
 * The actor's role in a series. In the workspace that owns it: by name (a TeamMember row), else
 * by the platform roles the series counts (moderators' first), the workspace's admins counting as
 * moderators. From a workspace the series is linked to: the role the link was made for and
 * nothing else (a link grants a link, not power): "reader" for a debrief link (its people read the
 * report), none for an after-party link (capture and escalations run by themselves). Another
 * workspace's admin flag, and its platform roles, count for nothing here.
 */
export async function roleOf(store: Store, series: Series, actor: Actor): Promise<SeriesRole> {
  if (series.workspaceId !== actor.workspace.id) return linkedRole(store, series, actor);
  const explicit = await store.team.roleOf(series.workspaceId, series.id, actor.userRef);
  if (explicit === "moderator") return "moderator";
  if (actor.isAdmin || actor.roleIds.some((id) => series.moderatorRoleIds.includes(id))) return "moderator";
  if (explicit === "member") return "member";
  if (actor.roleIds.some((id) => series.teamRoleIds.includes(id))) return "member";
  return null;
}

async function linkedRole(store: Store, series: Series, actor: Actor): Promise<SeriesRole> {
  const links = await store.links.linkedSeries(actor.workspace.id);
  return links.some((l) => l.seriesId === series.id && l.role === "debrief") ? "reader" : null;
}

/**
 * Who may create a series in the actor's workspace: its admins (Slack admins and owners, Discord
 * Manage Server), the holders of a role its admins named (`/afterchat creators`), and on Slack
 * the moderators of a series already there (by name or by user group).
 */
export async function mayCreate(store: Store, actor: Actor): Promise<boolean> {
  if (actor.isAdmin) return true;
  if (actor.roleIds.some((id) => actor.workspace.creatorRoleIds.includes(id))) return true;
  if (actor.workspace.platform !== "slack") return false;
  for (const series of await store.series.list(actor.workspace.id))
    if ((await roleOf(store, series, actor)) === "moderator") return true;
  return false;
}

const RANK: Record<Exclude<SeriesRole, null>, number> = { reader: 1, member: 2, moderator: 3 };

function atLeast(role: SeriesRole, wanted: Exclude<SeriesRole, null>): boolean {
  return role !== null && RANK[role] >= RANK[wanted];
}

export interface AccessFacts {
  store: Store;
  actor: Actor;
  series: Series | null;
  role: SeriesRole;
  task?: Task | undefined;
  note?: Note | undefined;
}

/** Throws the expected failure that says why not; returns when the access is granted. */
export async function checkAccess(access: Access, facts: AccessFacts): Promise<void> {
  const { actor, series, role, task, note } = facts;
  const hashtag = series?.hashtag ?? "";
  switch (access) {
    case "anyone":
      return;
    case "admin":
      if (!actor.isAdmin) throw new AfterchatError("not_admin");
      return;
    case "creator":
      if (!(await mayCreate(facts.store, actor))) throw new AfterchatError("not_creator");
      return;
    case "reader":
    case "member":
      if (!atLeast(role, access === "reader" ? "reader" : "member"))
        throw new AfterchatError("not_team_member", { hashtag });
      return;
    case "moderator":
      if (role !== "moderator") throw new AfterchatError("not_moderator", { hashtag });
      return;
    case "taskOwner":
    case "taskCreator": {
      if (!task) throw new AfterchatError("task_not_found");
      const mine =
        task.createdBy === actor.userRef || (access === "taskOwner" && task.ownerRef === actor.userRef);
      if (!mine && role !== "moderator")
        throw new AfterchatError(access === "taskOwner" ? "not_task_owner" : "not_task_creator");
      return;
    }
    case "noteAuthor":
      if (!note) throw new AfterchatError("note_not_found");
      if (note.authorRef !== actor.userRef) throw new AfterchatError("note_not_yours");
      return;
  }
}
