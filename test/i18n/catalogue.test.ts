import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "../../src/errors.js";
import type { Messages } from "../../src/i18n/define.js";
import { CATALOGUE, translator } from "../../src/i18n/index.js";

/** Every string leaf of a catalogue half, by dot path. */
function leaves(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [path, text] of leaves(value, `${prefix}${key}.`)) out.set(path, text);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

/**
 * Strings that may read the same in both languages: names, code, numbers, placeholders only.
 * A string is exempt when nothing is left once these are removed.
 */
const SAME_IN_BOTH = [
  /\{\{[^}]*\}\}/g,
  /`[^`]*`/g,
  /https?:\/\/\S+/g,
  /@[\w.]+/g,
  /\b[\w-]+(?:\.[\w-]+)+\b/g,
  // French words spelt as in English, and language names written in their own language.
  /\b(?:code|pages?|URL|Reposts?|mentions?|interactions?|Votes?|After-party|Français|English)\b/gi,
  /\b(?:afterchat|Hashtag|X|Bluesky|Mastodon|Slack|Discord|CSV|PNG|JSON|twarc2|tweets\.js|mastodon\.social|Europe\/Paris|Notes?|Posts?|Playbook|Stats|Roster|Top|Total|Impressions|Engagement|Max|Min|Date|Question|Questions|Participants?|Contributions?|Source|Message|Messages|Note|Action|Actions|Minutes|Total|Type|Description|Format|Tags?|Sessions?|Edition)\b/gi,
  // Language codes and durations typed as such, and a word French borrowed.
  /\b(?:fr|en|\d+h|script)\b/g,
  /[\p{P}\p{S}\p{N}\s]/gu,
];

function meaningful(text: string): string {
  return SAME_IN_BOTH.reduce((rest, pattern) => rest.replace(pattern, ""), text);
}

const areas = Object.entries(CATALOGUE) as Array<[string, { en: Messages; fr: Messages }]>;

describe("message catalogue", () => {
  it.each(areas)(
    "GIVEN the %s area WHEN both languages are compared THEN they have the same keys, none empty",
    (_name, area) => {
      const en = leaves(area.en);
      const fr = leaves(area.fr);
      expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of [...en, ...fr]) expect(text.trim(), key).not.toBe("");
    },
  );

  it.each(areas)(
    "GIVEN the %s area WHEN placeholders are compared THEN en and fr use the same ones per key",
    (_name, area) => {
      const fr = leaves(area.fr);
      const mismatches: string[] = [];
      for (const [key, text] of leaves(area.en)) {
        const a = placeholders(text);
        const b = placeholders(fr.get(key) ?? "");
        if (JSON.stringify(a) !== JSON.stringify(b))
          mismatches.push(`${key}: en ${a.join(",")} / fr ${b.join(",")}`);
      }
      expect(mismatches).toEqual([]);
    },
  );

  it.each(areas)(
    "GIVEN the %s area WHEN French is read THEN it is not English left untranslated",
    (_name, area) => {
      const fr = leaves(area.fr);
      const untranslated = [...leaves(area.en)].filter(
        ([key, text]) => fr.get(key) === text && meaningful(text) !== "",
      );
      expect(untranslated.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
    },
  );

  it("GIVEN every error code WHEN looked up THEN each has a sentence in both languages", () => {
    const en = leaves(CATALOGUE.errors.en);
    const fr = leaves(CATALOGUE.errors.fr);
    for (const code of ERROR_CODES) {
      expect(en.get(code), `errors.${code} (en)`).toBeTruthy();
      expect(fr.get(code), `errors.${code} (fr)`).toBeTruthy();
    }
  });

  it("GIVEN plural keys WHEN translated with counts THEN English and French pick their CLDR forms", () => {
    expect(translator("en").t("notes.list.count", { count: 1 })).toBe("1 note");
    expect(translator("en").t("notes.list.count", { count: 2 })).toBe("2 notes");
    expect(translator("fr").t("poll.voters", { count: 0 })).toBe("0 personne a voté pour l'instant.");
    expect(translator("fr").t("poll.voters", { count: 3 })).toBe("3 personnes ont voté pour l'instant.");
  });
});
