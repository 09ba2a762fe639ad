/** Command-line options, parsed with node:util parseArgs and checked into plain values. */
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { COMPARE_MAX_LAST } from "../app/commands/command.js";
import { type Locale, pickLocale } from "../i18n/index.js";
import { type CsvSeparator, csvSeparatorFor } from "../render/csv.js";
import { COMMANDS, closest, OPTIONS, type OptionName, optionsOf } from "./options.js";

export interface OutputOptions {
  format: "json" | "md";
  out: string | null;
  locale: Locale;
  timeZone: string;
}

export interface CliArgs {
  command: string;
  positionals: string[];
  hashtag: string | null;
  hosts: string[];
  since: Date | null;
  until: Date | null;
  owner: string | null;
  instance: string | null;
  edition: number | null;
  workspace: string | null;
  title: string | null;
  schedule: string | null;
  networks: string | null;
  at: string | null;
  topic: string | null;
  /** `--threads`: worker threads for a large archive (report); null when not given. */
  threads: number | null;
  content: ContentArgs;
  /** `afterchat compare --last N`: editions to average (1 to COMPARE_MAX_LAST); null: the last one. */
  last: number | null;
  /** `afterchat watch add` only. */
  watch: { note: string | null; remind: string | null };
  output: OutputOptions;
  /** `export`: the CSV separator asked for (--sep, else --lang); null: the series' language decides. */
  separator: CsvSeparator | null;
}

/** `afterchat content` only: who not to quote, the embed style (`--title`/`--topic` are the shared fields). */
export interface ContentArgs {
  optOuts: string[];
  embeds: "official" | "plain";
  title: string | null;
  topic: string | null;
}

/** A problem with the arguments: a cli.* catalogue key and its values. Exit code 2. */
export class ArgsError extends Error {
  constructor(
    readonly key:
      | "badOption"
      | "unknownOption"
      | "unknownOptionGuess"
      | "optionNotFor"
      | "missingValue"
      | "noValue"
      | "unknownCommand"
      | "unknownCommandGuess"
      | "badDate"
      | "dateOrder"
      | "badLang"
      | "badSep"
      | "badZone"
      | "jsonAndMd"
      | "badEdition"
      | "badLast",
    readonly params: Record<string, string> = {},
  ) {
    super(key);
  }
}

/**
 * `--since` / `--until`: ISO 8601. A time without a zone ("2026-11-24T18:00") is in `--tz` when given, else
 * UTC (never the machine's own zone); a zone or offset in the value wins. A day alone starts at its midnight
 * for `--since` and, for `--until`, takes the whole day (to 23:59:59.999).
 */
const require = createRequire(import.meta.url);

function date(option: "--since" | "--until", value: string | undefined, timeZone: string): Date | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  // Loaded only when a date is given: most runs never need it, and its load time shows in `help`.
  const { DateTime } = require("luxon") as typeof import("luxon");
  const parsed = /^\d{4}-\d{2}-\d{2}/.test(trimmed)
    ? DateTime.fromISO(trimmed, { zone: timeZone, setZone: true })
    : null;
  if (parsed === null || !parsed.isValid) throw new ArgsError("badDate", { option, value });
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(trimmed);
  return (option === "--until" && dayOnly ? parsed.endOf("day") : parsed).toJSDate();
}

/** A thread count: a whole number from 1 (`--threads`, AFTERCHAT_THREADS). */
export function threadCount(option: string, value: string): number {
  const count = Number(value.trim());
  if (!Number.isInteger(count) || count < 1)
    throw new ArgsError("badOption", { detail: `${option} must be a whole number from 1 (got "${value}")` });
  return count;
}

function zone(value: string | undefined, fallback: string): string {
  const name = value ?? fallback;
  // The default needs no check: the first Intl.DateTimeFormat loads ICU's zone data (13-19 ms of CPU measured
  // at every start of the command line), and a report in UTC with --json never needs it.
  if (name === "UTC") return name;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return name;
  } catch {
    throw new ArgsError("badZone", { value: name });
  }
}

function tokensOf(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true })
    .tokens;
}

/** The command (first word), or help when there is none. */
function commandOf(argv: string[]): string {
  const first = tokensOf(argv).find((token) => token.kind === "positional");
  return first?.kind === "positional" ? first.value : "help";
}

