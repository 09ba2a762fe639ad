/**
 * Editions people can follow, on Slack (real Bolt against the Slack fake), in English and French:
 * a note filed before the first planned edition names that edition and its date; `stats` says the
 * edition has not started instead of "there is no edition 1"; importing last Tuesday's chat creates
 * its edition, numbered by date (the planned one moves up to 2), with every post inside the chat.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { planSeries } from "../../../src/app/planning.js";
import type { Series } from "../../../src/domain/series.js";
import { type Locale, translator } from "../../../src/i18n/index.js";
import {
  expected,
  LAST_TUESDAY,
  lastTuesdayArchive,
  NEXT_TUESDAY,
  WEDNESDAY,
  WEEKLY,
} from "../../support/edition-flow.js";
import type { MemoryStore } from "../../support/memory-store.js";
import { type Bench, startBench } from "./bench.js";
import { shown } from "./blocks.js";
import { REGISTRIES } from "./registries.js";

describe.each<Locale>(["en", "fr"])("Slack editions by date (%s)", (locale) => {
  let bench: Bench;
  let store: MemoryStore;
  let series: Series;
  const C = "C0EDITION1";
  const host = "U0HOST0001";
  const say = expected(locale, "cafechat");
  const { t } = translator(locale);

  beforeAll(async () => {
    bench = await startBench({
      mode: "http",
      now: WEDNESDAY,
      dispatcher: (services) => createDispatcher(services, REGISTRIES),
    });
    store = bench.store as MemoryStore;
    bench.fake.users.set(host, { is_admin: true, locale: locale === "fr" ? "fr-FR" : "en-US" });
    await bench.command("setup #cafechat Café chat", { user: host, channel: C });
    const created = store.tables().series.find((s) => s.hashtag === "cafechat")!;
    series = await store.series.update(created.workspaceId, created.id, WEEKLY);
    await planSeries(store, series, WEDNESDAY);
  });
  afterAll(async () => bench?.stop());

  const byDate = () =>
    store
      .tables()
      .editions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .map((e) => [e.startsAt.toISOString(), e.number]);

  it("GIVEN only next Tuesday planned WHEN a note is filed THEN it goes to edition 1 and the reply names its date", async () => {
    expect(byDate()).toEqual([[NEXT_TUESDAY.toISOString(), 1]]);
    const sent = await bench.command("note good the guest was great", { user: host, channel: C });
    expect(shown(sent.responses())).toContain(say.noteOnNext(t("common.kinds.good"), "the guest was great"));
  });

  it("GIVEN no edition started yet WHEN stats runs THEN it says when edition 1 starts, privately", async () => {
    const sent = await bench.command("stats", { user: host, channel: C });
    expect(shown(sent.responses())).toContain(say.notStarted);
    expect(shown(sent.responses())).not.toContain(say.noEdition.slice(0, 12));
    expect((sent.responses().at(-1) as { response_type: string }).response_type).toBe("ephemeral");
  });

  it("GIVEN last Tuesday's archive shared WHEN imported THEN its edition is created as 1, the planned one becomes 2, no post is outside", async () => {
    bench.fake.addFile({
      name: "tuesday.jsonl",
      bytes: Buffer.from(lastTuesdayArchive("cafechat")),
      user: host,
      channel: C,
    });
    const sent = await bench.command("import", { user: host, channel: C });
    const text = shown(sent.responses());
    expect(text).toContain(say.createdForLast);
    expect(text).toContain(say.imported("tuesday.jsonl"));
    expect(byDate()).toEqual([
      [LAST_TUESDAY.toISOString(), 1],
      [NEXT_TUESDAY.toISOString(), 2],
    ]);
    expect(store.tables().posts).toHaveLength(3);
  });
});
