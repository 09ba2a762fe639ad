/**
 * The `/afterchat` application command: one Discord sub-command per core Command, with English
 * names (what the adapter reads back) and French names and descriptions as localisations, all
 * from the catalogue (discord.*). Guild-only: the core's tenant is the guild.
 * @see https://discord.com/developers/docs/interactions/application-commands#subcommands-and-subcommand-groups
 * @see https://discord.com/developers/docs/interactions/application-commands#localization
 */
import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOptionChoice,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import {
  COMMAND_NAMES,
  CONTENT_ACTIONS,
  type CommandName,
  EXPORT_KINDS,
  WATCH_ACTIONS,
} from "../../../src/app/commands/command.js";
import { COMPARE_MAX_LAST } from "../../../src/app/commands/parse.js";
import { NOTE_KINDS } from "../../../src/domain/note.js";
import { MAX_ANONYMOUS_ANSWERS, MIN_ANONYMOUS_ANSWERS } from "../../../src/domain/polls.js";
import { type MessageKey, translator } from "../../../src/i18n/index.js";

export const COMMAND = "afterchat";

const en = translator("en");
const fr = translator("fr");

/** name + name_localizations, description + description_localizations, from one catalogue node. */
function named(node: string): {
  name: string;
  name_localizations: { fr: string };
  description: string;
  description_localizations: { fr: string };
} {
  const key = (leaf: string) => `discord.${node}.${leaf}` as MessageKey;
  return {
    name: en.t(key("name")),
    name_localizations: { fr: fr.t(key("name")) },
    description: en.t(key("description")),
    description_localizations: { fr: fr.t(key("description")) },
  };
}

export type OptionName = keyof typeof OPTION_NODES;

/** Option keys in the catalogue; two options may share a Discord name (`text`) in different sub-commands. */
const OPTION_NODES = {
  hashtag: "option.hashtag",
  title: "option.title",
  edition: "option.edition",
  file: "option.file",
  kind: "option.kind",
  noteText: "option.noteText",
  anonymous: "option.anonymous",
  min: "option.min",
  closes: "option.closes",
  taskText: "option.taskText",
  owner: "option.owner",
  due: "option.due",
  scope: "option.scope",
  what: "option.what",
  teamAction: "option.teamAction",
  person: "option.person",
  role: "option.role",
  serverRole: "option.serverRole",
  editionAction: "option.editionAction",
  topic: "option.topic",
  starts: "option.starts",
  code: "option.code",
  locale: "option.locale",
  contentAction: "option.contentAction",
  target: "option.target",
  plain: "option.plain",
  afterParty: "option.afterParty",
  theirs: "option.theirs",
  ours: "option.ours",
  last: "option.last",
  watchAction: "option.watchAction",
  schedule: "option.schedule",
  networks: "option.networks",
  hosts: "option.hosts",
  remindMinutes: "option.remindMinutes",
  watchNote: "option.watchNote",
  remindOn: "option.remindOn",
} as const;

/** The Discord option name the adapter reads for each option. */
export function optionName(option: OptionName): string {
  return en.t(`discord.${OPTION_NODES[option]}.name` as MessageKey);
}

function choices(group: string, values: readonly string[]): APIApplicationCommandOptionChoice<string>[] {
  return values.map((value) => {
    const key = `discord.choice.${group}.${value}` as MessageKey;
    return { name: en.t(key), name_localizations: { fr: fr.t(key) }, value };
  });
}

type Basic = APIApplicationCommandBasicOption;
const string = (option: OptionName, extra: Partial<Basic> = {}): Basic =>
  ({
    type: ApplicationCommandOptionType.String,
    ...named(OPTION_NODES[option]),
    required: false,
    ...extra,
  }) as Basic;
const integer = (
  option: OptionName,
  range: { min_value: number; max_value?: number } = { min_value: 1 },
): Basic =>
  ({
    type: ApplicationCommandOptionType.Integer,
    ...named(OPTION_NODES[option]),
    required: false,
    ...range,
  }) as Basic;
const boolean = (option: OptionName): Basic => ({
  type: ApplicationCommandOptionType.Boolean,
  ...named(OPTION_NODES[option]),
  required: false,
});
const user = (option: OptionName, required = false): Basic => ({
  type: ApplicationCommandOptionType.User,
  ...named(OPTION_NODES[option]),
  required,
});
/** A server role (option type 8); Discord offers the server's roles to pick from. */
const serverRole = (option: OptionName): Basic => ({
  type: ApplicationCommandOptionType.Role,
  ...named(OPTION_NODES[option]),
  required: false,
});
/**
 * A channel where an after-party can happen: text, announcement, forum, voice or stage (a voice
 * channel's text chat holds it, and its scheduled event takes place there).
 */
