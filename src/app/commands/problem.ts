/** A command line that could not be read, as a translated message with the syntax and a hint. */
import type { Platform } from "../../domain/workspace.js";
import type { Translator } from "../../i18n/index.js";
import { subcommandWord, usage } from "../../render/help/usage.js";
import { escapeMarkdown } from "../../render/markup.js";
import { type Message, message } from "../../render/message.js";
import type { CommandProblem } from "./command.js";
import type { MissingPart } from "./parse.js";

const PARTS: readonly MissingPart[] = [
  "duration",
  "title",
  "users",
  "what",
  "action",
  "topic",
  "locale",
  "kind",
  "roles",
];

export function problemMessage(t: Translator["t"], problem: CommandProblem, platform: Platform): Message {
  const command = problem.command ?? "help";
  const lines = [sentenceOf(t, problem)];
  if (problem.command) lines.push(t("commands.usage", { usage: `\`${usage(t, platform, command)}\`` }));
  lines.push(t("commands.hint"));
  return message(lines.join("\n"), [{ type: "section", text: lines.join("\n") }]);
}

function sentenceOf(t: Translator["t"], problem: CommandProblem): string {
  // The sub-command as the reader types it (`tâche` in French), as the usage line under it says.
  const command = subcommandWord(t, problem.command ?? "help");
  switch (problem.key) {
    case "unknown":
      return t("commands.problem.unknown", { detail: escapeMarkdown(problem.detail) });
    case "missing": {
      const part = PARTS.find((p) => p === problem.detail);
      return t("commands.problem.missing", {
        command,
        part: part ? t(`commands.parts.${part}`) : escapeMarkdown(problem.detail),
      });
    }
    case "invalid":
      return t("commands.problem.invalid", { command, detail: escapeMarkdown(problem.detail) });
  }
}
