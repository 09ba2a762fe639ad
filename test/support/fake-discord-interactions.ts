import { type Json, snowflake, user } from "./fake-discord-data.js";
import type { DiscordWorld } from "./fake-discord-state.js";

/**
 * INTERACTION_CREATE payloads with every field discord.js 14 reads (entitlements included: without it the
 * interaction is dropped). @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */

/** Where and by whom an interaction happens. Defaults: first guild, its first text channel, its first member. */
export interface InteractionWhere {
  /** null: in a DM with the bot (no member, `user` instead, context 1). */
  guildId?: string | null;
  channelId?: string;
  userId?: string;
  locale?: string;
  guildLocale?: string;
  /** The member's computed permissions in the channel (decimal bit set). Default: send messages + use commands. */
  permissions?: string;
  appPermissions?: string;
}

export type OptionValue = string | number | boolean;
export interface CommandOption {
  name: string;
  type: number;
  value?: OptionValue;
  options?: CommandOption[];
  focused?: boolean;
}

export interface ChatInputInput extends InteractionWhere {
  command?: string;
  subcommand?: string;
  group?: string;
  /** Values by name (type inferred: string 3, integer 4, boolean 5, number 10) or raw option objects. */
  options?: Record<string, OptionValue> | CommandOption[];
  /** Attachment options by name (type 11), e.g. `{ file: fake.world.addAttachment(channelId, "x.csv", bytes) }`. */
  attachments?: Record<string, Json>;
}

export interface ButtonInput extends InteractionWhere {
  customId: string;
  /** The message the button is on (e.g. one the bot posted); default: a bot message with that button. */
  message?: Json;
}

export interface ModalSubmitInput extends InteractionWhere {
  customId: string;
  /** Text input values by custom_id. */
  fields: Record<string, string>;
  /** String select picks by custom_id, each inside a Label as Discord sends them. */
  selects?: Record<string, string[]>;
  message?: Json;
}

const DEFAULT_PERMISSIONS = "2248473465835073"; // a regular member: view, send, threads, use app commands...
const APP_PERMISSIONS = "2251799813685247"; // everything but administrator

let tokenCounter = 0;

function base(world: DiscordWorld, where: InteractionWhere, type: number): Json {
  const guildId = where.guildId === undefined ? [...world.guilds.keys()][0] : (where.guildId ?? undefined);
  const guild = guildId ? world.guilds.get(guildId) : undefined;
  const members = ((guild?.members as Json[] | undefined) ?? []).filter((m) => !(m.user as Json).bot);
  const member =
    (where.userId && guildId ? world.member(guildId, where.userId) : undefined) ??
    (where.userId ? undefined : members[0]);
  const who =
    (member?.user as Json | undefined) ?? user({ id: where.userId ?? "100000000000000001", username: "ada" });
  const channelId =
    where.channelId ??
    (guildId
      ? String([...world.channels.values()].find((c) => c.guild_id === guildId && c.type === 0)?.id ?? "0")
      : String(world.openDm(String(who.id)).id));
  const channel = world.channels.get(channelId) ?? {
    id: channelId,
    type: 0,
    guild_id: guildId,
    name: "unknown",
  };
  tokenCounter += 1;
  const interaction: Json = {
    id: snowflake(),
    application_id: world.applicationId,
    type,
    token: `fake-interaction-token-${tokenCounter}`,
    version: 1,
    channel_id: channelId,
    channel,
    locale: where.locale ?? "en-US",
    app_permissions: where.appPermissions ?? APP_PERMISSIONS,
    entitlements: [],
    attachment_size_limit: 10_485_760,
  };
  if (guildId) {
    Object.assign(interaction, {
      guild_id: guildId,
      guild: { id: guildId, locale: guild?.preferred_locale ?? "en-US", features: [] },
      guild_locale: where.guildLocale ?? guild?.preferred_locale ?? "en-US",
      member: {
        ...(member ?? { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 }),
        user: who,
        permissions: where.permissions ?? DEFAULT_PERMISSIONS,
      },
      authorizing_integration_owners: { "0": guildId },
      context: 0,
    });
  } else {
    Object.assign(interaction, { user: who, authorizing_integration_owners: { "1": who.id }, context: 1 });
  }
  return interaction;
}

