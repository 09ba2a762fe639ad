/**
 * French typography over the whole French catalogue as it is loaded: a narrow no-break space
 * (U+202F) before every `: ; ? !` used as punctuation and inside « »; never inside code, URLs,
 * platform markup, times or `name:value` options, which must stay as typed.
 */
import { describe, expect, it } from "vitest";
import type { Messages } from "../../src/i18n/define.js";
import { loadedCatalogue, translator } from "../../src/i18n/index.js";
import { frenchSpacing, NARROW_NBSP, NOT_PROSE } from "../../src/i18n/typography.js";

function leaves(messages: Messages, prefix = ""): Array<[string, string]> {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

/** What is wrong with a French string's spacing, or null. */
function spacingFault(text: string): string | null {
  const prose = text.replace(NOT_PROSE, "X");
  for (const match of prose.matchAll(/[:;?!](?=$|[\s.,)»”"'*_~\]?!])/gu)) {
    const before = prose[match.index - 1];
    if (before !== NARROW_NBSP && before !== "?" && before !== "!")
      return `"${match[0]}" after ${JSON.stringify(before ?? "start")}`;
  }
  if (/«(?!\u202F)/u.test(prose)) return "« without a narrow space after it";
  if (/(?<!\u202F)»/u.test(prose)) return "» without a narrow space before it";
  return null;
}

describe("French typography", () => {
  it("GIVEN every French catalogue string as loaded THEN a narrow no-break space precedes : ; ? ! and pads « »", () => {
    const faults = leaves(loadedCatalogue("fr"))
      .map(([key, text]) => [key, spacingFault(text)] as const)
      .filter(([, fault]) => fault !== null)
      .map(([key, fault]) => `${key}: ${fault}`);
    expect(faults).toEqual([]);
  });

  it("GIVEN a French sentence WHEN translated THEN the reader gets the narrow spaces", () => {
    const text = translator("fr").t("poll.mine.line", { question: "Rythme", value: 4 });
    expect(text).toBe(`Rythme${NARROW_NBSP}: 4/5`);
  });

  it.each([
    ["Heure : 18:30", `Heure${NARROW_NBSP}: 18:30`],
    [
      "Tapez `/afterchat note kind:good text:bien` ici !",
      `Tapez \`/afterchat note kind:good text:bien\` ici${NARROW_NBSP}!`,
    ],
    ["Voir https://example.org/a?b=c : merci", `Voir https://example.org/a?b=c${NARROW_NBSP}: merci`],
    ["Bravo :tada: <@U1> !", `Bravo :tada: <@U1>${NARROW_NBSP}!`],
    ["« {{question}} » ?", `«${NARROW_NBSP}{{question}}${NARROW_NBSP}»${NARROW_NBSP}?`],
    [
      "**Sondage** : fini ; vraiment ?!",
      `**Sondage**${NARROW_NBSP}: fini${NARROW_NBSP}; vraiment${NARROW_NBSP}?!`,
    ],
  ])("GIVEN %j THEN only prose marks get the narrow space", (input, expected) => {
    expect(frenchSpacing(input)).toBe(expected);
  });

  it("GIVEN English THEN nothing changes", () => {
    expect(translator("en").t("poll.mine.line", { question: "Pacing", value: 4 })).toBe("Pacing: 4/5");
  });
});

describe("numbers in sentences", () => {
  it("GIVEN a count of 1,500 WHEN written in each language THEN English groups with a comma, French with a narrow space", () => {
    expect(translator("en").t("poll.results.voters", { count: 1500 })).toBe("1,500 people answered.");
    expect(translator("fr").t("poll.results.voters", { count: 1500 })).toBe(
      `1${NARROW_NBSP}500 personnes ont répondu.`,
    );
  });

  it("GIVEN an edition number WHEN written THEN it stays as typed (an identifier, not a quantity)", () => {
    expect(translator("fr").t("poll.title", { hashtag: "x", number: 1200 })).toContain("édition 1200");
  });
});
