/**
 * Messages written in threads, handed to the dispatcher for after-party question capture (the
 * core decides whether the thread is an after-party). Registered only when message content
 * capture is on (DISCORD_MESSAGE_CONTENT=true: the privileged MessageContent intent), since
 * without it Discord sends bots empty message text. Bots' messages (afterchat's own included)
 * are not the conversation and are skipped.
 * @see https://discord.com/developers/docs/events/gateway#message-content-intent
 */
import { type Client, Events, type Message } from "discord.js";
import { channelRef, threadRef, userRef } from "../refs.js";
import type { ListenerContext } from "./context.js";

export function register(client: Client, ctx: ListenerContext): void {
  client.on(Events.MessageCreate, (message) => {
    if (message.author.bot || !message.inGuild() || !message.channel.isThread()) return;
    void onThreadMessage(message, ctx).catch((error: unknown) =>
      ctx.log.error({ err: error, message: message.id, channel: message.channelId }, "thread message unread"),
    );
  });
}

async function onThreadMessage(message: Message<true>, ctx: ListenerContext): Promise<void> {
  const parentId = message.channel.isThread() ? message.channel.parentId : null;
  if (!parentId) return;
  const guildId = message.guildId;
  await ctx.dispatcher.threadMessage({
    workspace: { platform: "discord", externalId: guildId },
    channel: channelRef(guildId, parentId),
    thread: threadRef(guildId, parentId, message.channelId),
    externalId: message.id,
    authorRef: userRef(guildId, message.author.id),
    text: message.content,
    createdAt: message.createdAt,
    replyTo: await repliedTo(message),
  });
}

/** The author of the message this one replies to (from the cache Discord's payload filled, else REST). */
async function repliedTo(message: Message<true>): Promise<{ externalId: string; authorRef: string } | null> {
  const id = message.reference?.messageId;
  if (!id || message.reference?.channelId !== message.channelId) return null;
  const replied =
    message.channel.messages.cache.get(id) ?? (await message.fetchReference().catch(() => null));
  return replied ? { externalId: id, authorRef: userRef(message.guildId, replied.author.id) } : null;
}
