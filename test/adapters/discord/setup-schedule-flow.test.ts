/**
 * Discord's second set-up step (real discord.js against the Discord fake), in English and French.
 * The set-up modal's five fields are taken, so the set-up answer carries "Change the schedule"
 * (a modal of five selects: day, hour, minute, zone, length, showing the series' schedule) and a
 * channel select of text, forum, voice and stage channels for the after-party.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Locale, translator } from "../../../src/i18n/index.js";
import type { Json } from "../../support/fake-discord-data.js";
import {
  ADA,
  answerTexts,
  type DiscordWorld,
  discordWorld,
  firstAnswer,
  G,
  MANAGE_GUILD,
  PARTY,
  VOICE,
} from "./support/discord-world.js";

type Select = {
  type: number;
  custom_id: string;
  channel_types?: number[];
  options?: Array<{ label: string; value: string; default?: boolean }>;
};
type Modal = {
  custom_id: string;
  title: string;
  components: Array<{ type: number; label: string; component: Select & { value?: string } }>;
};
type Row = { components: Array<Select & { label?: string }> };

describe.each<Locale>(["en", "fr"])("Discord set-up second step (%s)", (locale) => {
  let w: DiscordWorld;
  const { t } = translator(locale);
  const who = { userId: ADA, locale: locale === "fr" ? "fr" : "en-US", permissions: MANAGE_GUILD };

  beforeAll(async () => {
    w = await discordWorld();
  });
  afterAll(async () => w?.close());

  /** The components of every answer to an interaction, as rows. */
  function rowsOf(interactionId: string): Row[] {
    return w.fake.interactionReplies(interactionId).flatMap((call) => {
      const reply = call.body as { data?: Json } & Json;
      return ((reply.data ?? reply) as { components?: Row[] }).components ?? [];
    });
  }

  async function setUp(): Promise<string> {
    const sent = w.fake.sendChatInput({ subcommand: "setup", ...who });
    const modal = (await firstAnswer(w, String(sent.id))).data as Modal;
    const fields = { hashtag: "#cafechat", title: "Café", hosts: "", schedule: "", networks: "x" };
    const submit = w.fake.sendModalSubmit({ customId: modal.custom_id, fields, ...who });
    await w.dispatcher.handled(String(submit.id));
    return String(submit.id);
  }

  async function openSchedule(customId: string): Promise<Modal> {
    const click = w.fake.sendButton({ customId, ...who });
    return (await firstAnswer(w, String(click.id))).data as Modal;
  }

  it("GIVEN a chat set up with the form WHEN Change the schedule is clicked THEN five selects in the user's language pick day, hour, minute, zone and length; saved, the chat runs then and the form shows it again", async () => {
    const submitted = await setUp();
    const controls = rowsOf(submitted).flatMap((r) => r.components);
    const change = controls.find((c) => c.custom_id.startsWith("setup.schedule"));
    expect(change?.label).toBe(t("setup.pick.change"));

    const modal = await openSchedule(change!.custom_id);
    expect(modal.title).toBe(t("setup.pick.title"));
    expect(modal.components.map((c) => c.component.custom_id)).toEqual([
      "weekday",
      "hour",
      "minute",
      "zone",
      "duration",
    ]);
    expect(modal.components.map((c) => c.label)).toEqual(
      ["weekday", "hour", "minute", "zone", "duration"].map((k) =>
        t(`setup.pick.${k as "weekday" | "hour" | "minute" | "zone" | "duration"}`),
      ),
    );
    for (const label of modal.components) {
      expect(label.component.type).toBe(3);
      expect(label.component.options!.length).toBeLessThanOrEqual(25);
    }
    const weekday = modal.components[0]!.component.options!.map((o) => o.label);
    expect(weekday).toContain(t("setup.pick.firstOf", { day: locale === "fr" ? "mardi" : "Tuesday" }));

    const submit = w.fake.sendModalSubmit({
      customId: modal.custom_id,
      fields: {},
      selects: {
        weekday: ["2"],
        hour: ["18"],
        minute: ["30"],
        zone: ["Europe/Paris"],
        duration: ["90"],
      },
      ...who,
    });
    await w.dispatcher.handled(String(submit.id));
    expect(answerTexts(w, String(submit.id)).join("\n")).toContain(t("setup.saved", { hashtag: "cafechat" }));
    expect(w.store.tables().series).toMatchObject([
      { hashtag: "cafechat", cron: "30 18 * * 2", timeZone: "Europe/Paris", durationMinutes: 90 },
    ]);

    const again = await openSchedule(change!.custom_id);
    const defaults = Object.fromEntries(
      again.components.map((c) => [
        c.component.custom_id,
        c.component.options?.find((o) => o.default)?.value,
      ]),
    );
    expect(defaults).toEqual({
      weekday: "2",
      hour: "18",
      minute: "30",
      zone: "Europe/Paris",
      duration: "90",
    });
  });

  it("GIVEN the set-up answer WHEN a voice channel is picked in its channel select THEN after-parties happen there, said privately", async () => {
    const sent = w.fake.sendChatInput({ subcommand: "setup", ...who });
    const modal = (await firstAnswer(w, String(sent.id))).data as Modal;
    const fields = { hashtag: "#cafechat", title: "Café 2", hosts: "", schedule: "", networks: "x" };
    const submit = w.fake.sendModalSubmit({ customId: modal.custom_id, fields, ...who });
    await w.dispatcher.handled(String(submit.id));
    const select = rowsOf(String(submit.id))
      .flatMap((r) => r.components)
      .find((c) => c.custom_id.startsWith("setup.afterParty"));
    expect(select?.type).toBe(8);
    expect(select?.channel_types).toEqual([0, 5, 15, 2, 13]);

    const pick = w.fake.sendSelect({ customId: select!.custom_id, values: [VOICE], kind: "channel", ...who });
    await w.dispatcher.handled(String(pick.id));
    expect(w.store.tables().series).toMatchObject([{ afterPartyChannel: `discord:${G}:${VOICE}` }]);
    expect(answerTexts(w, String(pick.id)).join("\n")).toContain(
      t("setup.afterPartyHere", { channel: "" }).replace(/\.$/u, "").trim(),
    );
  });

  it("GIVEN `/afterchat setup hashtag:` in another channel WHEN it answers THEN the same second step comes with it", async () => {
    const sent = w.fake.sendChatInput({
      subcommand: "setup",
      options: [{ name: "hashtag", type: 3, value: "#slashchat" }],
      channelId: PARTY,
      ...who,
    });
    await w.dispatcher.handled(String(sent.id));
    const controls = rowsOf(String(sent.id)).flatMap((r) => r.components);
    expect(controls.find((c) => c.custom_id.startsWith("setup.schedule"))?.label).toBe(
      t("setup.pick.change"),
    );
    expect(controls.find((c) => c.custom_id.startsWith("setup.afterParty"))?.type).toBe(8);
  });
});
