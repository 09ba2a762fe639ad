/**
 * One neutral model of each sub-command's syntax, rendered per platform (usage.ts): Slack and the
 * CLI read words (`note good|bad [text]`), Discord reads slash-command options (`note kind:good
 * text:…`). A part names the Discord option it stands for (the catalogue's `discord.option.*`
 * node, the same one adapters/discord/commands/definition.ts registers), so the two renderings
 * cannot drift from what each platform accepts.
 */
import type { CommandName } from "../../app/commands/command.js";

/** The Discord option nodes (`discord.option.<name>`) a help line may show. */
export type SyntaxOption =
  | "hashtag"
  | "title"
  | "afterParty"
  | "edition"
  | "file"
  | "kind"
  | "noteText"
  | "anonymous"
  | "min"
  | "closes"
  | "taskText"
  | "owner"
  | "due"
  | "scope"
  | "what"
  | "teamAction"
  | "person"
  | "role"
  | "serverRole"
  | "editionAction"
  | "topic"
  | "starts"
  | "code"
  | "locale"
  | "contentAction"
  | "target"
  | "plain";

export type Part =
  /** One of fixed values: words `help.words.<option>.<value>` (Slack `a|b`, Discord `name:a|b`). */
  | { kind: "choice"; option: SyntaxOption; values: readonly string[]; optional?: boolean }
  /** Free text: Slack shows `help.placeholder.<placeholder>`, Discord `name:…`. */
  | { kind: "text"; option: SyntaxOption; placeholder: string; optional?: boolean }
  /** A word then a value (Slack `closes 48h`), Discord `name:48h`: `help.keyword.<option>`. */
  | { kind: "keyword"; option: SyntaxOption; example: string }
  /** A word alone (Slack `anonymous`), Discord `name:True`: `help.flag.<option>`. */
  | { kind: "flag"; option: SyntaxOption }
  /** Someone or a role (Slack `@person...`), Discord `name:@…`. */
  | { kind: "mention"; option: SyntaxOption; placeholder: string; optional?: boolean; many?: boolean }
  /** What only one kind of platform has (Discord's attachment and channel options). */
  | { kind: "discord"; option: SyntaxOption; value: string; optional?: boolean };

/** One way to write a sub-command; a sub-command may have several (`edition new`, `edition list`). */
export type Form = readonly Part[];

const editionNumber: Part = { kind: "text", option: "edition", placeholder: "edition", optional: true };
const contentTarget = (placeholder: string, optional = false): Part => ({
  kind: "text",
  option: "target",
  placeholder,
  optional,
});
const contentAction = (...values: string[]): Part => ({ kind: "choice", option: "contentAction", values });

export const SYNTAX: Record<CommandName, readonly Form[]> = {
  help: [[]],
  setup: [
    [
      { kind: "text", option: "hashtag", placeholder: "hashtag" },
      { kind: "text", option: "title", placeholder: "title", optional: true },
      { kind: "discord", option: "afterParty", value: "channel", optional: true },
    ],
  ],
  team: [
    [
      { kind: "choice", option: "teamAction", values: ["add", "remove", "list"] },
      { kind: "mention", option: "person", placeholder: "person", optional: true, many: true },
      { kind: "mention", option: "serverRole", placeholder: "group", optional: true, many: true },
      { kind: "choice", option: "role", values: ["moderator"], optional: true },
    ],
  ],
  link: [[{ kind: "text", option: "code", placeholder: "code", optional: true }]],
  language: [[{ kind: "choice", option: "locale", values: ["fr", "en"] }]],
  stats: [[editionNumber]],
  import: [[{ kind: "discord", option: "file", value: "file" }, editionNumber]],
  note: [
    [
      { kind: "choice", option: "kind", values: ["good", "bad", "best", "insight"] },
      { kind: "text", option: "noteText", placeholder: "text", optional: true },
    ],
  ],
  notes: [[editionNumber]],
  poll: [
    [
      { kind: "flag", option: "anonymous" },
      { kind: "keyword", option: "min", example: "answers" },
      { kind: "keyword", option: "closes", example: "duration" },
    ],
  ],
  export: [[{ kind: "choice", option: "what", values: ["notes", "tasks", "roster", "posts"] }]],
  roster: [[]],
  task: [
    [
      { kind: "mention", option: "owner", placeholder: "owner", optional: true },
      { kind: "text", option: "taskText", placeholder: "text" },
      { kind: "keyword", option: "due", example: "friday" },
    ],
  ],
  tasks: [[{ kind: "choice", option: "scope", values: ["mine", "all"], optional: true }]],
  playbook: [[]],
  edition: [
    [
      { kind: "choice", option: "editionAction", values: ["new"] },
      { kind: "text", option: "topic", placeholder: "topic", optional: true },
      { kind: "keyword", option: "starts", example: "date" },
    ],
    [
      { kind: "choice", option: "editionAction", values: ["topic"] },
      { kind: "text", option: "topic", placeholder: "text" },
    ],
    [{ kind: "choice", option: "editionAction", values: ["list"] }],
  ],
  creators: [
    [
      { kind: "choice", option: "teamAction", values: ["list", "add", "remove"] },
      { kind: "mention", option: "serverRole", placeholder: "role", optional: true, many: true },
    ],
  ],
  content: [
    [
      contentAction("recap", "transcript", "script", "cards", "story", "recycle"),
      editionNumber,
      { kind: "flag", option: "plain" },
    ],
    [contentAction("optout", "optin"), contentTarget("handleNetwork")],
    [contentAction("optouts")],
    [contentAction("approval"), contentTarget("onOff")],
    [contentAction("requests"), editionNumber],
    [contentAction("approve"), contentTarget("handleLink")],
  ],
};
