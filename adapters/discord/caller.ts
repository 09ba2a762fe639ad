/**
 * Who is acting, as Discord says it: the guild, the user's languages (their Discord client's,
 * then the server's), their role ids (the core asks which of the roles its series name they
 * hold) and whether they may manage the server. Nothing is decided here.
 *
 * A click in a direct message carries no guild: the DMs afterchat sends name their guild in the
 * embed's author link (render/pages.ts), which is read back here, and the member's roles and
 * permissions are then fetched from that guild.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */
import { type BaseInteraction, type Guild, type GuildMember, PermissionFlagsBits } from "discord.js";
import type { Caller } from "../../src/edge.js";
import { channelRef, threadRef, userRef } from "./refs.js";

const GUILD_LINK = /^https:\/\/discord\.com\/channels\/(\d{1,22})$/u;

/** The caller, or null when the interaction belongs to no guild afterchat can tell. */
export async function callerOf(interaction: BaseInteraction): Promise<Caller | null> {
  const guild = interaction.guild ?? (await uncachedGuild(interaction)) ?? dmGuild(interaction);
  if (!guild) return null;
  const member = interaction.inGuild() ? null : await fetchMember(guild, interaction.user.id);
  const parentChannel = threadParentOf(interaction, guild.id);
  const roles = member ? memberRoles(member, guild.id) : interactionRoles(interaction, guild.id);
  return {
    workspace: {
      platform: "discord",
      externalId: guild.id,
      name: guild.name,
      locale: guild.preferredLocale,
    },
    userRef: userRef(guild.id, interaction.user.id),
    locales: [interaction.locale, interaction.guildLocale ?? guild.preferredLocale],
    channel: channelOf(interaction, guild.id),
    ...(parentChannel ? { parentChannel } : {}),
    isAdmin: member
      ? member.permissions.has(PermissionFlagsBits.ManageGuild)
      : (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false),
    requestKey: interaction.id,
    rolesAmong: async (candidates) => candidates.filter((id) => roles.includes(id)),
  };
}

/** A guild interaction whose guild is not in the cache (it was unavailable at start): ask REST. */
async function uncachedGuild(interaction: BaseInteraction): Promise<Guild | null> {
  if (!interaction.guildId) return null;
  return interaction.client.guilds.fetch(interaction.guildId).catch(() => null);
}

/** Where it happens: a channel, or a thread under its parent ("discord:G:C:T"). */
function channelOf(interaction: BaseInteraction, guildId: string): string {
  const channel = interaction.channel;
  const id = interaction.channelId ?? "0";
  return channel?.isThread() && channel.parentId
    ? threadRef(guildId, channel.parentId, id)
    : channelRef(guildId, id);
}

/** A thread's parent channel ("discord:G:C" for a thread "discord:G:C:T"), else null. */
function threadParentOf(interaction: BaseInteraction, guildId: string): string | null {
  const channel = interaction.channel;
  return channel?.isThread() && channel.parentId ? channelRef(guildId, channel.parentId) : null;
}

/** The guild a DM's message is about (its first embed's author link), when afterchat sent it. */
function dmGuild(interaction: BaseInteraction): Guild | null {
  const message =
    "message" in interaction
      ? (interaction.message as { embeds?: Array<{ author: { url?: string | null } | null }> } | null)
      : null;
  const url = message?.embeds?.[0]?.author?.url ?? "";
  const id = GUILD_LINK.exec(url)?.[1];
  return id ? (interaction.client.guilds.cache.get(id) ?? null) : null;
}

async function fetchMember(guild: Guild, userId: string): Promise<GuildMember | null> {
  return guild.members.fetch(userId).catch(() => null);
}

/** Role ids from the interaction's member (a cached GuildMember or the raw API member), @everyone left out. */
function interactionRoles(interaction: BaseInteraction, guildId: string): string[] {
  const member = interaction.member;
  if (!member) return [];
  const roles = Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  return roles.filter((id) => id !== guildId);
}

function memberRoles(member: GuildMember, guildId: string): string[] {
  return [...member.roles.cache.keys()].filter((id) => id !== guildId);
}
