/**
 * The set-up form keeps what you typed, on Slack (real Bolt, HTTP and Socket Mode, against the
 * Slack fake), in English and French: a submission that does not read is answered with
 * `response_action: "errors"` (the modal stays open, typing kept) naming each field's problem in
 * the user's language, nothing saved, no message; fixed, it closes and the chat is set up.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { type Locale, translator } from "../../../src/i18n/index.js";
import type { MemoryStore } from "../../support/memory-store.js";
import { type Bench, type Mode, startBench } from "./bench.js";
import { REGISTRIES } from "./registries.js";

const cases: Array<[Mode, Locale]> = [
  ["http", "en"],
  ["socket", "fr"],
];

describe.each(cases)("Slack set-up form (%s, %s)", (mode, locale) => {
  let bench: Bench;
  let store: MemoryStore;
  const C = "C0SETUPF01";
  const admin = "U0ADMIN001";
  const { t } = translator(locale);

  beforeAll(async () => {
    bench = await startBench({ mode, dispatcher: (services) => createDispatcher(services, REGISTRIES) });
    store = bench.store as MemoryStore;
    bench.fake.users.set(admin, { is_admin: true, locale: locale === "fr" ? "fr-FR" : "en-US" });
  });
  afterAll(async () => bench?.stop());

  async function openForm() {
    await bench.command(locale === "fr" ? "config" : "setup", { user: admin, channel: C });
    return bench.fake.calls("views.open").at(-1)?.args.view as Record<string, unknown>;
  }

  it("GIVEN a bad hashtag and an unreadable schedule WHEN submitted THEN the modal stays open with each field's problem, nothing saved", async () => {
    const view = await openForm();
    const messagesBefore = bench.fake.messages().length;
    const sent = await bench.submit(
      view,
      { hashtag: "not a tag!", title: "Café", hosts: "", schedule: "every tuesday", networks: "x" },
      { user: admin },
    );
    expect(sent.ack).toEqual({
      response_action: "errors",
      errors: {
        hashtag: expect.stringContaining(
          t("setup.problems.hashtag_invalid", { input: "not a tag!" }).slice(0, 20),
        ),
        schedule: expect.any(String),
      },
    });
    expect(store.tables().series).toHaveLength(0);
    expect(bench.fake.messages().length).toBe(messagesBefore);
  });

  it("GIVEN the fields fixed, the schedule in words WHEN submitted again THEN the modal closes and the chat is set up on Tuesdays 18:00", async () => {
    const view = await openForm();
    const sent = await bench.submit(
      view,
      {
        hashtag: "#cafechat",
        title: "Café",
        hosts: "",
        schedule: locale === "fr" ? "mardi 18h Europe/Paris 1h30" : "tuesdays 6pm Europe/Paris 1h30",
        networks: "x",
      },
      { user: admin },
    );
    expect(sent.ack?.response_action).toBeUndefined();
    expect(store.tables().series).toMatchObject([
      { hashtag: "cafechat", cron: "0 18 * * 2", timeZone: "Europe/Paris", durationMinutes: 90 },
    ]);
  });
});
