import { describe, expect, it } from "vitest";
import { COMMAND_NAMES } from "../../src/app/commands/command.js";
import { parseCommand } from "../../src/app/commands/parse.js";
import { helpMessagesKept } from "../../src/app/help/index.js";
import { translator } from "../../src/i18n/index.js";
import { usage } from "../../src/render/help/usage.js";
import { HELP_GROUPS } from "../../src/render/help.js";
import { visibleText } from "../support/recording-responder.js";
import { testWorld } from "./world.js";

describe("help", () => {
  it("GIVEN an English user WHEN they ask for help THEN every sub-command has its line, grouped, privately", async () => {
    const world = await testWorld();
    const responder = await world.run(world.actor(), "help");
    const { message, ephemeral } = responder.lastReply();
    const text = visibleText(message);
    expect(ephemeral).toBe(true);
    for (const group of ["Set-up", "Debrief", "Next edition"]) expect(text).toContain(`**${group}**`);
    expect(text).toContain("`/afterchat note good|bad|best|insight [text]`: files a debrief note");
    expect(text).toContain("`/afterchat poll [anonymous] [min 5] [closes 48h]`");
    expect(message.blocks[0]).toEqual({ type: "header", text: "afterchat: what you can do" });
  });

  it("GIVEN a French user WHEN they type aide THEN the help is French, with French syntax", async () => {
    const world = await testWorld();
    const text = visibleText((await world.run(world.actor({ locale: "fr" }), "aide")).lastReply().message);
    expect(text).toContain("**Mise en place**");
    expect(text).toContain("**Bilan**");
    expect(text).toContain("**Prochaine édition**");
    expect(text).toContain("`/afterchat note bien|mal|top|idée [texte]`");
    expect(text).not.toContain("files a debrief note");
  });

  it("GIVEN many people asking for help in both languages THEN each gets their language's help, built once per language and platform", async () => {
    // A burst of help made ~3 MB of garbage per answer (issue 11 point 5): the message is now shared.
    const world = await testWorld();
    const replies = [];
    for (let i = 0; i < 6; i += 1) {
      const locale = i % 2 === 0 ? "en" : "fr";
      replies.push(
        (await world.run(world.actor({ locale }), locale === "en" ? "help" : "aide")).lastReply().message,
      );
    }
    expect(visibleText(replies[0]!)).toContain("files a debrief note");
    expect(visibleText(replies[1]!)).toContain("**Prochaine édition**");
    expect(replies[2]).toBe(replies[0]);
    expect(replies[4]).toBe(replies[0]);
    expect(replies[3]).toBe(replies[1]);
    expect(replies[1]).not.toBe(replies[0]);
    expect(helpMessagesKept()).toBeLessThanOrEqual(2 * 3);
    expect(Object.isFrozen(replies[0]!.blocks)).toBe(true);
  });

  it("GIVEN the help WHEN listing groups THEN each sub-command appears exactly once", () => {
    const listed = HELP_GROUPS.flatMap((g) => g.commands);
    expect([...listed].sort()).toEqual([...COMMAND_NAMES].sort());
  });

  it.each(["en", "fr"] as const)(
    "GIVEN the %s syntax shown in the help WHEN typed as shown THEN the parser reads its first form",
    (locale) => {
      const { t } = translator(locale);
      for (const name of COMMAND_NAMES) {
        const line = usage(t, "slack", name)
          .replace(/^\/afterchat /, "")
          .split(" | ")[0]!
          // keep the first alternative of each a|b and drop optional [parts] and placeholders
          .replace(/\[[^\]]*\]/g, "")
          .replace(/(\S+?)\|\S+/g, "$1")
          .replace(/\b(?:text|texte)\b/g, "x")
          .trim();
        const typed = name === "team" ? `${line} <@slack:T1:U9>` : line;
        const parsed = parseCommand(typed);
        expect(parsed.ok ? parsed.value.name : parsed.error, `${locale}: ${typed}`).toBe(name);
      }
    },
  );
});