const partyChannel = (option: OptionName): Basic =>
  ({
    type: ApplicationCommandOptionType.Channel,
    ...named(OPTION_NODES[option]),
    required: false,
    channel_types: [
      ChannelType.GuildText,
      ChannelType.GuildAnnouncement,
      ChannelType.GuildForum,
      ChannelType.GuildVoice,
      ChannelType.GuildStageVoice,
    ],
  }) as Basic;
const attachment = (option: OptionName): Basic => ({
  type: ApplicationCommandOptionType.Attachment,
  ...named(OPTION_NODES[option]),
  required: false,
});
const choice = (option: OptionName, group: string, values: readonly string[], required = false): Basic =>
  string(option, { required, choices: choices(group, values) } as Partial<Basic>);

/** Options per sub-command; required ones first (Discord's rule). */
const OPTIONS: Record<CommandName, Basic[]> = {
  help: [],
  setup: [
    string("hashtag", { max_length: 100 } as Partial<Basic>),
    string("title", { max_length: 200 } as Partial<Basic>),
    partyChannel("afterParty"),
  ],
  stats: [integer("edition")],
  import: [attachment("file"), integer("edition")],
  note: [choice("kind", "kind", NOTE_KINDS), string("noteText", { max_length: 2000 } as Partial<Basic>)],
  notes: [integer("edition")],
  poll: [
    boolean("anonymous"),
    integer("min", { min_value: MIN_ANONYMOUS_ANSWERS, max_value: MAX_ANONYMOUS_ANSWERS }),
    string("closes", { max_length: 40 } as Partial<Basic>),
  ],
  task: [
    string("taskText", { required: true, max_length: 300 } as Partial<Basic>),
    user("owner"),
    string("due", { max_length: 100 } as Partial<Basic>),
  ],
  tasks: [choice("scope", "scope", ["mine", "all"])],
  playbook: [],
  roster: [],
  export: [choice("what", "what", EXPORT_KINDS, true)],
  team: [
    choice("teamAction", "teamAction", ["add", "remove", "list"], true),
    user("person"),
    serverRole("serverRole"),
    choice("role", "role", ["member", "moderator"]),
  ],
  edition: [
    choice("editionAction", "editionAction", ["new", "topic", "list"], true),
    string("topic", { max_length: 200 } as Partial<Basic>),
    string("starts", { max_length: 100 } as Partial<Basic>),
  ],
  link: [string("code", { max_length: 64 } as Partial<Basic>)],
  language: [choice("locale", "locale", ["fr", "en"], true)],
  creators: [choice("teamAction", "teamAction", ["add", "remove", "list"], true), serverRole("serverRole")],
  content: [
    choice("contentAction", "contentAction", CONTENT_ACTIONS, true),
    integer("edition"),
    string("target", { max_length: 300 } as Partial<Basic>),
    boolean("plain"),
  ],
  compare: [
    string("theirs", { required: true, max_length: 100 } as Partial<Basic>),
    string("ours", { max_length: 100 } as Partial<Basic>),
    integer("last", { min_value: 1, max_value: COMPARE_MAX_LAST }),
  ],
  watch: [
    choice("watchAction", "watchAction", WATCH_ACTIONS, true),
    string("hashtag", { max_length: 100 } as Partial<Basic>),
    string("schedule", { max_length: 100 } as Partial<Basic>),
    string("networks", { max_length: 200 } as Partial<Basic>),
    string("hosts", { max_length: 300 } as Partial<Basic>),
    integer("remindMinutes", { min_value: 0, max_value: 24 * 60 }),
    string("watchNote", { max_length: 500 } as Partial<Basic>),
    boolean("remindOn"),
  ],
};

function subcommand(name: CommandName): APIApplicationCommandSubcommandOption {
  return { type: ApplicationCommandOptionType.Subcommand, ...named(`sub.${name}`), options: OPTIONS[name] };
}

/** The one command, as the bulk-overwrite endpoint takes it. */
export function afterchatCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    name: COMMAND,
    description: en.t("discord.command.description"),
    description_localizations: { fr: fr.t("discord.command.description") },
    contexts: [InteractionContextType.Guild],
    options: COMMAND_NAMES.map(subcommand),
  };
}

/** The sub-command a Discord name stands for (English names are what Discord sends back). */
export function commandNameOf(subcommand: string): CommandName | null {
  return COMMAND_NAMES.find((name) => en.t(`discord.sub.${name}.name` as MessageKey) === subcommand) ?? null;
}
