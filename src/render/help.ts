/**
 * `/afterchat help` as a neutral message, in the reader's language: one line per sub-command,
 * grouped; the rule that picks the chat a command is about; then who may do what (the permission
 * table the dispatcher enforces, rows given by the caller: src/app/permission-table.ts).
 */
import type { CommandName } from "../app/commands/command.js";
import type { Translator } from "../i18n/index.js";
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

/** "`team list`: the team (members and moderators)", one line per row. */
export function permissionLines(t: Translator["t"], rows: readonly PermissionLine[]): string[] {
  const key = (path: string) => path as Parameters<Translator["t"]>[0];
  return rows.map((row) => `${t(key(`help.rows.${row.id}`))}: ${t(key(`help.access.${row.access}`))}`);
}

/** The same rows as a Markdown table (the README's). */
export function permissionTable(t: Translator["t"], rows: readonly PermissionLine[]): string {
  const key = (path: string) => path as Parameters<Translator["t"]>[0];
  const cell = (path: string) => t(key(path)).replace(/\|/gu, "\\|");
  const lines = rows.map(
    (row) => `| ${cell(`help.rows.${row.id}`)} | ${cell(`help.access.${row.access}`)} |`,
  );
  return ["| Sub-command or button | Who may |", "|---|---|", ...lines].join("\n");
}

export function helpMessage(t: Translator["t"], rows: readonly PermissionLine[] = []): Message {
  const blocks: Block[] = [
    { type: "header", text: t("help.title") },
    { type: "section", text: t("help.intro") },
  ];
  const plain: string[] = [t("help.title")];
  for (const { group, commands } of HELP_GROUPS) {
    const lines = commands.map((name) => `\`${t(`help.usage.${name}`)}\`: ${t(`help.line.${name}`)}`);
    blocks.push({
      type: "section",
      text: [`**${t(`help.groups.${group}`)}**`, ...lines.map((l) => `- ${l}`)].join("\n"),
    });
    plain.push(`${t(`help.groups.${group}`)}: ${commands.map((name) => t(`help.usage.${name}`)).join(", ")}`);
  }
  blocks.push({ type: "context", text: t("help.where") });
  if (rows.length > 0)
    blocks.push({
      type: "section",
      text: [`**${t("help.whoTitle")}**`, ...permissionLines(t, rows).map((l) => `- ${l}`)].join("\n"),
    });
  return message(plain.join("\n"), blocks);
}
