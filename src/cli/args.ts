/** Command-line options, parsed with node:util parseArgs and checked into plain values. */
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { type Locale, pickLocale } from "../i18n/index.js";

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
  output: OutputOptions;
}

/** A problem with the arguments: a cli.* catalogue key and its values. */
export class ArgsError extends Error {
  constructor(
    readonly key: "badOption" | "badDate" | "badLang" | "badZone",
    readonly params: Record<string, string> = {},
  ) {
    super(key);
  }
}

const OPTIONS = {
  hashtag: { type: "string" },
  host: { type: "string", multiple: true },
  since: { type: "string" },
  until: { type: "string" },
  json: { type: "boolean" },
  md: { type: "boolean" },
  out: { type: "string" },
  lang: { type: "string" },
  tz: { type: "string" },
  owner: { type: "string" },
  instance: { type: "string" },
  edition: { type: "string" },
  workspace: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

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

function zone(value: string | undefined, fallback: string): string {
  const name = value ?? fallback;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return name;
  } catch {
    throw new ArgsError("badZone", { value: name });
  }
}

export function parseCliArgs(argv: string[], defaults: { locale: Locale; timeZone: string }): CliArgs {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ArgsError("badOption", {
      detail: error instanceof Error ? error.message.replace(/\.$/, "") : String(error),
    });
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && values.lang !== "fr" && values.lang !== "en")
    throw new ArgsError("badLang");
  if (values.json && values.md)
    throw new ArgsError("badOption", { detail: "--json and --md cannot be used together" });
  const edition = values.edition === undefined ? null : Number(values.edition);
  if (edition !== null && (!Number.isInteger(edition) || edition < 1))
    throw new ArgsError("badOption", {
      detail: `--edition must be a positive whole number (got "${values.edition}")`,
    });
  const [command = values.help ? "help" : "help", ...rest] = positionals;
  const timeZone = zone(values.tz, defaults.timeZone);
  return {
    command,
    positionals: rest,
    hashtag: values.hashtag ?? null,
    hosts: values.host ?? [],
    since: date("--since", values.since, timeZone),
    until: date("--until", values.until, timeZone),
    owner: values.owner ?? null,
    instance: values.instance ?? null,
    edition,
    workspace: values.workspace ?? null,
    output: {
      format: values.json ? "json" : "md",
      out: values.out ?? null,
      locale: values.lang ? pickLocale(values.lang) : defaults.locale,
      timeZone,
    },
  };
}
