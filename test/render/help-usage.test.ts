/**
 * One syntax model, two renderings (src/render/help/): Slack keeps the words it always showed,
 * Discord shows the options its command registers, and every choice word Discord's help shows is
 * found in the choice Discord lists, in both languages.
 */
import { describe, expect, it } from "vitest";
import { afterchatCommand } from "../../adapters/discord/commands/definition.js";
import { COMMAND_NAMES } from "../../src/app/commands/command.js";
import { translator } from "../../src/i18n/index.js";
import { SYNTAX } from "../../src/render/help/syntax.js";
import { choiceWord, optionWord, usage } from "../../src/render/help/usage.js";
import { commandLimitProblem } from "../support/fake-discord-command-limits.js";
import type { Json } from "../support/fake-discord-data.js";

/** What the help showed before the model (catalogue strings), which Slack keeps. */
const SLACK_BEFORE = {
  en: {
    setup: "/afterchat setup #hashtag [title]",
    team: "/afterchat team add|remove|list [@person...] [@group...] [moderator]",
    link: "/afterchat link [code]",
    language: "/afterchat language fr|en",
    import: "/afterchat import [edition]",
    note: "/afterchat note good|bad|best|insight [text]",
    poll: "/afterchat poll [anonymous] [min 5] [closes 48h]",
    export: "/afterchat export notes|tasks|roster|posts",
    task: "/afterchat task [@owner] text [due friday]",
    tasks: "/afterchat tasks [mine|all]",
    edition: "/afterchat edition new [topic] [at date] | edition topic text | edition list",
    creators: "/afterchat creators list|add|remove [@role...]",
    content:
      "/afterchat content recap|transcript|script|cards|story|recycle [edition] [plain] | content optout|optin @handle [network] | content optouts | content approval on|off | content requests [edition] | content approve @handle|link",
  },
  fr: {
    help: "/afterchat aide",
    setup: "/afterchat config #hashtag [titre]",
    team: "/afterchat équipe ajouter|retirer|liste [@personne...] [@groupe...] [modérateur]",
    note: "/afterchat note bien|mal|top|idée [texte]",
    poll: "/afterchat sondage [anonyme] [min 5] [ferme 48h]",
    export: "/afterchat exporter notes|tâches|participants|posts",
    roster: "/afterchat participants",
    task: "/afterchat tâche [@responsable] texte [échéance vendredi]",
    tasks: "/afterchat tâches [moi|tout]",
    edition: "/afterchat édition nouvelle [sujet] [le date] | édition sujet texte | édition liste",
    content:
      "/afterchat contenu récap|transcription|script|cartes|récit|recycler [édition] [simple] | contenu refus|accepter @compte [réseau] | contenu refusés | contenu accord oui|non | contenu demandes [édition] | contenu approuver @compte|lien",
  },
} as const;

const letters = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");

describe("help syntax per platform", () => {
  it.each(["en", "fr"] as const)("GIVEN Slack in %s THEN the help keeps the words it showed", (locale) => {
    const { t } = translator(locale);
    for (const [name, before] of Object.entries(SLACK_BEFORE[locale]))
      expect(usage(t, "slack", name as keyof typeof SYNTAX)).toBe(before);
    expect(usage(t, "cli", "note")).toBe(usage(t, "slack", "note"));
  });

  it.each(["en", "fr"] as const)(
    "GIVEN Discord in %s THEN each choice word is in the choice Discord lists",
    (locale) => {
      const { t } = translator(locale);
      const subs = (afterchatCommand().options ?? []) as unknown as Json[];
      for (const name of COMMAND_NAMES) {
        const sub = subs.find((s) => s.name === name)!;
        const options = (sub.options as Json[] | undefined) ?? [];
        for (const part of SYNTAX[name].flat()) {
          const option = options.find((o) => o.name === optionWord(translator("en").t, part.option));
          expect(option, `${name}: ${part.option}`).toBeDefined();
          if (part.kind !== "choice") continue;
          for (const value of part.values) {
            const choice = (option!.choices as Json[]).find((c) => c.value === value)!;
            const label =
              locale === "en" ? String(choice.name) : (choice.name_localizations as { fr: string }).fr;
            expect(letters(label), `${name} ${value}`).toContain(letters(choiceWord(t, part.option, value)));
          }
        }
      }
    },
  );

  it("GIVEN every sub-command THEN Discord's help shows every option it registers", () => {
    const { t } = translator("en");
    for (const sub of (afterchatCommand().options ?? []) as unknown as Json[]) {
      const shown = usage(t, "discord", sub.name as keyof typeof SYNTAX);
      for (const option of (sub.options as Json[] | undefined) ?? [])
        expect(shown, String(sub.name)).toContain(`${String(option.name)}:`);
    }
  });
});

describe("the Discord fake's command limits", () => {
  const base = afterchatCommand() as unknown as Json;
  it("GIVEN the real /afterchat definition THEN Discord's limits accept it", () => {
    expect(commandLimitProblem(base)).toBeNull();
  });
  it.each([
    ["a 101-character French description", { description_localizations: { fr: "x".repeat(101) } }],
    ["an upper-case name", { name: "Afterchat" }],
    ["a space in a French name", { name_localizations: { fr: "après chat" } }],
    [
      "more than 4,000 characters",
      {
        options: Array.from({ length: 25 }, (_, i) => ({
          type: 1,
          name: `s${i}`,
          description: "d".repeat(100),
          options: Array.from({ length: 2 }, (_, j) => ({
            type: 3,
            name: `o${j}`,
            description: "e".repeat(100),
          })),
        })),
      },
    ],
  ] as const)("GIVEN %s THEN the fake refuses it as Discord does", (_, change) => {
    expect(commandLimitProblem({ ...base, ...change } as Json)).not.toBeNull();
  });
});
