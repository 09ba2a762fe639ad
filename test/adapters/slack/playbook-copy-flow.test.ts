/**
 * The playbook after an import, on Slack (real Bolt against the Slack fake), English and French
 * (issue 13, point 13): before the chat is imported the playbook asks to invite the top
 * contributors "(import the chat first)" and to answer the unanswered questions; once last
 * Tuesday's chat is imported, where every question got its answer, it names the contributors to
 * invite and adds no "answer the unanswered questions".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { planSeries } from "../../../src/app/planning.js";
import { type Locale, translator } from "../../../src/i18n/index.js";
import { lastTuesdayArchive, WEDNESDAY, WEEKLY } from "../../support/edition-flow.js";
import type { MemoryStore } from "../../support/memory-store.js";
import { type Bench, startBench } from "./bench.js";
import { shown } from "./blocks.js";
import { REGISTRIES } from "./registries.js";

describe.each<Locale>(["en", "fr"])("Slack: the playbook after an import (%s)", (locale) => {
  let bench: Bench;
  let store: MemoryStore;
  const C = "C0PLAYBOOK";
  const host = "U0PBHOST01";
  const { t } = translator(locale);
  const hashtag = "cafechat";

  beforeAll(async () => {
    bench = await startBench({
      mode: "http",
      now: WEDNESDAY,
      dispatcher: (services) => createDispatcher(services, REGISTRIES),
    });
    store = bench.store as MemoryStore;
    bench.fake.users.set(host, { is_admin: true, locale: locale === "fr" ? "fr-FR" : "en-US" });
    await bench.command(`setup #${hashtag} Café chat`, { user: host, channel: C });
    const created = store.tables().series.find((s) => s.hashtag === hashtag)!;
    await planSeries(store, await store.series.update(created.workspaceId, created.id, WEEKLY), WEDNESDAY);
  });
  afterAll(async () => bench?.stop());

  const playbook = async () =>
    shown((await bench.command("playbook", { user: host, channel: C })).responses());

  it("GIVEN nothing imported WHEN the playbook runs THEN it asks to import first and to answer the questions", async () => {
    const text = await playbook();
    expect(text).toContain(t("playbook.steps.inviteNoData"));
    expect(text).toContain(t("playbook.steps.unansweredUnknown", { hashtag }));
  });

  it("GIVEN last Tuesday's chat imported, every question answered WHEN the playbook runs THEN it names whom to invite and asks no answers", async () => {
    bench.fake.addFile({
      name: "tuesday.jsonl",
      bytes: Buffer.from(lastTuesdayArchive(hashtag)),
      user: host,
      channel: C,
    });
    await bench.command("import", { user: host, channel: C });
    const text = await playbook();
    expect(text).toContain(t("playbook.header", { number: 1, hashtag }));
    expect(text).toMatch(
      new RegExp(escapeRegExp(t("playbook.steps.invite", { handles: "" })).concat(".*@user")),
    );
    expect(text).not.toContain(t("playbook.steps.inviteNoData"));
    expect(text).not.toContain(t("playbook.steps.unansweredUnknown", { hashtag }));
    expect(text).not.toContain(t("playbook.steps.unanswered", { count: 1, hashtag }));
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
