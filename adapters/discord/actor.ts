/**
 * Who is acting, from a Discord interaction: the guild's workspace (created on first contact),
 * the user's language (their Discord client's, else the server's, else the workspace's), their
 * role ids (the core matches them against the series' team and moderator roles) and whether
 * they may manage the server (an admin for the core).
 *
 * A click in a direct message carries no guild: the DMs afterchat sends name their guild in the
 * embed's author link (render/pages.ts), which is read back here, and the member's roles and
 * permissions are then fetched from that guild.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */
import { type BaseInteraction, type Guild, type GuildMember, PermissionFlagsBits } from "discord.js";
import type { Actor } from "../../src/app/interaction.js";
import { pickLocale } from "../../src/i18n/index.js";
import type { Store } from "../../src/ports.js";
import { channelRef, threadRef, userRef } from "./refs.js";

const GUILD_LINK = /^https:\/\/discord\.com\/channels\/(\d{1,22})$/u;

/** The actor, or null when the interaction belongs to no guild afterchat can tell. */
export async function actorOf(interaction: BaseInteraction, store: Store): Promise<Actor | null> {
  const guild = interaction.guild ?? (await uncachedGuild(interaction)) ?? dmGuild(interaction);
  if (!guild) return null;
  const workspace = await store.workspaces.ensure({
    platform: "discord",
    externalId: guild.id,
    name: guild.name,
    locale: pickLocale(guild.preferredLocale),
  });
  const member = interaction.inGuild() ? null : await fetchMember(guild, interaction.user.id);
  const parentChannel = threadParentOf(interaction, guild.id);
  return {
    workspace,
    userRef: userRef(guild.id, interaction.user.id),
    locale: pickLocale(
      interaction.locale,
      interaction.guildLocale ?? guild.preferredLocale,
      workspace.locale,
    ),
    channel: channelOf(interaction, guild.id),
    ...(parentChannel ? { parentChannel } : {}),
    roleIds: member ? memberRoles(member, guild.id) : interactionRoles(interaction, guild.id),
    isAdmin: member
      ? member.permissions.has(PermissionFlagsBits.ManageGuild)
      : (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false),
    requestKey: interaction.id,
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
