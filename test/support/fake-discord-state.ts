import {
  channel,
  type FakeGuildInput,
  type FakeUserInput,
  guildCreate,
  type Json,
  message,
  snowflake,
  user,
} from "./fake-discord-data.js";
import type { FormFile } from "./net.js";

/** A sent interaction the fake remembers, so webhook calls (by token) can be tied back to it. */
export interface KnownInteraction {
  id: string;
  token: string;
  /** Interaction type: 2 command, 3 component, 5 modal submit. */
  type: number;
  /** For components: the message the clicked component is on. */
  messageId: string | undefined;
  channelId: string | undefined;
  guildId: string | undefined;
  /** Set by the first callback; Discord refuses a second one (40060). */
  acknowledged: boolean;
  /** The @original response message once a reply (callback type 4 or 7) created it. */
  original?: Json;
}

/** Everything the Discord fake knows: guilds, channels, messages, DMs, interactions, commands. */
export class DiscordWorld {
  readonly bot: Json;
  readonly guilds = new Map<string, Json>();
  readonly channels = new Map<string, Json>();
  readonly messages = new Map<string, Json>();
  readonly users = new Map<string, Json>();
  readonly interactions = new Map<string, KnownInteraction>();
  readonly commands = new Map<string, Json[]>();
  readonly scheduledEvents = new Map<string, Json>();
  /** Voters per `${messageId}:${answerId}`, for GET /channels/:id/polls/:mid/answers/:aid. */
  readonly pollVoters = new Map<string, Json[]>();
  /** Attachment bytes by attachment id, served at their `url` on the fake. */
  readonly attachments = new Map<string, { attachment: Json; bytes: Buffer }>();

  constructor(
    /** "http://127.0.0.1:PORT": attachment URLs point here. */
    readonly origin: string,
    readonly applicationId: string,
    botUser: FakeUserInput,
    guildInputs: FakeGuildInput[],
    botRolePermissions: string,
  ) {
    this.bot = user({ ...botUser, bot: true });
    for (const input of guildInputs) {
      const guild = guildCreate(input, this.bot, botRolePermissions);
      this.guilds.set(input.id, guild);
      for (const c of guild.channels as Json[]) this.channels.set(String(c.id), { ...c, guild_id: input.id });
      for (const m of guild.members as Json[]) {
        const u = m.user as Json;
        this.users.set(String(u.id), u);
      }
    }
  }

  guildOf(channelId: string): string | undefined {
    const found = this.channels.get(channelId)?.guild_id;
    return typeof found === "string" ? found : undefined;
  }

  member(guildId: string, userId: string): Json | undefined {
    const members = (this.guilds.get(guildId)?.members as Json[] | undefined) ?? [];
    return members.find((m) => (m.user as Json).id === userId);
  }

  /** Creates a message in a channel (unknown channels are accepted: tests may post to ids they made up). */
  postMessage(channelId: string, body: Json, files: FormFile[] = [], author: Json = this.bot): Json {
    const attachments = files.map((f) => this.addAttachment(channelId, f.filename, f.bytes, f.contentType));
    const created = message(body, channelId, author, this.guildOf(channelId), attachments);
    this.messages.set(String(created.id), created);
    return created;
  }

  /** Stores bytes as a Discord attachment (CDN-like URL on the fake) and returns the attachment object. */
  addAttachment(
    channelId: string,
    filename: string,
    bytes: Buffer,
    contentType = "application/octet-stream",
  ): Json {
    const id = snowflake();
    const url = `${this.origin}/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`;
    const attachment = { id, filename, size: bytes.length, url, proxy_url: url, content_type: contentType };
    this.attachments.set(id, { attachment, bytes });
    return attachment;
  }

  editMessage(messageId: string, body: Json, files: FormFile[] = []): Json | undefined {
    const existing = this.messages.get(messageId);
    if (!existing) return undefined;
    const edited = { ...existing, ...pick(body, ["content", "embeds", "components", "flags"]) };
    const channelId = String(existing.channel_id);
    if (files.length > 0)
      edited.attachments = files.map((f) =>
        this.addAttachment(channelId, f.filename, f.bytes, f.contentType),
      );
    edited.edited_timestamp = new Date().toISOString();
    this.messages.set(messageId, edited);
    return edited;
  }

