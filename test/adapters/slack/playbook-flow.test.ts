/**
 * The playbook right after an import, on Slack (real Bolt against the Slack fake), in English and
 * French (issue 13, point 13): the chat of last Tuesday is imported, then a moderator runs
 * `/afterchat playbook` before anyone asked for the stats. The invitation names the chat's top
 * contributors instead of "import the chat first"; the unanswered step comes only when a question
 * is still unanswered. The same story as on Discord (test/support/playbook-flow.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { planSeries } from "../../../src/app/planning.js";
import type { Locale } from "../../../src/i18n/index.js";
import { WEDNESDAY, WEEKLY } from "../../support/edition-flow.js";
import type { MemoryStore } from "../../support/memory-store.js";
import { importedArchive, playbookSteps } from "../../support/playbook-flow.js";
import { type Bench, startBench } from "./bench.js";
import { shown } from "./blocks.js";
import { REGISTRIES } from "./registries.js";

describe.each<[Locale, boolean]>([
  ["en", false],
  ["fr", false],
  ["en", true],
  ["fr", true],
])("Slack: the playbook after an import (%s, a question left unanswered: %s)", (locale, withUnanswered) => {
  let bench: Bench;
  let store: MemoryStore;
  const C = "C0PLAYBK01";
  const host = "U0HOSTPB01";
  const steps = playbookSteps(locale, "cafechat");

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
    const series = await store.series.update(created.workspaceId, created.id, WEEKLY);
    await planSeries(store, series, WEDNESDAY);
  });
  afterAll(async () => bench?.stop());

  it("GIVEN last Tuesday's chat just imported WHEN a moderator runs the playbook THEN the invitation names its top contributors and the unanswered step shows only if one is left", async () => {
    bench.fake.addFile({
      name: "tuesday.jsonl",
      bytes: Buffer.from(importedArchive("cafechat", withUnanswered)),
      user: host,
      channel: C,
    });
    await bench.command("import", { user: host, channel: C });

    const sent = await bench.command("playbook", { user: host, channel: C });
    const reply = sent.responses().at(-1) as { response_type: string };
    expect(reply.response_type).toBe("in_channel");
    const text = shown(reply);
    const titles = store.tables().tasks.map((task) => task.title);
    expect(titles).toContain(steps.thank);
    expect(titles).toContain(steps.inviteNamed(steps.inviteHandles));
    expect(titles).not.toContain(steps.inviteNoData);
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
