/**
 * ChatPlatform for Slack: what the core sends without an interaction (scheduled reports, poll
 * messages, reminders, DMs, after-party threads). A message's files go in its thread. Failures
 * become the `platform_failed` error (translated for whoever reads it), and are logged without tokens.
 * @see https://docs.slack.dev/reference/methods/chat.postMessage
 * @see https://docs.slack.dev/reference/methods/conversations.open
 */
import type { webApi } from "@slack/bolt";
import type { ChannelRef, UserRef, Workspace } from "../../src/domain/workspace.js";
import type { ChatPlatform } from "../../src/edge.js";
import { AfterchatError } from "../../src/errors.js";
import type { Logger } from "../../src/log.js";
import type { Message } from "../../src/render/message.js";
import type { SlackClients } from "./clients.js";
import { describeFailure, toPlatformError } from "./errors.js";
import { uploadFiles } from "./files.js";
import type { SlackUserDirectory } from "./locale.js";
import { channelRef, decodeRef, decodeTs, messageRef, userGroupId, userRef } from "./refs.js";
import { renderMessage } from "./render.js";

/** Posts a rendered message, then its files in its thread; returns the message ts. */
export async function postMessage(
  client: webApi.WebClient,
  channelId: string,
  message: Message,
  threadTs: string | null,
): Promise<string> {
  const rendered = renderMessage(message);
  const posted = await client.chat.postMessage({
    channel: channelId,
    text: rendered.text,
    blocks: rendered.blocks,
    ...(threadTs ? { thread_ts: threadTs } : {}),
    unfurl_links: false,
  });
  const ts = posted.ts ?? "";
  await uploadFiles(client, posted.channel ?? channelId, threadTs ?? ts, message.files ?? []);
  return ts;
}

export class SlackPlatform implements ChatPlatform {
  readonly platform = "slack" as const;

  constructor(
    private readonly clients: SlackClients,
    private readonly users: SlackUserDirectory,
    private readonly log: Logger,
  ) {}

  async post(channel: ChannelRef, message: Message, options?: { thread?: string }) {
    const where = this.channel(channel);
    const thread = options?.thread ? decodeTs(options.thread) : where.ts;
    const ts = await this.guard("chat.postMessage", where.teamId, where.id, async () =>
      postMessage(await this.clients.forTeam(where.teamId), where.id, message, thread),
    );
    return { messageRef: messageRef(where.teamId, where.id, ts) };
  }

  async update(channel: ChannelRef, ref: string, message: Message): Promise<void> {
    const where = this.channel(channel);
    const ts = decodeTs(ref);
    if (!ts) throw new AfterchatError("not_found", { what: ref });
    const rendered = renderMessage(message);
    await this.guard("chat.update", where.teamId, where.id, async () =>
      (await this.clients.forTeam(where.teamId)).chat.update({
        channel: where.id,
        ts,
        text: rendered.text,
        blocks: rendered.blocks,
      }),
    );
  }

  async dm(user: UserRef, message: Message): Promise<void> {
    const who = this.channel(user);
    await this.guard("conversations.open", who.teamId, null, async () => {
      const client = await this.clients.forTeam(who.teamId);
      const opened = await client.conversations.open({ users: who.id });
      const channelId = opened.channel?.id;
      if (!channelId) throw new AfterchatError("not_found", { what: user });
      await postMessage(client, channelId, message, null);
    });
  }

  /** Slack threads hang under a message: the first message is posted, titled, and is the thread. */
  async openThread(channel: ChannelRef, title: string, first: Message) {
    const where = this.channel(channel);
    const titled: Message =
      first.blocks[0]?.type === "header"
        ? first
        : { ...first, blocks: [{ type: "header", text: title }, ...first.blocks] };
    const ts = await this.guard("chat.postMessage", where.teamId, where.id, async () =>
      postMessage(await this.clients.forTeam(where.teamId), where.id, titled, null),
    );
    return { thread: messageRef(where.teamId, where.id, ts) };
  }

  /** Slack has no scheduled events. */
  async scheduleEvent() {
    return null;
  }

  async setEventStatus() {
    return null;
  }

  async roleMembers(workspace: Workspace, roleIds: string[]): Promise<UserRef[]> {
    const members = new Set<UserRef>();
    for (const roleId of roleIds) {
      const groupId = userGroupId(roleId);
      if (!groupId) continue;
      const result = await this.guard("usergroups.users.list", workspace.externalId, null, async () =>
        (await this.clients.forTeam(workspace.externalId)).usergroups.users.list({ usergroup: groupId }),
      );
      for (const id of result.users ?? []) members.add(userRef(workspace.externalId, id));
    }
    return [...members];
  }

  /** users.info's is_bot, or the bot itself. */
  async isBot(user: UserRef): Promise<boolean> {
    const who = decodeRef(user);
    if (!who) return false;
    if (who.id === (await this.clients.bot(who.teamId)).botUserId) return true;
    return (await this.users.facts(who.teamId, who.id)).isBot;
  }

  async displayName(user: UserRef): Promise<string | null> {
    const who = decodeRef(user);
    return who ? (await this.users.facts(who.teamId, who.id)).name : null;
  }

  private channel(ref: ChannelRef) {
    const decoded = decodeRef(ref);
    if (!decoded) throw new AfterchatError("not_found", { what: ref });
    return decoded;
  }

  /**
   * Runs a Slack call; a Slack failure is logged and rethrown as platform_failed (passing) or
   * platform_refused (naming the scope, or `channelId`).
   */
  private async guard<T>(
    method: string,
    teamId: string,
    channelId: string | null,
    call: () => Promise<T>,
  ): Promise<T> {
    try {
      return await call();
    } catch (error) {
      const failure = describeFailure(error);
      if (failure.kind === "error") throw error;
      this.log.warn({ slack: failure, method, teamId }, "Slack refused a call");
      throw toPlatformError(error, channelId ? channelRef(teamId, channelId) : null);
    }
  }
}
