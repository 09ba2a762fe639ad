/**
 * `/afterchat help` as a neutral message, in the reader's language: one line per sub-command,
 * grouped, in the syntax of the reader's platform (help/usage.ts); the rule that picks the chat a command is about; then who may do what (the permission
 * table the dispatcher enforces, rows given by the caller: src/app/permission-table.ts).
 */
import type { CommandName } from "../app/commands/command.js";
import type { Platform } from "../domain/workspace.js";
import type { Translator } from "../i18n/index.js";
import { example, usage } from "./help/usage.js";
import { type Block, type Message, message } from "./message.js";

/** Every sub-command, in the group the help shows it under. */
export const HELP_GROUPS: ReadonlyArray<{
  group: "setup" | "debrief" | "next" | "learn";
  commands: CommandName[];
}> = [
  { group: "setup", commands: ["setup", "team", "link", "language", "creators", "help"] },
  { group: "debrief", commands: ["stats", "import", "note", "notes", "poll", "export", "roster", "content"] },
  { group: "next", commands: ["task", "tasks", "playbook", "edition"] },
  { group: "learn", commands: ["watch", "compare"] },
];

/** One row of the permission table: its catalogue id and the access level it grants. */
export interface PermissionLine {
  id: string;
  access: string;
}

/** Who may, in the platform's syntax (the creator level names `/afterchat creators add`). */
function accessText(t: Translator["t"], platform: Platform, access: string): string {
  const creatorsAdd = example(t, platform, "creators", [{ option: "teamAction", value: "add" }]);
  return t(`help.access.${access}` as Parameters<Translator["t"]>[0], { creatorsAdd: `\`${creatorsAdd}\`` });
}

/** "`team list`: the team (members and moderators)", one line per row. */
export function permissionLines(
  t: Translator["t"],
  platform: Platform,
  rows: readonly PermissionLine[],
): string[] {
  const key = (path: string) => path as Parameters<Translator["t"]>[0];
  return rows.map(
    (row) =>
      `${t("common.labelled", { label: t(key(`help.rows.${row.id}`)), value: accessText(t, platform, row.access) })}`,
  );
}

/** The same rows as a Markdown table (the README's, in Slack's words). */
export function permissionTable(t: Translator["t"], rows: readonly PermissionLine[]): string {
  const key = (path: string) => path as Parameters<Translator["t"]>[0];
  const cell = (text: string) => text.replace(/\|/gu, "\\|");
  const lines = rows.map(
    (row) => `| ${cell(t(key(`help.rows.${row.id}`)))} | ${cell(accessText(t, "slack", row.access))} |`,
  );
  return ["| Sub-command or button | Who may |", "|---|---|", ...lines].join("\n");
}

export function helpMessage(
  t: Translator["t"],
  platform: Platform,
  rows: readonly PermissionLine[] = [],
): Message {
  const blocks: Block[] = [
    { type: "header", text: t("help.title") },
    { type: "section", text: t(platform === "discord" ? "help.intro.discord" : "help.intro.words") },
  ];
  const plain: string[] = [t("help.title")];
  for (const { group, commands } of HELP_GROUPS) {
    const lines = commands.map((name) => `\`${usage(t, platform, name)}\`: ${t(`help.line.${name}`)}`);
    blocks.push({
      type: "section",
      text: [`**${t(`help.groups.${group}`)}**`, ...lines.map((l) => `- ${l}`)].join("\n"),
    });
    plain.push(
      `${t("common.labelled", { label: t(`help.groups.${group}`), value: commands.map((name) => usage(t, platform, name)).join(", ") })}`,
    );
  }
  blocks.push({ type: "context", text: t("help.where") });
  if (rows.length > 0)
    blocks.push({
      type: "section",
      text: [`**${t("help.whoTitle")}**`, ...permissionLines(t, platform, rows).map((l) => `- ${l}`)].join(
        "\n",
      ),
    });
  return message(plain.join("\n"), blocks);
}
