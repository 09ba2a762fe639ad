/**
 * One language per channel, on Slack (real Bolt against the Slack fake): a French admin sets the
 * chat up, so the channel speaks French (the confirmation says so); an English member's import
 * summary and report are posted in French while their private answers stay English; after
 * `language en`, a French member's report comes out in English.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { translator } from "../../../src/i18n/index.js";
import { lastTuesdayArchive, WEDNESDAY, WEEKLY } from "../../support/edition-flow.js";
import type { MemoryStore } from "../../support/memory-store.js";
import { type Bench, startBench } from "./bench.js";
import { shown } from "./blocks.js";
import { REGISTRIES } from "./registries.js";

const en = translator("en");
const fr = translator("fr");

describe("Slack: one language per channel", () => {
  let bench: Bench;
  let store: MemoryStore;
  const C = "C0LANGUAGE";
  const T = "T0FAKE0001";
  const french = "U0FRENCH01";
  const english = "U0ENGLISH1";

  beforeAll(async () => {
    bench = await startBench({
      mode: "http",
      now: WEDNESDAY,
      dispatcher: (services) => createDispatcher(services, REGISTRIES),
    });
    store = bench.store as MemoryStore;
    bench.fake.users.set(french, { is_admin: true, locale: "fr-FR" });
    bench.fake.users.set(english, { locale: "en-US" });
  });
  afterAll(async () => bench?.stop());

  const reportsIn = (t: typeof en) =>
    bench.fake
      .messages()
      .filter((m) => m.channel === C && shown(m.blocks).includes(t.t("report.figure.contributors"))).length;

  it("GIVEN a French admin WHEN they set up the chat THEN the series speaks French and the confirmation says so", async () => {
    const sent = await bench.command("setup #cafechat Café", { user: french, channel: C });
    expect(shown(sent.responses())).toContain(fr.t("setup.language.chosen"));
    const series = store.tables().series.find((s) => s.hashtag === "cafechat")!;
    expect(series.locale).toBe("fr");
    await store.series.update(series.workspaceId, series.id, WEEKLY);
    await bench.command(`team add <@${english}|ed>`, { user: french, channel: C });
  });

  it("GIVEN an English member WHEN they import and ask for the stats THEN the channel reads French, their private note answer English", async () => {
    bench.fake.addFile({
      name: "tuesday.jsonl",
      bytes: Buffer.from(lastTuesdayArchive("cafechat")),
      user: english,
      channel: C,
    });
    const imported = await bench.command("import", { user: english, channel: C });
    expect(shown(imported.responses())).toContain(fr.t("stats.nextStep", { number: 1 }));
    expect(shown(imported.responses())).not.toContain(en.t("stats.nextStep", { number: 1 }));

    await bench.command("stats", { user: english, channel: C });
    expect(reportsIn(fr)).toBe(1);
    expect(reportsIn(en)).toBe(0);

    const note = await bench.command("note good sharp questions", { user: english, channel: C });
    expect(shown(note.responses())).toContain(en.t("common.kinds.good"));
  });

  it("GIVEN `language en` in the channel WHEN a French member asks for the stats THEN the report is English", async () => {
    await bench.command("langue en", { user: french, channel: C });
    const series = store.tables().series.find((s) => s.debriefChannel === `slack:${T}:${C}`)!;
    expect(series.locale).toBe("en");
    await bench.command("stats", { user: french, channel: C });
    expect(reportsIn(en)).toBe(1);
  });
});
