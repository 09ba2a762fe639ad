/**
 * Discord help speaks Discord (issue 13, point 6), with real discord.js against the Discord fake:
 * `/afterchat help` and the set-up's next steps show slash-command options (`kind:good text:…`),
 * in French with the French names the command registers (its `name_localizations.fr`), never
 * Slack's words; the registered command passes the fake's checks of Discord's limits.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerCommands } from "../../../adapters/discord/register.js";
import { translator } from "../../../src/i18n/index.js";
import type { Json } from "../../support/fake-discord-data.js";
import {
  ADA,
  answerTexts,
  type DiscordWorld,
  discordWorld,
  G,
  MANAGE_GUILD,
  sendCommand,
  TOKEN,
} from "./support/discord-world.js";

const en = translator("en");
const fr = translator("fr");

describe("Discord: help and next steps in slash-command options", () => {
  let w: DiscordWorld;
  let registered: Json;

  beforeAll(async () => {
    w = await discordWorld();
    await registerCommands({
      token: TOKEN,
      applicationId: w.fake.applicationId,
      apiUrl: w.fake.apiUrl,
      guildId: G,
      retries: 0,
    });
    registered = w.fake.world.commands.get(G)![0]!;
  });
  afterAll(async () => w?.close());

  const help = async (locale: string) =>
    answerTexts(w, await sendCommand(w, { userId: ADA, locale }, "help")).join("\n");

  /** The sub-command names and option names Discord shows in this language. */
  function registeredNames(locale: "en" | "fr") {
    const name = (node: Json) =>
      locale === "en" ? String(node.name) : (node.name_localizations as Record<string, string>).fr!;
    const subs = (registered.options as Json[]).map((sub) => ({
      name: name(sub),
      options: new Set(((sub.options as Json[] | undefined) ?? []).map(name)),
    }));
    return new Map(subs.map((s) => [s.name, s.options]));
  }

  /** Every `/afterchat sub opt:…` of the help, checked against what Discord registered. */
  function expectOnlyRegisteredNames(text: string, locale: "en" | "fr") {
    const names = registeredNames(locale);
    const usages = [...text.matchAll(/`\/afterchat ([^`]+)`/gu)].map((m) => m[1]!);
    expect(usages.length).toBeGreaterThanOrEqual(18);
    for (const usage of usages)
      for (const form of usage.split(" | ")) {
        const [sub, ...parts] = form.split(" ");
        const options = names.get(sub!);
        expect(options, `${locale}: sub-command ${sub}`).toBeDefined();
        for (const part of parts) {
          const option = /^\[?([^:[\]]+):/u.exec(part)?.[1];
          expect(option, `${locale}: ${form} -> ${part}`).toBeDefined();
          expect(options?.has(option!), `${locale}: ${sub} has no option ${option}`).toBe(true);
        }
      }
  }

  it("GIVEN an English member WHEN they ask for help THEN every line is Discord's options, none Slack's words", async () => {
    const text = await help("en-US");
    expect(text).toContain(en.t("help.intro.discord"));
    expect(text).toContain("`/afterchat note kind:good|bad|best|insight [text:…]`");
    expect(text).toContain("`/afterchat poll [anonymous:True] [min:5] [closes:48h]`");
    expect(text).toContain(
      "`/afterchat team action:add|remove|list [person:@…] [server-role:@…] [role:moderator]`",
    );
    expect(text).not.toContain("note good|bad");
    expect(text).not.toContain(en.t("help.intro.words"));
    expectOnlyRegisteredNames(text, "en");
  });

  it("GIVEN a French member WHEN they ask for help THEN it names the French sub-commands and options Discord shows", async () => {
    const text = await help("fr");
    expect(text).toContain(fr.t("help.intro.discord"));
    expect(text).toContain("`/afterchat note type:bien|mal|top|idée [texte:…]`");
    expect(text).toContain("`/afterchat sondage [anonyme:True] [min:5] [durée:48h]`");
    expect(text).toContain("`/afterchat tâche [responsable:@…] texte:… [échéance:vendredi]`");
    expect(text).not.toContain("note bien|mal|top|idée [texte]`");
    expectOnlyRegisteredNames(text, "fr");
  });

  it.each([
    ["en-US", en, "`/afterchat team action:add person:@someone`", "`role:moderator`"],
    ["fr", fr, "`/afterchat équipe action:ajouter personne:@quelqu'un`", "`rôle:modérateur`"],
  ] as const)(
    "GIVEN a %s server manager WHEN they set a chat up THEN the next steps are Discord commands",
    async (locale, t, team, moderator) => {
      const hashtag = locale === "fr" ? "#cafe_fr" : "#cafe_en";
      const sent = w.fake.sendChatInput({
        subcommand: "setup",
        channelId: locale === "fr" ? "910000000000000011" : "910000000000000010",
        userId: ADA,
        locale,
        options: { hashtag },
        permissions: MANAGE_GUILD,
      });
      await w.dispatcher.handled(String(sent.id));
      const text = answerTexts(w, String(sent.id)).join("\n");
      expect(text).toContain(t.t("setup.nextTitle"));
      expect(text).toContain(team);
      expect(text).toContain(moderator);
    },
  );

  it("GIVEN the registered command THEN every description fits Discord's 100 characters, the French one uncut", () => {
    expect(registered.description_localizations).toEqual({ fr: fr.t("discord.command.description") });
    expect(fr.t("discord.command.description")).toMatch(/after-party$/u);
    const descriptions: string[] = [];
    const walk = (node: Json) => {
      if (node.description) descriptions.push(String(node.description));
      for (const d of Object.values((node.description_localizations as Record<string, string>) ?? {}))
        descriptions.push(d);
      for (const child of (node.options as Json[] | undefined) ?? []) walk(child);
    };
    walk(registered);
    expect(descriptions.length).toBeGreaterThan(100);
    for (const d of descriptions) expect([...d].length, d).toBeLessThanOrEqual(100);
  });
});
