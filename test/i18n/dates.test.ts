/**
 * The one date style per language (src/i18n/dates.ts): the same instant written for English and
 * French readers, in the series' zone, the zone named on what people act by.
 */
import { describe, expect, it } from "vitest";
import { formatDate } from "../../src/i18n/dates.js";

/** ICU may put a narrow no-break space before AM/PM; read it as a space here. */
const plain = (text: string) => text.replace(/\u202F/gu, " ");
const AT = new Date("2026-12-08T17:30:00Z");

describe("one date style per language", () => {
  it.each([
    ["en", "day", "Tue, Dec 8"],
    ["fr", "day", "mar. 8 déc."],
    ["en", "dateTime", "Tue, Dec 8, 2026, 6:30 PM"],
    ["fr", "dateTime", "mar. 8 déc. 2026, 18:30"],
    ["en", "zoned", "Tue, Dec 8, 2026, 6:30 PM (Europe/Paris)"],
    ["fr", "zoned", "mar. 8 déc. 2026, 18:30 (Europe/Paris)"],
  ] as const)("GIVEN %s and the %s style THEN Paris time reads %j", (locale, style, expected) => {
    expect(plain(formatDate(AT, locale, "Europe/Paris", style))).toBe(expected);
  });

  it("GIVEN another zone THEN the clock and the name are that zone's", () => {
    expect(plain(formatDate(AT, "en", "America/New_York", "zoned"))).toBe(
      "Tue, Dec 8, 2026, 12:30 PM (America/New_York)",
    );
  });

  it("GIVEN a zone nobody knows THEN UTC, named", () => {
    expect(plain(formatDate(AT, "fr", "Mars/Olympus", "zoned"))).toBe("mar. 8 déc. 2026, 17:30 (UTC)");
  });
});
