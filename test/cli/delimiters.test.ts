/**
 * X analytics exports saved by French Excel (semicolons, comma decimals, CRLF, BOM) or as
 * tab-separated text read like the comma files X writes: the same posts, the same figures, for
 * every CSV format (per-post and daily, the 2024 ones included).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvDelimiter } from "../../src/sources/files/csv-delimiter.js";
import { OWN_FIXTURES } from "../support/fixtures.js";
import { runCliCapturing } from "./support.js";

const dir = mkdtempSync(join(tmpdir(), "afterchat-delimiters-"));

/** The file re-saved with another separator, as Excel does: BOM, CRLF, decimals with a comma. */
function resaved(name: string, delimiter: ";" | "\t"): string {
  const rows = parse(readFileSync(join(OWN_FIXTURES, "sources", name), "utf8").replace(/^\uFEFF/, ""), {
    relax_column_count: true,
    relax_quotes: true,
  }) as string[][];
  const cell = (value: string) => {
    const decimal = delimiter === ";" && /^\d+\.\d+$/.test(value) ? value.replace(".", ",") : value;
    return /[";\t\n]/.test(decimal) ? `"${decimal.replaceAll('"', '""')}"` : decimal;
  };
  const path = join(dir, `${delimiter === ";" ? "semicolon" : "tab"}-${name}`);
  writeFileSync(path, `\uFEFF${rows.map((row) => row.map(cell).join(delimiter)).join("\r\n")}\r\n`);
  return path;
}

async function report(path: string) {
  const run = await runCliCapturing(["report", path, "--json"]);
  return { code: run.code, report: JSON.parse(run.stdout || "{}"), stderr: run.stderr };
}

describe("CSV separators", () => {
  it("GIVEN header lines THEN the separator is the one used most outside quotes", () => {
    expect(csvDelimiter('"Tweet id","Tweet text"')).toBe(",");
    expect(csvDelimiter('"Tweet id";"Tweet text, with a comma";"time"')).toBe(";");
    expect(csvDelimiter("Tweet id\tTweet text\ttime")).toBe("\t");
  });

  it.each([
    ["analytics-tweets-fr.csv"],
    ["account_analytics_content_2026-03-02_2026-03-04.csv"],
    ["analytics-daily-en.csv"],
    ["account_overview_analytics.csv"],
  ])(
    "GIVEN %s saved with semicolons or tabs THEN the report is the same as from the comma file",
    async (name) => {
      const original = await report(join(OWN_FIXTURES, "sources", name));
      for (const delimiter of [";", "\t"] as const) {
        const other = await report(resaved(name, delimiter));
        expect(other.stderr).not.toContain("not recognised");
        expect(other.code).toBe(original.code);
        expect(other.report.posts).toEqual(original.report.posts);
        expect(other.report.engagement).toEqual(original.report.engagement);
        expect(other.report.account).toEqual(original.report.account);
      }
    },
  );
});
