/**
 * ChatPlatform on Discord: what afterchat says without an interaction (scheduled reports,
 * reminders by DM, the after-party thread and the next edition's scheduled event).
 *
 * A message that needs more than one Discord message (rows or files beyond one message's limits,
 * see render/pages.ts) gets a messageRef listing every message id ("id1,id2"), so `update` edits
 * them all.
 *
 * roleMembers: the GuildMembers intent is privileged and afterchat does not ask for it at the
 * gateway. It lists members through REST (GET /guilds/:id/members), which Discord allows only
 * when "Server Members Intent" is switched on for the application in the Developer Portal; when
 * refused, it answers from the members discord.js has seen (people who used afterchat), and says
 * so once in the log. @see https://discord.com/developers/docs/resources/guild#list-guild-members
 */
import {
  type APIGuildMember,
  ChannelType,
  type Client,
  type Message as DiscordMessage,
  type Guild,
  Routes,
  type SendableChannels,
  ThreadAutoArchiveDuration,
} from "discord.js";
import type { Permalinks } from "../../src/app/after-party/links.js";
import type { ChannelRef, UserRef, Workspace } from "../../src/domain/workspace.js";
import type { ChatPlatform, EventMove, ScheduledEvent } from "../../src/edge.js";
import { AfterchatError } from "../../src/errors.js";
import type { Logger } from "../../src/log.js";
import { truncate } from "../../src/render/markup.js";
import type { Message } from "../../src/render/message.js";
import { type Need, toPermissionError } from "./errors.js";
import { type EventAnswer, moveGuildEvent, scheduleGuildEvent } from "./events.js";
import { type DecodedRef, decodeRef, discordUrl, threadRef, userRef } from "./refs.js";
import { createOptions, type DiscordPage, type RenderOptions, renderMessage } from "./render/index.js";
import { edit } from "./responder.js";

const THREAD_NAME_MAX = 100;
const MEMBERS_PAGE = 1000;

export class DiscordPlatform implements ChatPlatform, Permalinks {
  readonly platform = "discord" as const;
  #warnedMembers = false;

  constructor(
    private readonly client: Client,
    private readonly log: Logger,
  ) {}

  async post(channel: ChannelRef, message: Message, options?: { thread?: string }) {
    const where = options?.thread ? this.threadTarget(channel, options.thread) : channel;
    return this.refusing(where, options?.thread ? "sendInThread" : "send", async () => {
      const target = await this.sendable(where);
      const sent = await this.sendPages(target, this.render(message));
      return { messageRef: sent.map((m) => m.id).join(",") };
    });
  }

  async update(channel: ChannelRef, messageRef: string, message: Message): Promise<void> {
    await this.refusing(channel, "send", () => this.edit(channel, messageRef, message));
  }

  private async edit(channel: ChannelRef, messageRef: string, message: Message): Promise<void> {
    const target = await this.sendable(channel);
    const pages = this.render(message);
    const ids = messageRef.split(",");
    if (pages.length > ids.length)
      this.log.warn({ channel, pages: pages.length }, "discord update: more pages than messages");
    for (const [i, id] of ids.entries()) {
      const page = pages[i];
      if (page) await target.messages.edit(id, edit(page));
      // The message now needs fewer pages (a closed poll): the rest held only controls, which
      // must not stay live, and an emptied message is refused. They go.
      else
        await target.messages
          .delete(id)
          .catch((error: unknown) =>
            this.log.warn({ channel, err: error }, "discord update: extra page not deleted"),
          );
    }
  }

  async dm(user: UserRef, message: Message): Promise<void> {
    const ref = this.decode(user);
    const guild = await this.guild(ref.guildId).catch(() => null);
    const dmGuild = { id: ref.guildId, name: guild?.name ?? ref.guildId };
    // Without a gateway session the bot user is unknown and discord.js cannot look up a cached DM.
    const channel = await this.client.users.createDM(ref.targetId, { force: !this.client.user });
    await this.sendPages(channel, this.render(message, { dmGuild }));
  }

  async openThread(channel: ChannelRef, title: string, first: Message): Promise<{ thread: ChannelRef }> {
    return this.refusing(channel, "thread", () => this.thread(channel, title, first));
  }

