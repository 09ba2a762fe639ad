/**
 * chrono-node (dates in words), loaded on the first date read rather than at start-up: it is one of the
 * largest modules the bot loads (`npm run bench`: time to readyz). Every caller goes through here, so
 * one copy (its CommonJS build) is loaded.
 */
import { createRequire } from "node:module";
import type * as Chrono from "chrono-node";

export type { Chrono as ChronoParser } from "chrono-node";

const require = createRequire(import.meta.url);
let loaded: typeof Chrono | null = null;

/** The English and French casual parsers. */
export function chronoParsers(): { en: Chrono.Chrono; fr: Chrono.Chrono } {
  loaded ??= require("chrono-node") as typeof Chrono;
  return { en: loaded.en.casual, fr: loaded.fr.casual };
}