/** Refuses unknown options (with the likely one), and options this command does not take. */
function checkOptionNames(argv: string[], command: string): void {
  const allowed = optionsOf(command);
  for (const token of tokensOf(argv)) {
    if (token.kind !== "option") continue;
    const option = token.rawName;
    if (!(token.name in OPTIONS)) {
      const guess = closest(token.name, allowed) ?? closest(token.name, Object.keys(OPTIONS));
      if (guess) throw new ArgsError("unknownOptionGuess", { option, guess: `--${guess}` });
      throw new ArgsError("unknownOption", { option, command });
    }
    if (!allowed.includes(token.name as OptionName)) throw new ArgsError("optionNotFor", { option, command });
  }
}

/** Node's parseArgs problems (an option without its value, a flag given one) in our words. */
function strictParse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const option = /'(-[^' ]+)/.exec(text)?.[1] ?? "";
    if (/argument missing/.test(text)) throw new ArgsError("missingValue", { option });
    if (/does not take an argument/.test(text)) throw new ArgsError("noValue", { option });
    throw new ArgsError("badOption", { detail: text.replace(/\.$/, "") });
  }
}

export function parseCliArgs(argv: string[], defaults: { locale: Locale; timeZone: string }): CliArgs {
  const command = commandOf(argv);
  if (!COMMANDS.includes(command)) {
    const guess = closest(command, COMMANDS);
    throw new ArgsError(guess ? "unknownCommandGuess" : "unknownCommand", { command, guess: guess ?? "" });
  }
  checkOptionNames(argv, command);
  const { values, positionals } = strictParse(argv);
  const lang = values.lang?.trim().toLowerCase();
  if (lang !== undefined && lang !== "fr" && lang !== "en")
    throw new ArgsError("badLang", { value: values.lang ?? "" });
  if (values.json && values.md) throw new ArgsError("jsonAndMd");
  const sep = values.sep?.trim();
  if (sep !== undefined && sep !== ";" && sep !== ",")
    throw new ArgsError("badSep", { value: values.sep ?? "" });
  const edition = values.edition === undefined ? null : Number(values.edition);
  if (edition !== null && (!Number.isInteger(edition) || edition < 1))
    throw new ArgsError("badEdition", { value: values.edition ?? "" });
  if (values.embeds !== undefined && values.embeds !== "official" && values.embeds !== "plain")
    throw new ArgsError("badOption", {
      detail: `--embeds must be official or plain (got "${values.embeds}")`,
    });
  const last = values.last === undefined ? null : Number(values.last);
  if (last !== null && (!Number.isInteger(last) || last < 1 || last > COMPARE_MAX_LAST))
    throw new ArgsError("badLast", { value: values.last ?? "", max: String(COMPARE_MAX_LAST) });
  const timeZone = zone(values.tz, defaults.timeZone);
  const since = date("--since", values.since, timeZone);
  const until = date("--until", values.until, timeZone);
  if (since && until && since.getTime() > until.getTime())
    throw new ArgsError("dateOrder", { since: values.since ?? "", until: values.until ?? "" });
  return {
    command: values.help ? "help" : values.version ? "version" : command,
    positionals: positionals.slice(1),
    hashtag: values.hashtag ?? null,
    hosts: values.host ?? [],
    since,
    until,
    owner: values.owner ?? null,
    instance: values.instance ?? null,
    edition,
    workspace: values.workspace ?? null,
    title: values.title ?? null,
    schedule: values.schedule ?? null,
    networks: values.networks ?? null,
    at: values.at ?? null,
    topic: values.topic ?? null,
    threads: values.threads === undefined ? null : threadCount("--threads", values.threads),
    content: {
      optOuts: (values["opt-out"] ?? []).flatMap((v) => v.split(",")).filter((v) => v.trim() !== ""),
      embeds: values.embeds === "plain" ? "plain" : "official",
      title: values.title ?? null,
      topic: values.topic ?? null,
    },
    separator: sep ?? (lang ? csvSeparatorFor(lang) : null),
    last,
    watch: { note: values.note ?? null, remind: values.remind ?? null },
    output: {
      format: values.json ? "json" : "md",
      out: values.out ?? null,
      locale: lang ? pickLocale(lang) : defaults.locale,
      timeZone,
    },
  };
}
