/**
 * The set-up form's schedule pickers on Slack (real Bolt, HTTP and Socket Mode, against the Slack
 * fake), in English and French: day (every week or the first of the month), time picker, time
 * zone defaulting to the creator's Slack zone, length; the typed schedule stays for experts. A day
 * picked and a schedule typed is refused under both fields with the typing kept (the modal stays
 * open); an edited series' form shows its schedule picked.
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

type Input = {
  block_id: string;
  element: {
    type: string;
    initial_option?: { value: string; text: { text: string } };
    initial_time?: string;
    initial_value?: string;
    option_groups?: Array<{
      label: { text: string };
      options: Array<{ value: string; text: { text: string } }>;
    }>;
    options?: Array<{ value: string; text: { text: string } }>;
  };
  label: { text: string };
};

const picked = (value: string) => ({ type: "static_select", selected_option: { value } });
const time = (value: string) => ({ type: "timepicker", selected_time: value });

describe.each(cases)("Slack set-up pickers (%s, %s)", (mode, locale) => {
  let bench: Bench;
  let store: MemoryStore;
  const C = "C0PICKS001";
  const admin = "U0PICKS001";
  const { t } = translator(locale);

  beforeAll(async () => {
    bench = await startBench({ mode, dispatcher: (services) => createDispatcher(services, REGISTRIES) });
    store = bench.store as MemoryStore;
    bench.fake.users.set(admin, {
      is_admin: true,
      locale: locale === "fr" ? "fr-FR" : "en-US",
      tz: "America/Toronto",
    });
  });
  afterAll(async () => bench?.stop());

  async function openForm() {
    await bench.command(locale === "fr" ? "config" : "setup", { user: admin, channel: C });
    const view = bench.fake.calls("views.open").at(-1)?.args.view as Record<string, unknown>;
    const blocks = view.blocks as Input[];
    return { view, input: (id: string) => blocks.find((b) => b.block_id === id)! };
  }

  const base = { hashtag: "#pickchat", title: "Café", hosts: "", networks: "x" };

  it("GIVEN a new chat WHEN the form opens THEN it has day, time, zone (the creator's Slack zone) and length pickers in the user's language", async () => {
    const { input } = await openForm();
    expect(input("weekday").element.type).toBe("static_select");
    expect(input("weekday").label.text).toBe(t("setup.pick.weekday"));
    const days = input("weekday").element.option_groups!.flatMap((g) => g.options.map((o) => o.text.text));
    expect(days).toContain(t("setup.pick.every", { day: locale === "fr" ? "mardi" : "Tuesday" }));
    expect(days).toContain(t("setup.pick.firstOf", { day: locale === "fr" ? "mardi" : "Tuesday" }));
    expect(input("time").element.type).toBe("timepicker");
    expect(input("zone").element.initial_option?.value).toBe("America/Toronto");
    expect(input("duration").element.initial_option?.value).toBe("60");
    expect(input("schedule").label.text).toBe(t("setup.pick.expert"));
  });

  it("GIVEN a day picked AND a schedule typed WHEN submitted THEN the modal stays open saying to keep one, under both, nothing saved", async () => {
    const { view } = await openForm();
    const sent = await bench.submit(
      view,
      {
        ...base,
        weekday: picked("2"),
        time: time("18:30"),
        zone: picked("Europe/Paris"),
        duration: picked("90"),
        schedule: "0 9 * * 1 Europe/Paris",
      },
      { user: admin },
    );
    expect(sent.ack).toEqual({
      response_action: "errors",
      errors: { weekday: t("setup.problems.schedule_both"), schedule: t("setup.problems.schedule_both") },
    });
    expect(store.tables().series).toHaveLength(0);
  });

  it("GIVEN a day without a time WHEN submitted THEN the time picker says to pick one", async () => {
    const { view } = await openForm();
    const sent = await bench.submit(
      view,
      { ...base, weekday: picked("2"), time: time(""), zone: picked("Europe/Paris"), duration: picked("60") },
      { user: admin },
    );
    expect(sent.ack).toEqual({
      response_action: "errors",
      errors: { time: t("setup.problems.time_missing") },
    });
  });

  it("GIVEN Tuesday 18:30 Paris 1 h 30 picked WHEN submitted THEN the chat runs then, and reopening shows those picks", async () => {
    const { view } = await openForm();
    const sent = await bench.submit(
      view,
      {
        ...base,
        weekday: picked("2"),
        time: time("18:30"),
        zone: picked("Europe/Paris"),
        duration: picked("90"),
        schedule: "",
      },
      { user: admin },
    );
    expect(sent.ack?.response_action).toBeUndefined();
    expect(store.tables().series).toMatchObject([
      { hashtag: "pickchat", cron: "30 18 * * 2", timeZone: "Europe/Paris", durationMinutes: 90 },
    ]);
    const { input } = await openForm();
    expect(input("weekday").element.initial_option?.value).toBe("2");
    expect(input("time").element.initial_time).toBe("18:30");
    expect(input("zone").element.initial_option?.value).toBe("Europe/Paris");
    expect(input("duration").element.initial_option?.value).toBe("90");
    expect(input("schedule").element.initial_value).toBeUndefined();
  });

  it("GIVEN the first Thursday of the month picked WHEN the edit is saved THEN the cron says so; a cron typed instead is kept in the expert field", async () => {
    const { view } = await openForm();
    const monthly = await bench.submit(
      view,
      {
        ...base,
        weekday: picked("4#1"),
        time: time("09:00"),
        zone: picked("Europe/Paris"),
        duration: picked("60"),
        schedule: "",
      },
      { user: admin },
    );
    expect(monthly.ack?.response_action).toBeUndefined();
    expect(store.tables().series).toMatchObject([{ cron: "0 9 * * 4#1" }]);

    const again = await openForm();
    const expert = await bench.submit(
      again.view,
      {
        ...base,
        weekday: picked("none"),
        time: time("09:00"),
        zone: picked("Europe/Paris"),
        duration: picked("60"),
        schedule: "0 9 * * 1,4",
      },
      { user: admin },
    );
    expect(expert.ack?.response_action).toBeUndefined();
    expect(store.tables().series).toMatchObject([{ cron: "0 9 * * 1,4", timeZone: "Europe/Paris" }]);
    const { input } = await openForm();
    expect(input("weekday").element.initial_option).toBeUndefined();
    expect(input("schedule").element.initial_value).toBe("0 9 * * 1,4 Europe/Paris 60m");
  });
});