function toOptions(options: ChatInputInput["options"]): CommandOption[] {
  if (!options) return [];
  if (Array.isArray(options)) return options;
  return Object.entries(options).map(([name, value]) => ({ name, type: optionType(value), value }));
}

function optionType(value: OptionValue): number {
  if (typeof value === "boolean") return 5;
  if (typeof value === "number") return Number.isInteger(value) ? 4 : 10;
  return 3;
}

/** A chat-input command (type 2): /command [group] [subcommand] options... */
export function chatInputInteraction(world: DiscordWorld, input: ChatInputInput = {}): Json {
  const interaction = base(world, input, 2);
  const attachments = Object.entries(input.attachments ?? {});
  let options = [
    ...toOptions(input.options),
    ...attachments.map(([name, attachment]) => ({ name, type: 11, value: String(attachment.id) })),
  ];
  if (input.subcommand) options = [{ type: 1, name: input.subcommand, options }];
  if (input.group) options = [{ type: 2, name: input.group, options }];
  interaction.data = {
    id: snowflake(),
    name: input.command ?? "afterchat",
    type: 1,
    options,
    ...(interaction.guild_id ? { guild_id: interaction.guild_id } : {}),
    ...(attachments.length > 0
      ? { resolved: { attachments: Object.fromEntries(attachments.map(([, a]) => [String(a.id), a])) } }
      : {}),
  };
  return interaction;
}

/** A button click (type 3, component_type 2) on `message` (default: a bot message carrying the button). */
export function buttonInteraction(world: DiscordWorld, input: ButtonInput): Json {
  const interaction = base(world, input, 3);
  const components = [
    { type: 1, components: [{ type: 2, style: 1, label: "Button", custom_id: input.customId }] },
  ];
  interaction.message =
    input.message ?? world.postMessage(String(interaction.channel_id), { content: "", components });
  interaction.data = { custom_id: input.customId, component_type: 2 };
  return interaction;
}

export interface SelectInput extends ButtonInput {
  /** The picked option values (a string select), or user ids (a user select). */
  values: string[];
  /** "string" (component_type 3, default), "user" (5, with the users resolved) or "channel" (8). */
  kind?: "string" | "user" | "channel";
}

/** A pick in a select menu (type 3, component_type 3 or 5) on `message`. */
export function selectInteraction(world: DiscordWorld, input: SelectInput): Json {
  const interaction = buttonInteraction(world, input);
  const users =
    input.kind === "user"
      ? input.values.map((id) => world.users.get(id) ?? user({ id, username: `user-${id}` }))
      : [];
  const channels =
    input.kind === "channel"
      ? input.values.flatMap((id): Json[] => {
          const channel = world.channels.get(id);
          return channel ? [channel] : [];
        })
      : [];
  interaction.data = {
    custom_id: input.customId,
    component_type: input.kind === "user" ? 5 : input.kind === "channel" ? 8 : 3,
    values: input.values,
    ...(users.length > 0
      ? { resolved: { users: Object.fromEntries(users.map((u) => [String(u.id), u])) } }
      : {}),
    ...(channels.length > 0
      ? {
          resolved: {
            channels: Object.fromEntries(
              channels.map((c) => [String(c.id), { id: c.id, type: c.type, name: c.name, permissions: "0" }]),
            ),
          },
        }
      : {}),
  };
  return interaction;
}

/** A modal submit (type 5): one action row per text input, as Discord sends it. */
export function modalSubmitInteraction(world: DiscordWorld, input: ModalSubmitInput): Json {
  const interaction = base(world, input, 5);
  if (input.message) interaction.message = input.message;
  interaction.data = {
    custom_id: input.customId,
    components: [
      ...Object.entries(input.fields).map(([customId, value]) => ({
        type: 1,
        components: [{ type: 4, custom_id: customId, value }],
      })),
      ...Object.entries(input.selects ?? {}).map(([customId, values], id) => ({
        type: 18,
        id: id + 100,
        component: { type: 3, id: id + 200, custom_id: customId, values },
      })),
    ],
  };
  return interaction;
}
