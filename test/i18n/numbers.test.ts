import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupDigits, translator } from "../../src/i18n/index.js";

describe("numbers in sentences", () => {
  it("GIVEN any safe integer THEN it is written as Intl.NumberFormat writes it, in English and in French", () => {
    const en = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
    const fr = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
    const check = (value: number) => {
      expect(groupDigits(value, ",")).toBe(en.format(value));
      expect(groupDigits(value, "\u202f")).toBe(fr.format(value));
    };
    for (const value of [0, 1, -1, 999, 1000, -1000, 99_999, 100_000, 1_234_567, Number.MAX_SAFE_INTEGER])
      check(value);
    fc.assert(fc.property(fc.maxSafeInteger(), check), { numRuns: 2000 });
  });

  it("GIVEN counts and decimals in a summary THEN each language writes them its way", () => {
    const summary = { file: "a.jsonl", format: "twarc2-jsonl", count: 200_000, ignored: 1500, skipped: "" };
    expect(translator("en").t("cli.fileSummary", summary)).toContain("200,000 posts kept, 1,500 outside");
    expect(translator("fr").t("cli.fileSummary", summary)).toContain("200\u202f000");
    expect(translator("fr").t("cli.fileSummary", { ...summary, count: 2.5 })).toContain("2,5");
  });
});
