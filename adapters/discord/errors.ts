/**
 * Discord refusals that will not pass by themselves: 50001 Missing Access (the bot cannot see the
 * channel) and 50013 Missing Permissions. Discord does not say which permission was missing, so
 * the adapter says which ones the action needs and, from the channel's overwrites and the bot's
 * roles as discord.js has them, which of those the bot lacks there. The user reads them by name in
 * their language, the channel, and who grants them (errors.platform_refused), never "try again".
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 */
import { type Client, DiscordAPIError, type PermissionsString } from "discord.js";
import { AfterchatError } from "../../src/errors.js";
import { channelRef } from "./refs.js";

/** Discord's JSON codes for a permission the bot lacks. */
export const MISSING_ACCESS = 50001;
export const MISSING_PERMISSIONS = 50013;

/** Permissions an action needs, named as in discord.js (and in the catalogue, discord.permission.*). */
export const NEEDS = {
  send: ["ViewChannel", "SendMessages", "EmbedLinks", "AttachFiles"],
  sendInThread: ["ViewChannel", "SendMessagesInThreads", "EmbedLinks", "AttachFiles"],
  thread: ["ViewChannel", "SendMessages", "CreatePublicThreads", "SendMessagesInThreads"],
  event: ["ViewChannel", "ManageEvents"],
} as const satisfies Record<string, readonly PermissionsString[]>;

export type Need = keyof typeof NEEDS;

export function isPermissionRefusal(error: unknown): error is DiscordAPIError {
  return (
    error instanceof DiscordAPIError && (error.code === MISSING_ACCESS || error.code === MISSING_PERMISSIONS)
  );
}

/**
 * `error` as platform_refused when it is a permission refusal in `guildId`'s channel `channelId`;
 * anything else unchanged.
 */
export function toPermissionError(
  error: unknown,
  client: Client,
  where: { guildId: string; channelId: string },
  need: Need,
): unknown {
  if (!isPermissionRefusal(error)) return error;
  const needed: readonly PermissionsString[] = NEEDS[need];
  const missing = missingIn(client, where.channelId, needed);
  const named = missing.length > 0 ? missing : needed;
  return new AfterchatError(
    "platform_refused",
    {
      platform: "Discord",
      detailKey:
        error.code === MISSING_ACCESS
          ? "discord.refused.missing_access"
          : "discord.refused.missing_permissions",
      permissionsKeys: named.map((p) => `discord.permission.${p}`).join(","),
      channel: `<#${channelRef(where.guildId, where.channelId)}>`,
      code: Number(error.code),
    },
    { cause: error },
  );
}

/** Which of `needed` the bot lacks in the channel, as far as discord.js's cache says; [] if unknown. */
function missingIn(
  client: Client,
  channelId: string,
  needed: readonly PermissionsString[],
): PermissionsString[] {
  const channel = client.channels.cache.get(channelId);
  const me = client.user;
  if (!channel || !me || !("permissionsFor" in channel)) return [];
  const permissions = channel.permissionsFor(me);
  return permissions ? permissions.missing([...needed]) : [];
}
