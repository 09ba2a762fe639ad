/**
 * The set-up form keeps what you typed, on Discord (real discord.js against the Discord fake), in
 * English and French. A Discord modal closes on submit, so a submission that does not read gets a
 * private message naming each problem with "Open the form again", and that button reopens the
 * modal with what was typed, not blank.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Locale, translator } from "../../../src/i18n/index.js";
import type { Json } from "../../support/fake-discord-data.js";
import { buttonInteraction } from "../../support/fake-discord-interactions.js";
import {
  ADA,
  answerTexts,
  type DiscordWorld,
  discordWorld,
  firstAnswer,
  MANAGE_GUILD,
} from "./support/discord-world.js";

type Modal = {
  custom_id: string;
  components: Array<{ type: number; component: { custom_id: string; value?: string } }>;
};

describe.each<Locale>(["en", "fr"])("Discord set-up form (%s)", (locale) => {
  let w: DiscordWorld;
  const { t } = translator(locale);
  const who = { userId: ADA, locale: locale === "fr" ? "fr" : "en-US", permissions: MANAGE_GUILD };

  beforeAll(async () => {
    w = await discordWorld();
  });
  afterAll(async () => w?.close());

  it("GIVEN an unreadable submission WHEN Open the form again is clicked THEN the modal comes back with what was typed", async () => {
    const sent = w.fake.sendChatInput({ subcommand: "setup", ...who });
    const modal = (await firstAnswer(w, String(sent.id))).data as Modal;
    const typed: Record<string, string> = {
      hashtag: "not a tag!",
      title: "Café",
      hosts: "@ana",
      schedule: "every tuesday",
      networks: "x",
    };
    const submit = w.fake.sendModalSubmit({ customId: modal.custom_id, fields: typed, ...who });
    await w.dispatcher.handled(String(submit.id));
    const answer = answerTexts(w, String(submit.id)).join("\n");
    expect(answer).toContain(t("setup.problemsTitle"));
    expect(w.store.tables().series).toHaveLength(0);

    const reply = w.fake.interactionReplies(String(submit.id)).at(-1)?.body as { data?: Json } & Json;
    const data = (reply.data ?? reply) as {
      components?: Array<{ components: Array<{ custom_id?: string }> }>;
    };
    const customId = (data.components ?? [])
      .flatMap((r) => r.components)
      .find((c) => c.custom_id?.startsWith("setup.open"))?.custom_id as string;
    expect(customId).toBeDefined();
    const click = w.fake.sendInteraction(buttonInteraction(w.fake.world, { customId, ...who }));
    const reopened = (await firstAnswer(w, String(click.id))).data as Modal;
    const values = Object.fromEntries(
      reopened.components.map((c) => [c.component.custom_id, c.component.value]),
    );
    expect(values).toMatchObject(typed);
  });

  it("GIVEN the schedule in words WHEN the form is sent THEN the chat is set up on Tuesdays 18:00", async () => {
    const sent = w.fake.sendChatInput({ subcommand: "setup", ...who });
    const modal = (await firstAnswer(w, String(sent.id))).data as Modal;
    const schedule = locale === "fr" ? "mardi 18h Europe/Paris 1h30" : "tuesdays 6pm Europe/Paris 1h30";
    const fields = { hashtag: "#cafechat", title: "Café", hosts: "", schedule, networks: "x" };
    const submit = w.fake.sendModalSubmit({ customId: modal.custom_id, fields, ...who });
    await w.dispatcher.handled(String(submit.id));
    expect(w.store.tables().series).toMatchObject([
      { hashtag: "cafechat", cron: "0 18 * * 2", timeZone: "Europe/Paris", durationMinutes: 90 },
    ]);
  });
});
