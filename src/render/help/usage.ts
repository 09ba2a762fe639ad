/**
 * The syntax model (syntax.ts) as each platform has it. Slack and the CLI type words after
 * `/afterchat` (src/app/commands/parse.ts reads them); Discord fills slash-command options, shown
 * as `name:value` with the option names of the reader's language (the `name_localizations`
 * adapters/discord/commands/definition.ts registers).
 * @see https://discord.com/developers/docs/interactions/application-commands#slash-commands
 */
import type { CommandName } from "../../app/commands/command.js";
import type { Platform } from "../../domain/workspace.js";
import type { MessageKey, Translator } from "../../i18n/index.js";
import { type Form, type Part, SYNTAX, type SyntaxOption } from "./syntax.js";

type T = Translator["t"];
const key = (path: string) => path as MessageKey;

/** The sub-command's name in the reader's language: one list both platforms accept. */
export function subcommandWord(t: T, command: CommandName): string {
  return t(key(`discord.sub.${command}.name`));
}

/** The Discord option's name in the reader's language. */
export function optionWord(t: T, option: SyntaxOption): string {
  return t(key(`discord.option.${option}.name`));
}

/** A choice value as the reader types it (and as Discord's choice list finds it). */
export function choiceWord(t: T, option: SyntaxOption, value: string): string {
  return t(key(`help.words.${option}.${value}`));
}

const optional = (text: string, isOptional: boolean | undefined) => (isOptional ? `[${text}]` : text);

function wordsPart(t: T, part: Part): string | null {
  switch (part.kind) {
    case "choice":
      return optional(part.values.map((v) => choiceWord(t, part.option, v)).join("|"), part.optional);
    case "text":
      return optional(t(key(`help.placeholder.${part.placeholder}`)), part.optional);
    case "keyword":
      return `[${t(key(`help.keyword.${part.option}`))} ${t(key(`help.example.${part.example}`))}]`;
    case "flag":
      return `[${t(key(`help.flag.${part.option}`))}]`;
    case "mention": {
      const text = `@${t(key(`help.placeholder.${part.placeholder}`))}${part.many ? "..." : ""}`;
      return optional(text, part.optional);
    }
    case "discord":
      return null;
  }
}

function discordPart(t: T, part: Part): string {
  const name = optionWord(t, part.option);
  switch (part.kind) {
    case "choice":
      return optional(
        `${name}:${part.values.map((v) => choiceWord(t, part.option, v)).join("|")}`,
        part.optional,
      );
    case "text":
      return optional(`${name}:${t(key(`help.discordValue.${part.placeholder}`))}`, part.optional);
    case "keyword":
      return `[${name}:${t(key(`help.example.${part.example}`))}]`;
    case "flag":
      return `[${name}:True]`;
    case "mention":
      return optional(`${name}:@…`, part.optional);
    case "discord":
      return optional(`${name}:${t(key(`help.discordValue.${part.value}`))}`, part.optional);
  }
}

function formText(t: T, platform: Platform, command: CommandName, form: Form): string {
  const parts =
    platform === "discord"
      ? form.map((part) => discordPart(t, part))
      : form.flatMap((part) => wordsPart(t, part) ?? []);
  return [subcommandWord(t, command), ...parts].join(" ");
}

/** `/afterchat note good|bad|best|insight [text]` (Slack) or `/afterchat note kind:good|… [text:…]`. */
export function usage(t: T, platform: Platform, command: CommandName): string {
  return `/afterchat ${SYNTAX[command].map((form) => formText(t, platform, command, form)).join(" | ")}`;
}

/** One value of an example: a choice (`value`) or what the reader would type (`text`). */
export type Argument = { option: SyntaxOption } & ({ value: string } | { text: string });

/** One argument as typed: `moderator` (Slack) or `role:moderator` (Discord). */
export function argument(t: T, platform: Platform, arg: Argument): string {
  const value = "value" in arg ? choiceWord(t, arg.option, arg.value) : arg.text;
  return platform === "discord" ? `${optionWord(t, arg.option)}:${value}` : value;
}

/** A ready-to-type example: `/afterchat team add @someone` or `/afterchat team action:add person:@someone`. */
export function example(
  t: T,
  platform: Platform,
  command: CommandName,
  args: readonly Argument[] = [],
): string {
  return ["/afterchat", subcommandWord(t, command), ...args.map((arg) => argument(t, platform, arg))].join(
    " ",
  );
}
