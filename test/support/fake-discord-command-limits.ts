/**
 * What real Discord refuses when an application command is registered (400, code 50035): names
 * (and their localisations) 1-32 characters of `^[-_'\p{L}\p{N}]+$` in lower case, descriptions
 * and choice names 1-100, at most 25 options and 25 choices, and at most 4,000 characters of
 * names, descriptions and choice values in all (the longest localisation of each field counts).
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming
 * @see https://discord.com/developers/docs/interactions/application-commands#registering-a-command
 */
import type { Json } from "./fake-discord-data.js";

const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const len = (value: unknown) => (typeof value === "string" ? [...value].length : 0);
const localized = (node: Json, field: string): string[] => [
  String(node[field] ?? ""),
  ...Object.values((node[`${field}_localizations`] as Record<string, string> | null | undefined) ?? {}),
];
const longest = (texts: string[]) => Math.max(...texts.map(len));

function nodeProblem(node: Json, isChoice: boolean): string | null {
  for (const name of localized(node, "name")) {
    if (isChoice ? len(name) < 1 || len(name) > 100 : !NAME.test(name) || name !== name.toLowerCase())
      return `name: invalid ${JSON.stringify(name)}`;
  }
  if (!isChoice)
    for (const description of localized(node, "description"))
      if (len(description) < 1 || len(description) > 100)
        return `description: must be between 1 and 100 in length (${JSON.stringify(description)})`;
  const options = (node.options as Json[] | undefined) ?? [];
  const choices = (node.choices as Json[] | undefined) ?? [];
  if (options.length > 25) return "options: must be 25 or fewer in length";
  if (choices.length > 25) return "choices: must be 25 or fewer in length";
  for (const child of options) {
    const problem = nodeProblem(child, false);
    if (problem) return problem;
  }
  for (const choice of choices) {
    const problem = nodeProblem(choice, true);
    if (problem) return problem;
  }
  return null;
}

/** Characters Discord counts against a command's 4,000. */
export function commandSize(node: Json): number {
  const own =
    longest(localized(node, "name")) +
    (node.description === undefined ? 0 : longest(localized(node, "description"))) +
    len(node.value);
  const children = [
    ...((node.options as Json[] | undefined) ?? []),
    ...((node.choices as Json[] | undefined) ?? []),
  ];
  return children.reduce((sum, child) => sum + commandSize(child), own);
}

export function commandLimitProblem(command: Json): string | null {
  const problem = nodeProblem(command, false);
  if (problem) return problem;
  const size = commandSize(command);
  return size > 4000 ? `Command exceeds maximum size (4000): ${size}` : null;
}
