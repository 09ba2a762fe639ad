/**
 * What the bot needs in a server, and the invite link that asks for exactly that: see channels,
 * post (embeds, files), read the history of a thread it answers in, open public threads and post
 * in them (forum posts too), and create the next edition's scheduled event. Scopes: `bot` and
 * `applications.commands` (the slash command).
 * @see https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags
 * @see https://discord.com/developers/docs/topics/oauth2#bot-authorization-flow
 */
import { PermissionFlagsBits } from "discord.js";

export const BOT_PERMISSIONS: bigint =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.CreateEvents;

export function inviteUrl(applicationId: string): string {
  const query = new URLSearchParams({
    client_id: applicationId,
    scope: "bot applications.commands",
    permissions: String(BOT_PERMISSIONS),
  });
  return `https://discord.com/oauth2/authorize?${query.toString()}`;
}
