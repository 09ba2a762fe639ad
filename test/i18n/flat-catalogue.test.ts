import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { flatModule } from "../../scripts/flatten-catalogue.mjs";
import * as sources from "../../src/i18n/catalogue/all.js";

const BUILT = join(import.meta.dirname, "../../dist/src/i18n/catalogue/all.js");

async function importText(text: string): Promise<Record<string, unknown>> {
  const path = join(mkdtempSync(join(tmpdir(), "afterchat-catalogue-")), "all.mjs");
  writeFileSync(path, text);
  return { ...(await import(pathToFileURL(path).href)) };
}

describe("GIVEN the message catalogue flattened into one module by the build", () => {
  it("WHEN the flat module is loaded THEN every area holds exactly the sources' sentences, in both languages", async () => {
    const flat = await importText(flatModule({ ...sources }));
    expect(Object.keys(flat).sort()).toEqual(Object.keys(sources).sort());
    expect(flat).toEqual({ ...sources });
  });

  it("WHEN sentences hold quotes, backslashes, line breaks and non-Latin text THEN they come back unchanged", async () => {
    const tricky = {
      area: {
        en: { a: 'He said "hi"\\n`code` \\\\ </script>', b: "line\nbreak\u2028" },
        fr: { a: "« Été » \u202f!", b: "𝐀 ’" },
      },
    };
    expect(await importText(flatModule(tricky))).toEqual(tricky);
  });

  it("WHEN a name is not a valid export THEN the build stops rather than write a broken module", () => {
    expect(() => flatModule({ "not-a-name": {} })).toThrow(/not an export name/);
    expect(() => flatModule({ export: {} })).toThrow(/not an export name/);
  });

  it.skipIf(!existsSync(BUILT))(
    "WHEN the build has run THEN dist holds the one-module catalogue, equal to the sources (skips before a build)",
    async () => {
      expect(readFileSync(BUILT, "utf8")).not.toMatch(/from "\.\//);
      expect({ ...(await import(pathToFileURL(BUILT).href)) }).toEqual({ ...sources });
    },
  );
});
