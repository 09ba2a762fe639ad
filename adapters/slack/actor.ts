/**
 * Who acts, where, in which language: the core's Actor for one Slack interaction. The workspace
 * is the Slack team (created on first contact), the language the user's Slack locale else the
 * workspace's, the admin flag Slack's admin/owner flags, and the role ids the Slack user groups
 * (among those the workspace's series name) the user belongs to.
 * @see https://docs.slack.dev/reference/methods/usergroups.users.list
 */
import type { webApi } from "@slack/bolt";
import type { Actor } from "../../src/app/interaction.js";
import type { Workspace } from "../../src/domain/workspace.js";
import { pickLocale } from "../../src/i18n/index.js";
import type { Logger } from "../../src/log.js";
import type { Store } from "../../src/ports.js";
import { describeFailure } from "./errors.js";
import type { SlackUserDirectory } from "./locale.js";
import { channelRef, userGroupId, userRef } from "./refs.js";

export interface ActorInput {
  teamId: string;
  teamDomain: string;
  userId: string;
  /** null: no channel (App Home, a modal opened from it): the user's DM with the bot is used. */
  channelId: string | null;
  requestKey: string;
}

const GROUP_TTL_MS = 5 * 60 * 1000;
/**
 * The workspace row and the user groups its series name are read once a minute at most, not on
 * every click: each read is a database query, and acks stay fast under bursts (bench/slack-ack.ts).
 * A language or role change made meanwhile applies within that minute.
 */
const WORKSPACE_TTL_MS = 60 * 1000;

interface Cached<T> {
  value: T;
  until: number;
}

export class SlackActors {
  readonly #groups = new Map<string, { members: Set<string>; until: number }>();
  readonly #dms = new Map<string, string>();
  readonly #workspaces = new Map<string, Cached<Promise<Workspace>>>();
  readonly #namedRoles = new Map<string, Cached<Promise<string[]>>>();

  constructor(
    private readonly store: Store,
    private readonly client: webApi.WebClient,
    private readonly users: SlackUserDirectory,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Drops what is cached about a workspace (its row, its series' roles) after a command of this
   * process changed them (team, setup, language), so the change counts at once here; other
   * processes see it within WORKSPACE_TTL_MS.
   */
  forget(teamId: string, workspaceId: string): void {
    this.#workspaces.delete(teamId);
    this.#namedRoles.delete(workspaceId);
  }

  workspace(teamId: string, teamDomain: string): Promise<Workspace> {
    return this.cached(this.#workspaces, teamId, () =>
      this.store.workspaces.ensure({ platform: "slack", externalId: teamId, name: teamDomain || teamId }),
    );
  }

  /** A value per key for WORKSPACE_TTL_MS; a failed read is not kept. */
  private cached<T>(map: Map<string, Cached<Promise<T>>>, key: string, read: () => Promise<T>): Promise<T> {
    const hit = map.get(key);
    if (hit && hit.until > this.now()) return hit.value;
    const value = read();
    map.set(key, { value, until: this.now() + WORKSPACE_TTL_MS });
    value.catch(() => map.delete(key));
    return value;
  }

  async build(input: ActorInput): Promise<Actor> {
    const [workspace, facts] = await Promise.all([
      this.workspace(input.teamId, input.teamDomain),
      this.users.facts(input.teamId, input.userId),
    ]);
    const channelId = input.channelId ?? (await this.dmChannel(input.userId));
    return {
      workspace,
      userRef: userRef(input.teamId, input.userId),
      locale: pickLocale(facts.locale, workspace.locale),
      channel: channelRef(input.teamId, channelId ?? input.userId),
      roleIds: await this.groupsOf(workspace, input.userId),
      isAdmin: facts.isAdmin,
      requestKey: input.requestKey,
    };
  }

  /** The user's DM channel with the bot (conversations.open reuses the existing one). */
  async dmChannel(userId: string): Promise<string | null> {
    const known = this.#dms.get(userId);
    if (known) return known;
    try {
      const opened = await this.client.conversations.open({ users: userId });
      const id = opened.channel?.id ?? null;
      if (id) this.#dms.set(userId, id);
      return id;
    } catch (error) {
      this.log.warn({ slack: describeFailure(error), method: "conversations.open" }, "no DM channel");
      return null;
    }
  }

  /** The user groups named by this workspace's series that count the user among their members. */
  private async groupsOf(workspace: Workspace, userId: string): Promise<string[]> {
    const named = await this.cached(this.#namedRoles, workspace.id, async () => {
      const series = await this.store.series.list(workspace.id);
      return [...new Set(series.flatMap((s) => [...s.teamRoleIds, ...s.moderatorRoleIds]))];
    });
    const held: string[] = [];
    for (const roleId of named) {
      const groupId = userGroupId(roleId);
      if (groupId && (await this.members(groupId)).has(userId)) held.push(roleId);
    }
    return held;
  }

  private async members(groupId: string): Promise<Set<string>> {
    const cached = this.#groups.get(groupId);
    if (cached && cached.until > this.now()) return cached.members;
    let members = new Set<string>();
    try {
      const result = await this.client.usergroups.users.list({ usergroup: groupId });
      members = new Set(result.users ?? []);
    } catch (error) {
      this.log.warn({ slack: describeFailure(error), method: "usergroups.users.list" }, "user group unread");
    }
    this.#groups.set(groupId, { members, until: this.now() + GROUP_TTL_MS });
    return members;
  }
}
