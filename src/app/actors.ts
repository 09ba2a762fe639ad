/**
 * From a Caller (what the platform says) to an Actor (what the core decides): the workspace row,
 * created on first contact; the language (the person's, else the server's, else the workspace's);
 * which platform roles count (only those the workspace's series and set-up name are asked about).
 *
 * The workspace row and the roles its series name are read once a minute at most, not on every
 * click: each read is a database query, and a burst of clicks should not mean a burst of queries.
 * A change made through afterchat (team, setup, language, creators) is forgotten at once here
 * (`forget`); another process sees it within the minute.
 */
import type { Workspace } from "../domain/workspace.js";
import type { Actor, Caller, WorkspaceKey } from "../edge.js";
import { pickLocale } from "../i18n/index.js";
import type { Store } from "../ports.js";

export const ACTOR_CACHE_MS = 60 * 1000;

interface Cached<T> {
  value: Promise<T>;
  until: number;
}

export class ActorDirectory {
  readonly #workspaces = new Map<string, Cached<Workspace>>();
  readonly #roles = new Map<string, Cached<string[]>>();

  constructor(
    private readonly store: Store,
    private readonly options: { cacheMs?: number; now?: () => number } = {},
  ) {}

  async resolve(caller: Caller): Promise<Actor> {
    const workspace = await this.workspace(caller.workspace);
    const named = await this.namedRoles(workspace);
    const held = named.length > 0 ? await caller.rolesAmong(named) : [];
    return {
      workspace,
      userRef: caller.userRef,
      locale: pickLocale(...caller.locales, workspace.locale),
      channel: caller.channel,
      ...(caller.parentChannel ? { parentChannel: caller.parentChannel } : {}),
      roleIds: held.filter((id) => named.includes(id)),
      isAdmin: caller.isAdmin,
      ...(caller.timeZone ? { timeZone: caller.timeZone } : {}),
      requestKey: caller.requestKey,
    };
  }

  /** The workspace of a platform key, if afterchat has seen it (never creates one). */
  async known(key: Pick<WorkspaceKey, "platform" | "externalId">): Promise<Workspace | null> {
    return this.store.workspaces.findByExternal(key.platform, key.externalId);
  }

  /** Drops what is cached about a workspace after a change made here. */
  forget(workspace: Workspace): void {
    this.#workspaces.delete(`${workspace.platform}:${workspace.externalId}`);
    this.#roles.delete(workspace.id);
  }

  private workspace(key: WorkspaceKey): Promise<Workspace> {
    return this.cached(this.#workspaces, `${key.platform}:${key.externalId}`, () =>
      this.store.workspaces.ensure({
        platform: key.platform,
        externalId: key.externalId,
        name: key.name || key.externalId,
        locale: pickLocale(key.locale),
      }),
    );
  }

  /** Every role id the workspace's series (team, moderators) and set-up (creators) name. */
  private namedRoles(workspace: Workspace): Promise<string[]> {
    return this.cached(this.#roles, workspace.id, async () => {
      const series = await this.store.series.list(workspace.id);
      const named = series.flatMap((s) => [...s.teamRoleIds, ...s.moderatorRoleIds]);
      return [...new Set([...named, ...workspace.creatorRoleIds])];
    });
  }

  /** A value per key for cacheMs; a failed read is not kept. */
  private cached<T>(map: Map<string, Cached<T>>, key: string, read: () => Promise<T>): Promise<T> {
    const now = this.options.now?.() ?? Date.now();
    const ttl = this.options.cacheMs ?? ACTOR_CACHE_MS;
    const hit = map.get(key);
    if (hit && hit.until > now) return hit.value;
    const value = read();
    if (ttl > 0) {
      map.set(key, { value, until: now + ttl });
      value.catch(() => map.delete(key));
    }
    return value;
  }
}
