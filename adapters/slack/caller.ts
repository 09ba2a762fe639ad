/**
 * Who acts and where, as Slack says it: the core's Caller for one Slack interaction. The team,
 * the user's Slack locale and admin flag (users.info, cached by SlackUserDirectory), the channel
 * (or, with none, the user's DM with the bot), and which user groups the user is a member of,
 * when the core asks about the groups its series name. Nothing is decided here.
 * @see https://docs.slack.dev/reference/methods/usergroups.users.list
 */
import type { Caller } from "../../src/edge.js";
import type { Logger } from "../../src/log.js";
import type { SlackClients } from "./clients.js";
import { describeFailure } from "./errors.js";
import type { SlackUserDirectory } from "./locale.js";
import { channelRef, userGroupId, userRef } from "./refs.js";

export interface CallerInput {
  teamId: string;
  teamDomain: string;
  userId: string;
  /** null: no channel (App Home, a modal opened from it): the user's DM with the bot is used. */
  channelId: string | null;
  requestKey: string;
}

const GROUP_TTL_MS = 5 * 60 * 1000;

export class SlackCallers {
  readonly #groups = new Map<string, { members: Set<string>; until: number }>();
  readonly #dms = new Map<string, string>();

  constructor(
    private readonly clients: SlackClients,
    private readonly users: SlackUserDirectory,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** The person's language if Slack already told us (see SlackUserDirectory.knownLocale). */
  knownLocale(input: Pick<CallerInput, "teamId" | "userId">): string | null {
    return this.users.knownLocale(input.teamId, input.userId);
  }

  async build(input: CallerInput): Promise<Caller> {
    const facts = await this.users.facts(input.teamId, input.userId);
    const channelId = input.channelId ?? (await this.dmChannel(input.teamId, input.userId));
    return {
      workspace: { platform: "slack", externalId: input.teamId, name: input.teamDomain || input.teamId },
      userRef: userRef(input.teamId, input.userId),
      channel: channelRef(input.teamId, channelId ?? input.userId),
      locales: [facts.locale],
      isAdmin: facts.isAdmin,
      ...(facts.timeZone ? { timeZone: facts.timeZone } : {}),
      requestKey: input.requestKey,
      rolesAmong: (candidates) => this.groupsAmong(candidates, input.teamId, input.userId),
    };
  }

  /** The user's DM channel with the bot (conversations.open reuses the existing one). */
  async dmChannel(teamId: string, userId: string): Promise<string | null> {
    const key = `${teamId}:${userId}`;
    const known = this.#dms.get(key);
    if (known) return known;
    try {
      const client = await this.clients.forTeam(teamId);
      const opened = await client.conversations.open({ users: userId });
      const id = opened.channel?.id ?? null;
      if (id) this.#dms.set(key, id);
      return id;
    } catch (error) {
      this.log.warn({ slack: describeFailure(error), method: "conversations.open" }, "no DM channel");
      return null;
    }
  }

  /** The user groups among `candidates` that count the user among their members. */
  private async groupsAmong(
    candidates: readonly string[],
    teamId: string,
    userId: string,
  ): Promise<string[]> {
    const held: string[] = [];
    for (const roleId of candidates) {
      const groupId = userGroupId(roleId);
      if (groupId && (await this.members(teamId, groupId)).has(userId)) held.push(roleId);
    }
    return held;
  }

  private async members(teamId: string, groupId: string): Promise<Set<string>> {
    const key = `${teamId}:${groupId}`;
    const cached = this.#groups.get(key);
    if (cached && cached.until > this.now()) return cached.members;
    let members = new Set<string>();
    try {
      const client = await this.clients.forTeam(teamId);
      const result = await client.usergroups.users.list({ usergroup: groupId });
      members = new Set(result.users ?? []);
    } catch (error) {
      this.log.warn({ slack: describeFailure(error), method: "usergroups.users.list" }, "user group unread");
    }
    this.#groups.set(key, { members, until: this.now() + GROUP_TTL_MS });
    return members;
  }
}
