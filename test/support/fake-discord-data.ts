/**
 * Discord-shaped objects for the fake: snowflakes, users, guilds, channels, roles, members, messages.
 * Shapes follow https://discord.com/developers/docs/resources/* ; only the fields discord.js 14 reads are filled.
 */
export type Json = Record<string, unknown>;

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;
/** A real-looking snowflake (timestamp << 22 | counter), unique within the process. */
export function snowflake(): string {
  increment = (increment + 1n) % 4096n;
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment);
}

export interface FakeUserInput {
  id: string;
  username: string;
  global_name?: string;
  bot?: boolean;
}

export interface FakeChannelInput {
  id: string;
  name: string;
  /** 0 text (default), 2 voice, 4 category, 5 announcement, 13 stage, 15 forum. */
  type?: number;
  parent_id?: string | null;
  [field: string]: unknown;
}

export interface FakeRoleInput {
  id: string;
  name: string;
  /** Permission bit set as a decimal string, as Discord sends it. */
  permissions?: string;
  [field: string]: unknown;
}

export interface FakeMemberInput extends FakeUserInput {
  roles?: string[];
  nick?: string;
}

export interface FakeGuildInput {
  id: string;
  name: string;
  channels?: FakeChannelInput[];
  roles?: FakeRoleInput[];
  members?: FakeMemberInput[];
  owner_id?: string;
  preferred_locale?: string;
}

export function user(input: FakeUserInput): Json {
  return {
    id: input.id,
    username: input.username,
    discriminator: "0",
    global_name: input.global_name ?? input.username,
    avatar: null,
    bot: input.bot ?? false,
    system: false,
    public_flags: 0,
    flags: 0,
  };
}

export function channel(input: FakeChannelInput, guildId: string | undefined, position: number): Json {
  return {
    type: 0,
    position,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
    ...(guildId ? { guild_id: guildId } : {}),
    ...input,
  };
}

export function role(input: FakeRoleInput, position: number): Json {
  return {
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: "0",
    managed: false,
    mentionable: false,
    flags: 0,
    ...input,
  };
}

export function member(input: FakeMemberInput, joinedAt: string): Json {
  return {
    user: user(input),
    nick: input.nick ?? null,
    avatar: null,
    roles: input.roles ?? [],
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
  };
}

/** A message object as POST /channels/:id/messages answers it. */
export function message(
  body: Json,
  channelId: string,
  author: Json,
  guildId: string | undefined,
  attachments: Json[] = [],
): Json {
  const poll = body.poll as Json | undefined;
  return {
    id: snowflake(),
    type: 0,
    channel_id: channelId,
    ...(guildId ? { guild_id: guildId } : {}),
    author,
    content: body.content ?? "",
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments,
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    pinned: false,
    flags: body.flags ?? 0,
    ...(body.message_reference ? { message_reference: body.message_reference } : {}),
    ...(poll ? { poll: pollAnswer(poll) } : {}),
  };
}

/** Discord numbers poll answers from 1 (answer_id) and turns `duration` (hours) into `expiry`. */
function pollAnswer(poll: Json): Json {
  const answers = (poll.answers as Json[] | undefined) ?? [];
  const hours = typeof poll.duration === "number" ? poll.duration : 24;
  return {
    question: poll.question,
    answers: answers.map((answer, i) => ({ answer_id: i + 1, poll_media: answer.poll_media })),
    expiry: new Date(Date.now() + hours * 3600_000).toISOString(),
    allow_multiselect: poll.allow_multiselect ?? false,
    layout_type: poll.layout_type ?? 1,
    results: { is_finalized: false, answer_counts: [] },
  };
}

/** The full guild object a GUILD_CREATE carries. */
export function guildCreate(input: FakeGuildInput, bot: Json, botRolePermissions: string): Json {
  const joinedAt = new Date(Date.now() - 86_400_000).toISOString();
  const botRoleId = snowflake();
  const roles = [
    role({ id: input.id, name: "@everyone", permissions: "1024" }, 0),
    role({ id: botRoleId, name: String(bot.username), permissions: botRolePermissions, managed: true }, 1),
    ...(input.roles ?? []).map((r, i) => role(r, i + 2)),
  ];
  const members = [
    member({ id: String(bot.id), username: String(bot.username), bot: true, roles: [botRoleId] }, joinedAt),
    ...(input.members ?? []).map((m) => member(m, joinedAt)),
  ];
  return {
    id: input.id,
    name: input.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: input.owner_id ?? input.members?.[0]?.id ?? String(bot.id),
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: input.preferred_locale ?? "en-US",
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    max_members: 500000,
    max_video_channel_users: 25,
    emojis: [],
    stickers: [],
    roles,
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    member_count: members.length,
    voice_states: [],
    members,
    channels: (input.channels ?? []).map((c, i) => channel(c, undefined, i)),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
