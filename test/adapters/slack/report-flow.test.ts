/**
 * `/afterchat stats` on Slack for a long edition (400 posts, 30 questions left hanging, long
 * lists), through real Bolt against the Slack fake, English and French (issue 13, point 1, as on
 * Discord: test/adapters/discord/report-flow.test.ts). The headline figures and their change come
 * first; the message stays within Slack's limits (50 blocks, 3,000 characters a section); the full
 * report is attached as report.md.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { type Locale, translator } from "../../../src/i18n/index.js";
import { LONG_REPORT_STARTS, seedLongReport } from "../../support/long-report.js";
import type { MemoryStore } from "../../support/memory-store.js";
import { type Bench, startBench } from "./bench.js";
import { shown } from "./blocks.js";
import { REGISTRIES } from "./registries.js";

describe.each<Locale>(["en", "fr"])("Slack: a long report (%s)", (locale) => {
  let bench: Bench;
  let store: MemoryStore;
  const C = "C0LONGREP1";
  const admin = "U0ADMINLR1";
  const { t } = translator(locale);

  beforeAll(async () => {
    bench = await startBench({
      mode: "http",
      now: new Date(LONG_REPORT_STARTS + 3 * 3_600_000),
      dispatcher: (services) => createDispatcher(services, REGISTRIES),
    });
    store = bench.store as MemoryStore;
    bench.fake.users.set(admin, { is_admin: true, locale: locale === "fr" ? "fr-FR" : "en-US" });
    await bench.command("setup #cafechat Café", { user: admin, channel: C });
    const series = store.tables().series.find((s) => s.hashtag === "cafechat")!;
    await seedLongReport(store, series);
  });
  afterAll(async () => bench?.stop());

  it("GIVEN 400 posts and 30 questions left hanging WHEN a moderator asks for the stats THEN the figures and their change come first, within Slack's limits, and report.md holds every list", async () => {
    await bench.command("stats 2", { user: admin, channel: C });
    const report = bench.fake
      .messages()
      .find((m) => m.channel === C && shown(m.blocks).includes(t("report.figure.posts")));
    expect(report).toBeDefined();
    const blocks = report!.blocks as Array<{
      type: string;
      text?: { text: string };
      fields?: Array<{ text: string }>;
    }>;
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const block of blocks) expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
    // The figures come before any list, the first one with its change since edition 1.
    const figures = blocks.findIndex((block) => block.fields !== undefined);
    expect(figures).toBeGreaterThan(-1);
    expect(figures).toBeLessThan(blocks.findIndex((block) => block.type === "section" && block.text));
    expect(blocks[figures]!.fields![0]!.text).toMatch(
      new RegExp(`^\\*${t("report.figure.posts")}\\*\\n400 · ▲ \\+100`, "u"),
    );
    // The list of questions left hanging is cut with a pointer, never silently.
    const text = shown(blocks);
    expect(text).toContain(t("report.unanswered.fullList", { file: "`report.md`" }));
    expect(text).not.toMatch(/… \(\+\d+\)/u);
    const files = bench.fake.uploads().filter((u) => u.channel === C && u.thread_ts === report!.ts);
    expect(files.map((f) => f.filename)).toContain("report.md");
  });
});
