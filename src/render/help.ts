/** `/afterchat help` as a neutral message: one line per sub-command, grouped, in the reader's language. */
import type { CommandName } from "../app/commands/command.js";
import type { Translator } from "../i18n/index.js";
import { type Block, type Message, message } from "./message.js";

/** Every sub-command, in the group the help shows it under. */
export const HELP_GROUPS: ReadonlyArray<{ group: "setup" | "debrief" | "next"; commands: CommandName[] }> = [
  { group: "setup", commands: ["setup", "team", "link", "language", "help"] },
  { group: "debrief", commands: ["stats", "import", "note", "notes", "poll", "export", "roster"] },
  { group: "next", commands: ["task", "tasks", "playbook", "edition"] },
];

export function helpMessage(t: Translator["t"]): Message {
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
  return message(plain.join("\n"), blocks);
}
