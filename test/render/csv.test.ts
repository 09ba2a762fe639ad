import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvBuilder, csvCell } from "../../src/render/csv.js";

function text(builder: CsvBuilder): string {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(builder.bytes());
}

describe("CSV cells", () => {
  it("GIVEN a comma, a quote or a line break THEN the cell is quoted with doubled quotes", () => {
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
  });

  it("GIVEN plain text or a number THEN it is written as is", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(-12)).toBe("-12");
    expect(csvCell(null)).toBe("");
  });

  it.each(['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\tX", "\rX"])(
    "GIVEN a cell starting like a formula (%j) THEN it gets a leading single quote",
    (value) => {
      expect(csvCell(value).replace(/^"/, "").startsWith("'")).toBe(true);
    },
  );
});

describe("CSV files", () => {
  it("GIVEN rows THEN the file starts with a UTF-8 BOM and ends lines with CRLF", () => {
    const builder = new CsvBuilder(["titre", "état"]);
    builder.add(["Remercier l'équipe", "ouverte"]);
    const bytes = builder.bytes();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(builder)).toBe("\uFEFFtitre,état\r\nRemercier l'équipe,ouverte\r\n");
    expect(builder.rows).toBe(1);
  });

  it("GIVEN any text cells THEN a CSV parser reads back the same values (formula cells quoted)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 20 }),
        (rows) => {
          const builder = new CsvBuilder(["a", "b"]);
          for (const row of rows) builder.add(row);
          const parsed = parse(text(builder), { bom: true, relax_column_count: false }) as string[][];
          expect(parsed.slice(1)).toEqual(
            rows.map((row) => row.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v))),
          );
        },
      ),
    );
  });
});
