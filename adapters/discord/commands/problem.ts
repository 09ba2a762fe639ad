/**
 * A command Discord's options could not make (options.ts), as the sentence to answer. Missing
 * options are named the way Discord shows them (`person`, `topic`); everything else reads as
 * Slack's parser problems do (src/app/commands/problem.ts).
 */
import type { CommandProblem } from "../../../src/app/commands/command.js";
import { problemMessage } from "../../../src/app/commands/problem.js";
import type { Translator } from "../../../src/i18n/index.js";
import { type Message, sentence } from "../../../src/render/message.js";

const DISCORD_WORDING = {
  kind: "discord.problem.kindMissing",
  users: "discord.problem.personMissing",
  topic: "discord.problem.topicMissing",
} as const;

export function optionProblemMessage(t: Translator["t"], problem: CommandProblem): Message {
  if (problem.key === "missing" && Object.hasOwn(DISCORD_WORDING, problem.detail))
    return sentence(t(DISCORD_WORDING[problem.detail as keyof typeof DISCORD_WORDING]));
  return problemMessage(t, problem, "discord");
}
