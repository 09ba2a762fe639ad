import { describe, expect, it } from "vitest";
import { report } from "../../../src/i18n/catalogue/report.js";
import type { Messages } from "../../../src/i18n/define.js";

/** Every leaf of a catalogue half, by dot path. */
function leaves(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [path, text] of leaves(value, `${prefix}${key}.`)) out.set(path, text);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();

describe("report catalogue", () => {
  it("GIVEN each report sentence WHEN compared across languages THEN English and French fill the same blanks", () => {
    const en = leaves(report.en);
    const fr = leaves(report.fr);
    for (const [path, text] of en)
      expect([path, placeholders(fr.get(path)!)]).toEqual([path, placeholders(text)]);
  });
});
