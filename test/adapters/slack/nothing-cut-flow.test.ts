/**
 * Nothing cut silently, on Slack (real Bolt against the Slack fake), English and French: a
 * 1,080-character task is refused with a sentence (nothing stored, nothing cut); 60 long notes are
 * listed within Slack's limits and the listing says how many more there are and where to read them;
 * the App Home's "and N more" tasks points to a list that holds every one of them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { HOME_MAX_TASKS } from "../../../src/app/home/home-view.js";
import { type Locale, translator } from "../../../src/i18n/index.js";
import type { MemoryStore } from "../../support/memory-store.js";
import { LONG_TITLE, seedLongNotes } from "../../support/nothing-cut.js";
import { type Bench, startBench } from "./bench.js";
import { shown } from "./blocks.js";
import { REGISTRIES } from "./registries.js";

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

describe.each<Locale>(["en", "fr"])("Slack: nothing cut silently (%s)", (locale) => {
  let bench: Bench;
  let store: MemoryStore;
  const C = "C0NOTHINGC";
  const admin = "U0ADMIN002";
  const { t } = translator(locale);

  beforeAll(async () => {
    bench = await startBench({
      mode: "http",
      dispatcher: (services) => createDispatcher(services, REGISTRIES),
    });
    store = bench.store as MemoryStore;
    bench.fake.users.set(admin, { is_admin: true, locale: locale === "fr" ? "fr-FR" : "en-US" });
    await bench.command("setup #cafechat Café", { user: admin, channel: C });
  });
  afterAll(async () => bench?.stop());

  it("GIVEN a 1,080-character task WHEN filed THEN it is refused privately with its length, nothing stored", async () => {
    const sent = await bench.command(`task <@${admin}|me> ${LONG_TITLE}`, { user: admin, channel: C });
    const [before, after] = t("tasks.tooLong", { length: "§", max: 300 }).split("§");
    expect(shown(sent.responses())).toMatch(
      new RegExp(`${escapeRegex(before!)}1[,\u202F]?0\\d\\d${escapeRegex(after!)}`, "u"),
    );
    expect((sent.responses().at(-1) as { response_type: string }).response_type).toBe("ephemeral");
    expect(store.tables().tasks).toHaveLength(0);
  });

  it("GIVEN 60 long notes WHEN listed THEN the listing fits Slack and ends with how many more and where", async () => {
    await bench.command("note good first", { user: admin, channel: C });
    const edition = store.tables().editions[0]!;
    await seedLongNotes(store, edition.workspaceId, edition.id, [`slack:T0FAKE0001:${admin}`]);
    const sent = await bench.command("notes", { user: admin, channel: C });
    const posted = sent.responses().at(-1) as { blocks: Array<{ text?: { text: string } }> };
    expect(posted.blocks.length).toBeLessThanOrEqual(50);
    for (const block of posted.blocks) expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
    const text = shown(posted);
    expect(text).not.toMatch(/… \(\+\d+\)/u);
    const listed = (text.match(/Note \d+:/gu) ?? []).length;
    expect(listed).toBeGreaterThan(10);
    expect(text).toContain(t("notes.list.more", { count: 61 - listed - 1 }).slice(0, 10));
    expect(text).toContain("export notes");
  });

  it("GIVEN 20 open tasks of a moderator WHEN they open the App Home THEN it shows 15 and says where the 5 others are, AND that export lists all 20", async () => {
    const series = store.tables().series.find((one) => one.hashtag === "cafechat")!;
    const me = `slack:T0FAKE0001:${admin}`;
    const titles = Array.from({ length: 20 }, (_, i) => `home task ${String(i + 1).padStart(2, "0")}`);
    for (const [i, title] of titles.entries())
      await store.tasks.create({
        workspaceId: series.workspaceId,
        seriesId: series.id,
        editionId: null,
        title,
        ownerRef: me,
        dueAt: new Date(Date.UTC(2027, 0, 1 + i)),
        createdBy: me,
      });
    const home = shown((await bench.homeOpened({ user: admin })).args.view);
    expect(titles.filter((title) => home.includes(title))).toEqual(titles.slice(0, HOME_MAX_TASKS));
    expect(home).toContain(t("home.moreTasks", { count: 20 - HOME_MAX_TASKS }));
    expect(home).toContain("/afterchat export tasks");

    await bench.command("export tasks", { user: admin, channel: C });
    const upload = bench.fake.uploads().findLast((u) => u.channel === C && u.filename.endsWith(".csv"));
    const csv = upload?.bytes.toString("utf8") ?? "";
    expect(titles.filter((title) => csv.includes(title))).toEqual(titles);
  });
});