  /** A thread (type 11 public by default); from a message, the thread id is the message id, as on Discord. */
  createThread(parentId: string, body: Json, messageId?: string): Json {
    const id = messageId ?? snowflake();
    const thread = channel(
      {
        id,
        name: String(body.name ?? "thread"),
        type: typeof body.type === "number" ? body.type : 11,
        parent_id: parentId,
        owner_id: this.bot.id,
        message_count: 0,
        member_count: 1,
        total_message_sent: 0,
        thread_metadata: {
          archived: false,
          auto_archive_duration: body.auto_archive_duration ?? 1440,
          archive_timestamp: new Date().toISOString(),
          locked: false,
          create_timestamp: new Date().toISOString(),
        },
        member: { id, user_id: this.bot.id, join_timestamp: new Date().toISOString(), flags: 0 },
      },
      this.guildOf(parentId),
      0,
    );
    this.channels.set(String(thread.id), thread);
    return thread;
  }

  /** A new scheduled event, as Discord stores it (rules checked by the route: fake-discord-events.ts). */
  createScheduledEvent(guildId: string, body: Json): Json {
    const event = {
      id: snowflake(),
      guild_id: guildId,
      channel_id: body.channel_id ?? null,
      creator_id: this.bot.id,
      creator: this.bot,
      name: body.name,
      description: body.description ?? null,
      scheduled_start_time: body.scheduled_start_time,
      scheduled_end_time: body.scheduled_end_time ?? null,
      privacy_level: body.privacy_level ?? 2,
      status: 1,
      entity_type: body.entity_type,
      entity_id: null,
      entity_metadata: body.entity_metadata ?? null,
      user_count: 0,
      image: body.image ?? null,
      recurrence_rule: body.recurrence_rule ?? null,
    };
    this.scheduledEvents.set(event.id, event);
    return event;
  }

  /** The server's scheduled events, as GET /guilds/:id/scheduled-events lists them. */
  guildEvents(guildId: string): Json[] {
    return [...this.scheduledEvents.values()].filter((e) => e.guild_id === guildId);
  }

  /** A PATCH: only the fields given change (Discord's modify). */
  editScheduledEvent(event: Json, body: Json): Json {
    const editable = ["name", "description", "scheduled_start_time", "scheduled_end_time", "channel_id"];
    for (const key of [
      ...editable,
      "entity_type",
      "entity_metadata",
      "recurrence_rule",
      "status",
      "privacy_level",
    ])
      if (key in body) event[key] = body[key] ?? null;
    return event;
  }

  /** One DM channel per recipient, reused like Discord does. */
  openDm(recipientId: string): Json {
    const existing = [...this.channels.values()].find((c) => c.type === 1 && c.recipient_id === recipientId);
    if (existing) return existing;
    const recipient =
      this.users.get(recipientId) ?? user({ id: recipientId, username: `user-${recipientId}` });
    const dm = {
      id: snowflake(),
      type: 1,
      last_message_id: null,
      flags: 0,
      recipients: [recipient],
      recipient_id: recipientId,
    };
    this.channels.set(dm.id, dm);
    return dm;
  }

  /** Bulk overwrite of application commands (global key "global" or a guild id): ids, versions, defaults. */
  overwriteCommands(scope: string, body: Json[]): Json[] {
    const saved = body.map((command) => ({
      id: snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      type: 1,
      default_member_permissions: null,
      nsfw: false,
      contexts: null,
      integration_types: [0],
      ...(scope === "global" ? {} : { guild_id: scope }),
      ...command,
    }));
    this.commands.set(scope, saved);
    return saved;
  }
}

function pick(body: Json, keys: string[]): Json {
  return Object.fromEntries(keys.filter((k) => body[k] !== undefined).map((k) => [k, body[k]]));
}
