import { describe, expect, it } from "vitest";
import { exportArea } from "../../../src/i18n/catalogue/export.js";
import { playbook } from "../../../src/i18n/catalogue/playbook.js";
import { roster } from "../../../src/i18n/catalogue/roster.js";
import { tasks } from "../../../src/i18n/catalogue/tasks.js";
import type { Messages } from "../../../src/i18n/define.js";
import { translator } from "../../../src/i18n/index.js";

function leaves(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [path, text] of leaves(value, `${prefix}${key}.`)) out.set(path, text);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe("tasks, playbook, roster and export catalogues", () => {
  for (const [name, area] of Object.entries({ tasks, playbook, roster, export: exportArea })) {
    it(`GIVEN the ${name} area THEN English and French fill the same blanks`, () => {
      const fr = leaves(area.fr);
      for (const [path, text] of leaves(area.en))
        expect([path, placeholders(fr.get(path) ?? "")]).toEqual([path, placeholders(text)]);
    });
  }

  it("GIVEN the areas registered in the index THEN their keys translate (not echoed back)", () => {
    expect(translator("fr").t("tasks.button.done")).toBe("Fait");
    expect(translator("en").t("playbook.created", { count: 2 })).toBe("2 tasks created.");
    expect(translator("fr").t("export.columns.owner")).toBe("Responsable");
    expect(translator("en").t("roster.more", { count: 3 })).toBe("+3 more");
  });
});