  private async thread(channel: ChannelRef, title: string, first: Message): Promise<{ thread: ChannelRef }> {
    const ref = this.decode(channel);
    const parent = await this.channel(ref);
    const name = truncate(title, THREAD_NAME_MAX);
    const [page, ...rest] = this.render(first);
    if (!parent || !page)
      throw new AfterchatError("platform_failed", { platform: "Discord", detail: "unknown channel" });
    if (parent.isThread()) {
      await this.sendPages(parent, [page, ...rest]);
      return { thread: channel };
    }
    if (parent.type === ChannelType.GuildVoice || parent.type === ChannelType.GuildStageVoice) {
      // A voice or stage channel has no threads: its own text chat holds the after-party.
      await this.sendPages(parent, [page, ...rest]);
      return { thread: channel };
    }
    if (parent.type === ChannelType.GuildForum || parent.type === ChannelType.GuildMedia) {
      // A forum post is a thread whose first message is the post itself.
      const post = await parent.threads.create({ name, message: createOptions(page) });
      await this.sendPages(post, rest);
      return { thread: threadRef(ref.guildId, parent.id, post.id) };
    }
    if (parent.type === ChannelType.GuildText || parent.type === ChannelType.GuildAnnouncement) {
      // The opening message shows in the channel; the conversation goes on in its thread.
      const starter = await parent.send(createOptions(page));
      const thread = await starter.startThread({
        name,
        autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
      });
      await this.sendPages(thread, rest);
      return { thread: threadRef(ref.guildId, parent.id, thread.id) };
    }
    throw new AfterchatError("platform_failed", {
      platform: "Discord",
      detail: `channel type ${parent.type}`,
    });
  }

  /** The next edition's guild scheduled event: created, or the one `replaces` names edited (events.ts). */
  async scheduleEvent(
    channel: ChannelRef,
    event: ScheduledEvent,
    options: { replaces?: string } = {},
  ): Promise<EventAnswer> {
    return this.refusing(channel, "event", () => this.event(channel, event, options));
  }

  private async event(
    channel: ChannelRef,
    event: ScheduledEvent,
    options: { replaces?: string },
  ): Promise<EventAnswer> {
    const ref = this.decode(channel);
    const replaces = options.replaces ? this.decode(options.replaces).targetId : undefined;
    return scheduleGuildEvent(this.client, await this.guild(ref.guildId), ref, event, replaces);
  }

  /** Starts or completes the event (events.ts), moving only forward as Discord allows. */
  async setEventStatus(eventRef: string, status: "active" | "completed"): Promise<EventMove> {
    return this.refusing(eventRef, "event", async () => {
      const ref = this.decode(eventRef);
      return moveGuildEvent(await this.guild(ref.guildId), ref.targetId, status);
    });
  }

