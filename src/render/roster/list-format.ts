/** Lists of names in a sentence: "@a, @b and @c" / "@a, @b et @c" (Intl.ListFormat, CLDR). */
import type { Locale } from "../../i18n/index.js";

export function listOf(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale === "fr" ? "fr" : "en-GB", { style: "long", type: "conjunction" }).format(
    items,
  );
}
