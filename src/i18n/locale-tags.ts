import type { Locale } from "./index.js";

/**
 * Full tags, so "en" formats the same on every machine whatever its default region. Apart from
 * render/report/format.ts (which re-exports it) so that the CLI's progress bar does not load the date
 * formatting and luxon with it.
 */
export const LOCALE_TAGS: Record<Locale, string> = { en: "en-US", fr: "fr-FR" };
