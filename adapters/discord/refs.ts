/**
 * Discord references as the core sees them: opaque strings made and decoded only here.
 * Channel "discord:G:C", user "discord:G:U", thread "discord:G:C:T" (C its parent), where G is
 * the guild the reference belongs to (a user is a guild member: their roles live there).
 */
const PREFIX = "discord";

export function channelRef(guildId: string, channelId: string): string {
  return `${PREFIX}:${guildId}:${channelId}`;
}

export function userRef(guildId: string, userId: string): string {
  return `${PREFIX}:${guildId}:${userId}`;
}

export function threadRef(guildId: string, parentId: string, threadId: string): string {
  return `${PREFIX}:${guildId}:${parentId}:${threadId}`;
}

export interface DecodedRef {
  guildId: string;
  /** The id to talk to: the channel, the user, or the thread for a thread reference. */
  targetId: string;
  /** A thread's parent channel. */
  parentId: string | null;
}

const SNOWFLAKE = /^\d{1,22}$/u;

/** The parts of a Discord reference; null for another platform's or a malformed one. */
export function decodeRef(ref: string): DecodedRef | null {
  const [prefix, guildId, first, second, ...rest] = ref.split(":");
  if (prefix !== PREFIX || rest.length > 0 || !guildId || !first || !SNOWFLAKE.test(guildId)) return null;
  if (!SNOWFLAKE.test(first) || (second !== undefined && !SNOWFLAKE.test(second))) return null;
  return second === undefined
    ? { guildId, targetId: first, parentId: null }
    : { guildId, targetId: second, parentId: first };
}

/** A Discord link to a guild, channel or message (what the client opens). */
export function discordUrl(guildId: string, channelId?: string, messageId?: string): string {
  return ["https://discord.com/channels", guildId, channelId, messageId].filter(Boolean).join("/");
}