  async roleMembers(workspace: Workspace, roleIds: string[]): Promise<UserRef[]> {
    const guildId = workspace.externalId;
    const wanted = new Set(roleIds);
    const members = await this.listMembers(guildId).catch((error: unknown) => {
      if (!this.#warnedMembers)
        this.log.warn(
          { guild: guildId, err: error },
          "discord: cannot list guild members (turn on Server Members Intent in the Developer Portal); using the members seen so far",
        );
      this.#warnedMembers = true;
      const cached = this.client.guilds.cache.get(guildId)?.members.cache.values() ?? [];
      return [...cached].map((m) => ({ id: m.id, bot: m.user.bot, roles: [...m.roles.cache.keys()] }));
    });
    return members
      .filter((m) => !m.bot && m.roles.some((id) => wanted.has(id)))
      .map((m) => userRef(guildId, m.id));
  }

  /** The user's bot flag (afterchat itself included); false when Discord does not know them. */
  async isBot(user: UserRef): Promise<boolean> {
    const ref = decodeRef(user);
    if (!ref) return false;
    if (ref.targetId === this.client.user?.id) return true;
    const found = await this.client.users.fetch(ref.targetId).catch(() => null);
    return found?.bot ?? false;
  }

  /** The member's name in the server (nickname), else their Discord name. */
  async displayName(user: UserRef): Promise<string | null> {
    const ref = decodeRef(user);
    if (!ref) return null;
    const guild = this.client.guilds.cache.get(ref.guildId);
    const member = await guild?.members.fetch(ref.targetId).catch(() => null);
    if (member) return member.displayName;
    const found = await this.client.users.fetch(ref.targetId).catch(() => null);
    return found ? (found.globalName ?? found.username) : null;
  }

  permalink(channel: ChannelRef, messageRef?: string): string | null {
    const ref = decodeRef(channel);
    if (!ref) return null;
    return discordUrl(ref.guildId, ref.targetId, messageRef?.split(",")[0]);
  }

  private async listMembers(guildId: string): Promise<Array<{ id: string; bot: boolean; roles: string[] }>> {
    const out: Array<{ id: string; bot: boolean; roles: string[] }> = [];
    let after = "0";
    for (;;) {
      const query = new URLSearchParams({ limit: String(MEMBERS_PAGE), after });
      const page = (await this.client.rest.get(Routes.guildMembers(guildId), { query })) as APIGuildMember[];
      for (const m of page) if (m.user) out.push({ id: m.user.id, bot: m.user.bot ?? false, roles: m.roles });
      if (page.length < MEMBERS_PAGE) return out;
      after = page.at(-1)?.user?.id ?? after;
    }
  }

  private render(message: Message, options?: RenderOptions): DiscordPage[] {
    const rendered = renderMessage(message, options);
    if (rendered.truncated || rendered.dropped > 0)
      this.log.warn(
        { truncated: rendered.truncated, dropped: rendered.dropped },
        "discord message cut to fit",
      );
    return rendered.pages;
  }

  private async sendPages(channel: SendableChannels, pages: DiscordPage[]): Promise<DiscordMessage[]> {
    const sent: DiscordMessage[] = [];
    for (const page of pages) sent.push(await channel.send(createOptions(page)));
    return sent;
  }

  private async sendable(ref: ChannelRef): Promise<
    SendableChannels & {
      messages: {
        edit: (id: string, o: ReturnType<typeof edit>) => Promise<unknown>;
        delete: (id: string) => Promise<unknown>;
      };
    }
  > {
    const channel = await this.channel(this.decode(ref));
    if (!channel?.isSendable() || !("messages" in channel))
      throw new AfterchatError("platform_failed", {
        platform: "Discord",
        detail: "cannot post in this channel",
      });
    return channel as never;
  }

  /**
   * Runs `call` about `channel`; Discord refusing a permission there (50001, 50013) becomes
   * platform_refused naming the permissions `need` lists that the bot lacks (adapters/discord/errors.ts).
   */
  private async refusing<T>(channel: ChannelRef, need: Need, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      const ref = decodeRef(channel);
      if (!ref) throw error;
      const refused = toPermissionError(
        error,
        this.client,
        { guildId: ref.guildId, channelId: ref.targetId },
        need,
      );
      if (refused !== error)
        this.log.warn({ channel, code: (error as { code?: unknown }).code }, "Discord refused a permission");
      throw refused;
    }
  }

  /** `thread` is a thread reference, or a bare thread id under `channel`. */
  private threadTarget(channel: ChannelRef, thread: string): ChannelRef {
    if (decodeRef(thread)) return thread;
    const ref = this.decode(channel);
    return threadRef(ref.guildId, ref.targetId, thread);
  }

  /**
   * A channel by id. A client without a gateway session (on PostgreSQL, a process holding no
   * shard: adapters/discord/shards.ts) has no guild cached, and discord.js drops a guild channel
   * whose guild it does not know: the guild is fetched first.
   */
  private async channel(ref: DecodedRef) {
    if (!this.client.guilds.cache.has(ref.guildId)) await this.guild(ref.guildId).catch(() => undefined);
    return this.client.channels.fetch(ref.targetId);
  }

  private async guild(id: string): Promise<Guild> {
    return this.client.guilds.cache.get(id) ?? (await this.client.guilds.fetch(id));
  }

  private decode(ref: string): DecodedRef {
    const decoded = decodeRef(ref);
    if (!decoded)
      throw new AfterchatError("platform_failed", { platform: "Discord", detail: "not a Discord reference" });
    return decoded;
  }
}
