/** Types of what scripts/flatten-catalogue.mjs exports (tests import it; the rest is its command line). */

/** The text of one ES module exporting each of `areas` under its name, parsed from a single JSON string. */
export function flatModule(areas: Record<string, unknown>): string;
