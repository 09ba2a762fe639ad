/**
 * The one message catalogue (French and English) behind every sentence afterchat shows.
 * i18next does the interpolation and CLDR plurals; the catalogue itself is typed TypeScript,
 * so a missing French key or a misspelt key is a compile error.
 */
import i18next, { type i18n } from "i18next";
import type { Platform } from "../domain/workspace.js";
import { discordCommandsIn } from "../render/help/commands-in-text.js";
import * as catalogue from "./catalogue/all.js";
import type { KeyPaths, Messages } from "./define.js";
import { frenchSpacing } from "./typography.js";

// Every area of ./catalogue/all.ts, by its name in message keys ("export.columns..." is exportArea).
const { exportArea, ...named } = catalogue;
const areas = { ...named, export: exportArea } as const;

type English = { [A in keyof typeof areas]: (typeof areas)[A]["en"] };
export type MessageKey = KeyPaths<English>;
export type MessageParams = Record<string, string | number | null | undefined>;

export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];

export interface Translator {
  readonly locale: Locale;
  t(key: MessageKey, params?: MessageParams): string;
}

/** The catalogue half as i18next gets it: French with its typography (./typography.ts), plurals completed. */
function resources(locale: Locale): Messages {
  const out: Record<string, Messages> = {};
  for (const [name, value] of Object.entries(areas))
    out[name] = withManyPlurals(locale === "fr" ? mapLeaves(value.fr, frenchSpacing) : value[locale]);
  return out;
}

function mapLeaves(messages: Messages, change: (text: string) => string): Messages {
  const out: Record<string, string | Messages> = {};
  for (const [key, value] of Object.entries(messages))
    out[key] = typeof value === "string" ? change(value) : mapLeaves(value, change);
  return out;
}

/** French CLDR has a "many" plural (1 000 000); reuse "other" wherever "many" is not written. */
function withManyPlurals(messages: Messages): Messages {
  const out: Record<string, string | Messages> = {};
  for (const [key, value] of Object.entries(messages)) {
    out[key] = typeof value === "string" ? value : withManyPlurals(value);
    const base = key.endsWith("_other") ? key.slice(0, -"_other".length) : null;
    if (base !== null && typeof value === "string" && !(`${base}_many` in messages))
      out[`${base}_many`] = value;
  }
  return out;
}

/** Placeholders holding numbers that are names, not quantities: a port, an id, an edition or poll number. */
const RAW_NUMBERS = new Set(["port", "id", "code", "ref", "number", "ordinal", "year"]);
const numberFormats = new Map<string, Intl.NumberFormat>();

function formatValue(value: unknown, format: string | undefined, lng: string | undefined, options?: object) {
  const key = (options as { interpolationkey?: string } | undefined)?.interpolationkey ?? "";
  if (typeof value !== "number" || !Number.isFinite(value) || format !== undefined || RAW_NUMBERS.has(key))
    return value;
  if (Number.isSafeInteger(value) && !Object.is(value, -0))
    return groupDigits(value, lng === "fr" ? FR_GROUP : ",");
  const tag = lng === "fr" ? "fr-FR" : "en-US";
  const numbers = numberFormats.get(tag) ?? new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  numberFormats.set(tag, numbers);
  return numbers.format(value);
}

/** What Intl.NumberFormat writes between groups of three digits in French (CLDR): a narrow no-break space. */
const FR_GROUP = "\u202f";

/**
 * An integer as Intl.NumberFormat("en-US" | "fr-FR") writes it ("-12,345" / "-12 345"), without it: the
 * first Intl.NumberFormat loads ICU's number data, a tenth of a small `afterchat report`'s start-up, for a
 * summary line of counts (test/i18n/numbers.test.ts holds it to Intl's output).
 */
export function groupDigits(value: number, separator: string): string {
  const digits = String(Math.abs(value));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let index = out.length; index < digits.length; index += 3)
    out += separator + digits.slice(index, index + 3);
  return value < 0 ? `-${out}` : out;
}

let instance: i18n | null = null;

function engine(): i18n {
  if (instance) return instance;
  const created = i18next.createInstance();
  void created.init({
    initAsync: false,
    lng: "en",
    fallbackLng: "en",
    // French is added by the first translator that reads it (plain): a command run in English, as most
    // scripted ones are, does not build the French catalogue with its typography at start-up.
    resources: { en: { translation: resources("en") } },
    // Every number a sentence shows is written as its language writes it (1,500 / 1 500, 4.5 /
    // 4,5), except the few that are identifiers rather than quantities.
    interpolation: { escapeValue: false, alwaysFormat: true, format: formatValue },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<i18n["init"]>[0]);
  instance = created;
  return created;
}

function plain(locale: Locale): Translator["t"] {
  const created = engine();
  if (!created.hasResourceBundle(locale, "translation"))
    created.addResourceBundle(locale, "translation", resources(locale));
  const fixed = created.getFixedT(locale);
  return (key, params) => fixed(key, params ?? {}) as string;
}

const translators = new Map<string, Translator>();

/**
 * The sentences of one language, made once per language and platform (every request asks for
 * one; a new one each time was garbage). With a platform, the command examples in them are written
 * as that platform types them (Discord: slash-command options, src/render/help/commands-in-text.ts);
 * without, in Slack's words (Slack and the CLI).
 */
export function translator(locale: Locale, platform?: Platform | (string & {}) | null): Translator {
  const discord = platform === "discord";
  const cacheKey = discord ? `${locale}:discord` : locale;
  let made = translators.get(cacheKey);
  if (!made) {
    const t = plain(locale);
    // Only Discord's rewriting reads both languages: an English command line never builds the French half.
    made = discord ? { locale, t: withDiscordCommands(t) } : { locale, t };
    translators.set(cacheKey, made);
  }
  return made;
}

function withDiscordCommands(t: Translator["t"]): Translator["t"] {
  const readers = LOCALES.map(plain);
  return (key, params) => discordCommandsIn(t(key, params), t, readers);
}

/** The first candidate that names a supported language ("fr-FR", "fr_CA", "en-GB"...), else English. */
export function pickLocale(...candidates: Array<string | null | undefined>): Locale {
  for (const candidate of candidates) {
    const lang = candidate?.toLowerCase().split(/[-_]/)[0];
    if (lang === "fr" || lang === "en") return lang;
  }
  return "en";
}

export function isLocale(value: unknown): value is Locale {
  return value === "en" || value === "fr";
}

/** Every area, for the catalogue tests. */
export const CATALOGUE = areas;

/** One language's catalogue as loaded (French typography applied), for the catalogue tests. */
export function loadedCatalogue(locale: Locale): Messages {
  return resources(locale);
}
