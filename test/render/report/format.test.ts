import { describe, expect, it } from "vitest";
import { formatFor } from "../../../src/render/report/format.js";

const NNBSP = "\u202f";
/** ICU writes a no-break space before "%" in French (CLDR fr percent pattern). */
const NBSP = "\u00a0";

describe("locale formats", () => {
  const en = formatFor("en", "Europe/Paris");
  const fr = formatFor("fr", "Europe/Paris");

  it("GIVEN a count WHEN formatted THEN English groups with commas and French with narrow spaces", () => {
    expect(en.count(12345)).toBe("12,345");
    expect(fr.count(12345)).toBe(`12${NNBSP}345`);
  });

  it("GIVEN a ratio WHEN shown as a percentage THEN each locale places its sign as it writes it", () => {
    expect(en.percent(0.042)).toBe("4.2%");
    expect(fr.percent(0.042)).toBe(`4,2${NBSP}%`);
  });

  it("GIVEN a rise WHEN signed THEN it reads +12 (+8.5%)", () => {
    expect(en.signed(12, 8.5)).toBe("+12 (+8.5%)");
    expect(fr.signed(12, 8.5)).toBe(`+12 (+8,5${NBSP}%)`);
  });

  it("GIVEN a fall WHEN signed THEN it uses a true minus sign, not a hyphen", () => {
    expect(en.signed(-3, -2.1)).toBe("−3 (−2.1%)");
    expect(fr.signed(-1234, -2.1)).toBe(`−1${NNBSP}234 (−2,1${NBSP}%)`);
  });

  it("GIVEN no previous value to compare with WHEN signed THEN only the absolute change shows", () => {
    expect(en.signed(7, null)).toBe("+7");
  });

  it("GIVEN an instant in UTC WHEN shown THEN it is the wall-clock time of the requested zone", () => {
    expect(fr.time("2025-03-04T17:05:00Z")).toBe("18:05");
    expect(en.time("2025-03-04T17:05:00Z")).toMatch(/^6:05\sPM$/);
    expect(formatFor("en", "America/New_York").time("2025-03-04T17:05:00Z")).toMatch(/^12:05\sPM$/);
    expect(fr.dateTime("2025-03-04T17:05:00Z")).toBe("mar. 4 mars 2025, 18:05");
  });

  it("GIVEN two instants on the same evening WHEN shown as a range THEN the date is written once", () => {
    const range = fr.range("2025-03-04T17:00:00Z", "2025-03-04T18:04:00Z");
    expect(range).toMatch(/^mardi 4 mars 2025, 18:00\s–\s19:04$/);
  });

  it("GIVEN 23:30 UTC WHEN compared in Paris THEN it is already the next day there", () => {
    expect(fr.sameDay("2025-03-04T22:30:00Z", "2025-03-04T23:30:00Z")).toBe(false);
    expect(formatFor("fr", "UTC").sameDay("2025-03-04T22:30:00Z", "2025-03-04T23:30:00Z")).toBe(true);
  });

  it("GIVEN an unknown zone WHEN formatting THEN it falls back to UTC and says so", () => {
    const format = formatFor("en", "Mars/Olympus_Mons");
    expect(format.timeZone).toBe("UTC");
    expect(format.time("2025-03-04T17:05:00Z")).toMatch(/^5:05\sPM$/);
  });

  it("GIVEN an average WHEN shown with one decimal THEN it always has that decimal", () => {
    expect(fr.decimal(4, 1)).toBe("4,0");
    expect(en.decimal(2.375, 1)).toBe("2.4");
  });
});

describe("durations of timeline slots", () => {
  it("GIVEN minutes THEN the largest whole unit, in each language", () => {
    const en = formatFor("en", "UTC");
    const fr = formatFor("fr", "UTC");
    expect([1, 5, 60, 90, 1440, 20160].map(en.duration)).toEqual([
      "1 minute",
      "5 minutes",
      "1 hour",
      "90 minutes",
      "1 day",
      "2 weeks",
    ]);
    // ICU may put a no-break space between the number and the unit.
    const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
    expect([5, 60, 1440, 20160].map((m) => spaced(fr.duration(m)))).toEqual([
      "5 minutes",
      "1 heure",
      "1 jour",
      "2 semaines",
    ]);
  });
});
