/**
 * `/afterchat compare` in Slack, real Bolt against the fake: our chat and a watched chat side by side (the
 * figures as section fields, the chart uploaded to the channel, the people both share by name), then the
 * watched chat's questions with a static_select; a moderator's pick makes one task, and a replayed pick
 * none more. English and French.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { translator } from "../../../src/i18n/index.js";
import { OUR_POSTS, storePosts, TEACHCHAT_SUMMARY } from "../../app/compare/world.js";
import type { MemoryStore } from "../../support/memory-store.js";
import { type Bench, startBench } from "./bench.js";
import { findElement, shown } from "./blocks.js";
import { REGISTRIES } from "./registries.js";

let bench: Bench;
let store: MemoryStore;

beforeAll(async () => {
  bench = await startBench({
    mode: "http",
    dispatcher: (services) => createDispatcher(services, REGISTRIES),
    now: new Date("2026-03-05T12:00:00Z"),
  });
  store = bench.store as MemoryStore;
  bench.fake.users.set("U0ADMINEN1", { is_admin: true });
  bench.fake.users.set("U0ADMINFR1", { is_admin: true, locale: "fr-FR" });
});
afterAll(async () => bench?.stop());

const CASES = [
  { locale: "en", admin: "U0ADMINEN1", channel: "C0COMPEN01", hashtag: "edchaten", language: null },
  { locale: "fr", admin: "U0ADMINFR1", channel: "C0COMPFR01", hashtag: "edchatfr", language: "langue fr" },
] as const;

describe.each(CASES)("compare in Slack ($locale)", ({ locale, admin, channel, hashtag, language }) => {
  const { t } = translator(locale);
  let questions: { blocks: unknown; response_type?: string };

  beforeAll(async () => {
    await bench.command(`setup <#${channel}|${hashtag}>`, { user: admin, channel });
    if (language) await bench.command(language, { user: admin, channel });
    await bench.command("watch add #teachchat", { user: admin, channel });
    const series = store.tables().series.find((s) => s.hashtag === hashtag)!;
    const edition = await store.editions.create({
      workspaceId: series.workspaceId,
      seriesId: series.id,
      number: 1,
      startsAt: new Date("2026-03-03T18:00:00Z"),
      endsAt: new Date("2026-03-03T19:00:00Z"),
      status: "debriefing",
    });
    const posts = OUR_POSTS.map((p) => ({ ...p, externalId: `${locale}${p.externalId}` }));
    await storePosts(store, series.workspaceId, edition.id, posts);
    const watch = (await store.watches.list(series.workspaceId)).find(
      (w) => w.channel === series.debriefChannel,
    )!;
    const watched = await store.watchEditions.ensure(series.workspaceId, watch.id, {
      startsAt: new Date("2026-03-04T19:00:00Z"),
      endsAt: new Date("2026-03-04T20:00:00Z"),
    });
    await store.watchEditions.record(series.workspaceId, watched.id, {
      status: "reported",
      summary: TEACHCHAT_SUMMARY,
      at: new Date("2026-03-04T20:30:00Z"),
    });
  });

  it("GIVEN a watched chat with a pulled edition WHEN compared THEN figures, chart and shared people reach the channel, in its language", async () => {
    const sent = await bench.command("compare #teachchat", { user: admin, channel });
    const bodies = sent.responses() as Array<{ blocks: unknown; response_type?: string }>;
    // With its chart, the comparison is posted to the channel (chat.postMessage), the chart uploaded beside it.
    const posted = bench.fake
      .calls("chat.postMessage")
      .map((c) => c.args as { channel: string; blocks: unknown })
      .filter((a) => a.channel === channel);
    const text = shown(posted.map((a) => a.blocks));
    expect(text).toContain(t("compare.figure.answersPerQuestion"));
    expect(text).toContain(t("compare.header", { ours: hashtag, theirs: "teachchat" }));
    expect(text).toContain(t("compare.unknown.noFollowers"));
    expect(text).toContain("Cara Diaz");
    expect(text).not.toContain("<@");
    const upload = bench.fake.uploads().find((u) => u.channel === channel && u.filename === "compare.png");
    expect(upload?.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    questions = bodies.find((b) => shown(b.blocks).includes("Q1"))!;
    expect(questions.response_type).toBe("in_channel");
    expect(shown(questions.blocks)).toContain(t("compare.questions.copyPlaceholder"));
  });

  it("GIVEN their questions WHEN a moderator picks one twice THEN one task holds it", async () => {
    const select = findElement(questions.blocks, "compare.copy");
    const options = select.options as Array<{ text: { text: string }; value: string }>;
    const q2 = options.find((o) => o.text.text.startsWith("Q2"))!;
    const first = await bench.click({ ...select, selected_option: q2 }, { user: admin, channel });
    expect(shown(first.responses())).toContain(
      t("compare.copy.createdUndated", { hashtag, title: "" }).trim(),
    );
    const again = await bench.click({ ...select, selected_option: q2 }, { user: admin, channel });
    expect(shown(again.responses())).toContain(t("compare.copy.exists", { hashtag, title: "" }).trim());
    const series = store.tables().series.find((s) => s.hashtag === hashtag)!;
    const copied = store
      .tables()
      .tasks.filter((task) => task.seriesId === series.id && task.origin === "copied");
    expect(copied).toHaveLength(1);
    expect(copied[0]!.title).toContain("Q2 How do you start a lesson?");
  });
});
