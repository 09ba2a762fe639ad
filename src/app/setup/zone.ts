/**
 * Time zones by IANA name. luxon says whether the runtime knows a zone; Intl gives its canonical
 * spelling ("europe/paris" -> "Europe/Paris") so the series stores one form.
 * @see https://moment.github.io/luxon/api-docs/index.html#ianazoneisvalidzone
 */
import { IANAZone } from "luxon";

export function canonicalZone(name: string): string | null {
  if (!IANAZone.isValidZone(name)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
