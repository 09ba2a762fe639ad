/**
 * The playbook right after an import, on Discord (real discord.js against the Discord fake), in
 * English and French (issue 13, point 13): the chat of last Tuesday is imported, then a moderator
 * runs `/afterchat playbook` before anyone asked for the stats. The invitation names the chat's top
 * contributors instead of "import the chat first"; the unanswered step comes only when a question
 * is still unanswered. The same story as on Slack (test/support/playbook-flow.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planSeries } from "../../../src/app/planning.js";
import type { Locale } from "../../../src/i18n/index.js";
import { WEDNESDAY, WEEKLY } from "../../support/edition-flow.js";
import { importedArchive, playbookSteps } from "../../support/playbook-flow.js";
import { ADA, CHAT, type DiscordWorld, discordWorld, sendCommand } from "./support/discord-world.js";

/** What the reader sees of an interaction's answers: content and embed texts, Markdown escapes (`\\#`) undone. */
function shownText(w: DiscordWorld, interactionId: string): string {
  return w.fake
    .interactionReplies(interactionId)
    .flatMap((call) => {
      const body = call.body as { data?: Record<string, unknown> } & Record<string, unknown>;
      const data = (body.data ?? body) as {
        content?: string;
        embeds?: Array<{ title?: string; description?: string }>;
      };
      return [
        data.content ?? "",
        ...(data.embeds ?? []).flatMap((e) => [e.title ?? "", e.description ?? ""]),
      ];
    })
    .join("\n")
    .replace(/\\(.)/gu, "$1");
}

describe.each<[Locale, boolean]>([
  ["en", false],
  ["fr", false],
  ["en", true],
  ["fr", true],
])("Discord: the playbook after an import (%s, a question left unanswered: %s)", (locale, withUnanswered) => {
  let w: DiscordWorld;
  const steps = playbookSteps(locale, "cafechat");
  const who = { userId: ADA, locale: locale === "fr" ? "fr" : "en-US" };

  beforeAll(async () => {
    w = await discordWorld({ now: WEDNESDAY });
    const series = await w.seedSeries({ ...WEEKLY, locale });
    await planSeries(w.store, series, WEDNESDAY);
  });
  afterAll(async () => w?.close());

  it("GIVEN last Tuesday's chat just imported WHEN a moderator runs the playbook THEN the invitation names its top contributors and the unanswered step shows only if one is left", async () => {
    const bytes = Buffer.from(importedArchive("cafechat", withUnanswered));
    const file = w.fake.world.addAttachment(CHAT, "tuesday.jsonl", bytes, "application/jsonl");
    const sent = w.fake.sendChatInput({ subcommand: "import", attachments: { file }, ...who });
    await w.dispatcher.handled(String(sent.id));

    const text = shownText(w, await sendCommand(w, who, "playbook"));
    const titles = w.store.tables().tasks.map((task) => task.title);
    expect(titles).toContain(steps.thank);
    expect(titles).toContain(steps.inviteNamed(steps.inviteHandles));
    expect(titles).not.toContain(steps.inviteNoData);
    expect(text).toContain(steps.thank);
    expect(text).toContain(steps.inviteNamed(steps.inviteHandles));
    expect(text).not.toContain(steps.inviteNoData);
    if (withUnanswered) {
      expect(titles).toContain(steps.unansweredOne);
      expect(text).toContain(steps.unansweredOne);
    } else {
      for (const unanswered of steps.unansweredAny) {
        expect(titles).not.toContain(unanswered);
        expect(text).not.toContain(unanswered);
      }
    }
  });
});
