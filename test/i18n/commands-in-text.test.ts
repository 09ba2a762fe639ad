/**
 * Discord help speaks Discord (issue 13, point 6): every catalogue sentence that can reach Discord,
 * rendered for Discord, shows its command examples as slash-command options, never in Slack's
 * words; rendered for Slack, never as Discord options. Both languages.
 */
import { describe, expect, it } from "vitest";
import { CATALOGUE, type Locale, type MessageKey, translator } from "../../src/i18n/index.js";
import { discordOptionsIn, slackCommandsIn } from "../../src/render/help/commands-in-text.js";

/** Areas no Discord user reads: Slack's install pages and App Home, and the command line. */
const NOT_ON_DISCORD = new Set(["slack", "home", "cli"]);

function keysOf(node: unknown, prefix: string): string[] {
  if (typeof node === "string") return [prefix.replace(/_(zero|one|two|few|many|other)$/u, "")];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    keysOf(v, prefix ? `${prefix}.${k}` : k),
  );
}

/** Any parameter a sentence asks for: a plain word (`count` a plural). */
const params = new Proxy({} as Record<string, string | number>, {
  get: (_target, name) => (name === "count" ? 2 : typeof name === "string" ? `P${name.length}` : undefined),
  has: () => true,
});

function sentences(locale: Locale, platform: "discord" | "slack", areas: (area: string) => boolean) {
  const { t } = translator(locale, platform);
  const keys = Object.entries(CATALOGUE).flatMap(([area, value]) =>
    areas(area) ? [...new Set(keysOf(value[locale], area))] : [],
  );
  return keys.map((key) => ({ key, text: t(key as MessageKey, params) }));
}

describe.each<Locale>(["en", "fr"])("command examples in sentences (%s)", (locale) => {
  it("GIVEN every sentence a Discord user can read WHEN rendered for Discord THEN no example is in Slack's words", () => {
    const left = sentences(locale, "discord", (area) => !NOT_ON_DISCORD.has(area)).flatMap(({ key, text }) =>
      slackCommandsIn(text).map((example) => `${key}: /afterchat ${example}`),
    );
    expect(left).toEqual([]);
  });

  it("GIVEN every sentence WHEN rendered for Slack THEN no example is in Discord options", () => {
    const left = sentences(locale, "slack", (area) => area !== "discord").flatMap(({ key, text }) =>
      discordOptionsIn(text).map((example) => `${key}: /afterchat ${example}`),
    );
    expect(left).toEqual([]);
  });
});
