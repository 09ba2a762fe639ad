/**
 * Command examples inside sentences, as each platform types them. The catalogue writes them once,
 * in Slack's words (`/afterchat note good …`, what Slack and the CLI read); on Discord the same
 * example becomes slash-command options (`/afterchat note kind:good noteText:…`) with the option
 * names of the reader's language. The syntax model (syntax.ts) says which word is which option,
 * so the help, the usage hints and every sentence agree with what each platform accepts.
 *
 * An example that is already in options (made with usage.ts `example()`), a usage line
 * (`a|b`, `[…]`) or one the model cannot read is left as it is: the catalogue test
 * (test/i18n/commands-in-text.test.ts) fails on any Slack syntax left on Discord.
 */
import type { CommandName } from "../../app/commands/command.js";
import type { Translator } from "../../i18n/index.js";
import { type Part, SYNTAX } from "./syntax.js";
import { choiceWord, optionWord, subcommandWord } from "./usage.js";

type T = Translator["t"];
type MessageKeyOf = Parameters<T>[0];
const key = (path: string) => path as MessageKeyOf;

/** A code span holding a command: `` `/afterchat …` ``. */
const SPAN = /`\/afterchat ([^`\n]+)`/gu;
/** A token already written as a Discord option (`kind:good`, `[edition:3]`; not `18:00`). */
const OPTION = /^\[?\p{L}[\p{L}\p{N}_-]*:/u;
/** Free texts that are one word (a hashtag), leaving the rest to the texts after them. */
const ONE_WORD = new Set(["hashtag", "ours", "theirs"]);

const fold = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * Rewrites the command examples of `text` for Discord. `t` gives the reader's words (option names
 * and choices); `readers` are every language's translators, for reading the catalogue's words.
 */
export function discordCommandsIn(text: string, t: T, readers: readonly T[]): string {
  if (!text.includes("`/afterchat ")) return text;
  return text.replace(SPAN, (whole, inner: string) => {
    const rewritten = toDiscord(inner.trim(), t, readers);
    return rewritten === null ? whole : `\`/afterchat ${rewritten}\``;
  });
}

/** Whether a command example in `text` is still in Slack's words (for the catalogue test). */
export function slackCommandsIn(text: string): string[] {
  // On Discord the word after the sub-command is always an option (values may hold spaces).
  return [...text.matchAll(SPAN)]
    .map((m) => m[1]!.trim())
    .filter((inner) => {
      const first = inner.split(/\s+/u)[1];
      return first !== undefined && !OPTION.test(first);
    });
}

/** Whether `text` shows Discord options in a command example (for Slack, the catalogue test). */
export function discordOptionsIn(text: string): string[] {
  return [...text.matchAll(SPAN)]
    .map((m) => m[1]!.trim())
    .filter((inner) =>
      inner
        .split(/\s+/u)
        .slice(1)
        .some((token) => OPTION.test(token)),
    );
}

function commandOf(word: string, readers: readonly T[]): CommandName | null {
  const folded = fold(word);
  for (const command of Object.keys(SYNTAX) as CommandName[])
    if (fold(command) === folded || readers.some((r) => fold(subcommandWord(r, command)) === folded))
      return command;
  return null;
}

function toDiscord(inner: string, t: T, readers: readonly T[]): string | null {
  const [sub, ...tokens] = inner.split(/\s+/u);
  const command = sub ? commandOf(sub, readers) : null;
  if (!command) return null;
  // Already options, or a usage line (`a|b`, `[…]`): nothing to do.
  if (tokens.some((token) => OPTION.test(token) || token.includes("|") || token.startsWith("["))) return null;
  const name = subcommandWord(t, command);
  if (tokens.length === 0) return name;
  for (const form of SYNTAX[command]) {
    const options = readForm(form, tokens, t, readers);
    if (options) return [name, ...options].join(" ");
  }
  return null;
}

/** The tokens as this form's options (`name:value`), or null when they do not fit it. */
function readForm(
  form: readonly Part[],
  all: readonly string[],
  t: T,
  readers: readonly T[],
): string[] | null {
  const keywords = new Map<string, string>();
  let tokens = [...all];
  // A keyword and its value (`due friday`, `at 2026-12-03 18:00`) stand anywhere after the start.
  for (const part of form) {
    if (part.kind !== "keyword") continue;
    const words = readers.map((r) => fold(r(key(`help.keyword.${part.option}`))));
    const at = tokens.findIndex((token, i) => i > 0 && words.includes(fold(token)));
    if (at < 0) continue;
    const others = form.flatMap((p) =>
      p.kind === "keyword" && p !== part ? readers.map((r) => fold(r(key(`help.keyword.${p.option}`)))) : [],
    );
    let end = at + 1;
    while (end < tokens.length && !others.includes(fold(tokens[end]!))) end += 1;
    if (end === at + 1) return null;
    keywords.set(part.option, tokens.slice(at + 1, end).join(" "));
    tokens = [...tokens.slice(0, at), ...tokens.slice(end)];
  }
  const out: string[] = [];
  for (const [index, part] of form.entries()) {
    const option = optionWord(t, part.option);
    const next = tokens[0];
    switch (part.kind) {
      case "choice": {
        const value = next === undefined ? undefined : choiceOf(part.option, part.values, next, readers);
        if (value === undefined) {
          if (part.optional) break;
          return null;
        }
        out.push(`${option}:${choiceWord(t, part.option, value)}`);
        tokens.shift();
        break;
      }
      case "flag": {
        const words = readers.map((r) => fold(r(key(`help.flag.${part.option}`))));
        if (next !== undefined && words.includes(fold(next))) {
          out.push(`${option}:True`);
          tokens.shift();
        }
        break;
      }
      case "keyword": {
        const value = keywords.get(part.option);
        if (value !== undefined) out.push(`${option}:${value}`);
        break;
      }
      case "mention": {
        const taken: string[] = [];
        while (tokens[0]?.startsWith("@")) taken.push(tokens.shift()!);
        if (taken.length) out.push(`${option}:${taken.join(" ")}`);
        else if (!part.optional) return null;
        break;
      }
      case "text": {
        // Leave one token for each free text still required after this one.
        const after = form.slice(index + 1).filter((p) => p.kind === "text" && !p.optional).length;
        const count = ONE_WORD.has(part.option)
          ? Math.min(1, tokens.length - after)
          : Math.max(0, tokens.length - after);
        const taken = tokens.splice(0, part.optional && count === 0 ? 0 : count);
        if (taken.length) out.push(`${option}:${taken.join(" ")}`);
        else if (!part.optional) return null;
        break;
      }
      case "discord":
        break;
    }
  }
  return tokens.length === 0 ? out : null;
}

function choiceOf(
  option: Part["option"],
  values: readonly string[],
  token: string,
  readers: readonly T[],
): string | undefined {
  const folded = fold(token);
  return values.find(
    (value) => fold(value) === folded || readers.some((r) => fold(choiceWord(r, option, value)) === folded),
  );
}
