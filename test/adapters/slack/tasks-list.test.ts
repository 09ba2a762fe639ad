/**
 * `/afterchat tasks` in Slack, real Bolt against the fake: the list is one message whose controls
 * (one static_select per action) name the tasks; a pick changes the task and redraws the list;
 * handing a task over asks privately, naming the task; `tasks mine` answers its asker alone.
 * English and French.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { translator } from "../../../src/i18n/index.js";
import type { MemoryStore } from "../../support/memory-store.js";
import { type Bench, startBench } from "./bench.js";
import { type Element, elementsOf, findElement, shown } from "./blocks.js";
import { REGISTRIES } from "./registries.js";

const T = "T0FAKE0001";
const TITLES = [
  "book the guest",
  "write the recap",
  "thank the hosts",
  "post the poll",
  "fix the deck",
  "tag the photos",
];

let bench: Bench;
let store: MemoryStore;

beforeAll(async () => {
  bench = await startBench({
    mode: "http",
    dispatcher: (services) => createDispatcher(services, REGISTRIES),
  });
  store = bench.store as MemoryStore;
  bench.fake.users.set("U0ADMINEN1", { is_admin: true });
  bench.fake.users.set("U0ADMINFR1", { is_admin: true, locale: "fr-FR" });
});
afterAll(async () => bench?.stop());

const CASES = [
  { locale: "en", admin: "U0ADMINEN1", channel: "C0TASKSEN1", hashtag: "tasksen", language: null },
  { locale: "fr", admin: "U0ADMINFR1", channel: "C0TASKSFR1", hashtag: "tasksfr", language: "langue fr" },
] as const;

describe.each(CASES)("the task list in Slack ($locale)", ({ locale, admin, channel, hashtag, language }) => {
  const { t } = translator(locale);
  const member = "U0MEMBER01";
  let list: { blocks: unknown };

  beforeAll(async () => {
    await bench.command(`setup <#${channel}|${hashtag}>`, { user: admin, channel });
    if (language) await bench.command(language, { user: admin, channel });
    await bench.command(`team add <@${member}|mia>`, { user: admin, channel });
    for (const title of TITLES)
      await bench.command(`task <@${member}|mia> ${title}`, { user: admin, channel });
  });

  const task = (title: string) =>
    store
      .tables()
      .tasks.find(
        (row) =>
          row.title === title &&
          store.tables().series.find((s) => s.id === row.seriesId)?.hashtag === hashtag,
      );

  it("GIVEN six open tasks WHEN the team's list is asked THEN one message, and every control names its task", async () => {
    const sent = await bench.command("tasks", { user: admin, channel });
    const bodies = sent.responses() as Array<{ blocks: unknown }>;
    expect(bodies).toHaveLength(1);
    list = bodies[0]!;
    const elements = elementsOf(list.blocks);
    expect(elements.map((e) => e.type)).toEqual(["static_select", "static_select", "static_select"]);
    expect(elements.map((e) => (e.placeholder as { text: string }).text)).toEqual([
      t("tasks.pick.done"),
      t("tasks.pick.drop"),
      t("tasks.pick.reassign"),
    ]);
    for (const e of elements)
      expect((e.options as Array<{ text: { text: string } }>).map((o) => o.text.text)).toEqual(
        TITLES.map((title, i) => `${i + 1}. ${title}`),
      );
  });

  it("GIVEN the list WHEN the owner picks a task in Mark done THEN it is done and the list is redrawn without it", async () => {
    const done = findElement(list.blocks, "task.done");
    const option = pick(done, "write the recap");
    const click = await bench.click({ ...done, selected_option: option }, { user: member, channel });
    expect(task("write the recap")?.status).toBe("done");
    const redrawn = click.responses().at(-1) as { replace_original: boolean; blocks: unknown };
    expect(redrawn.replace_original).toBe(true);
    expect(shown(redrawn.blocks)).not.toContain("write the recap");
  });

  it("GIVEN the list WHEN a moderator picks a task in Reassign THEN they alone are asked who takes it, naming it, and the pick hands it over", async () => {
    const reassign = findElement(list.blocks, "task.pick");
    const click = await bench.click(
      { ...reassign, selected_option: pick(reassign, "book the guest") },
      { user: admin, channel },
    );
    const prompt = click.responses().at(-1) as { response_type?: string; blocks: unknown };
    expect(prompt.response_type).toBe("ephemeral");
    expect(shown(prompt.blocks)).toContain(t("tasks.pick.who", { title: "book the guest" }));
    const picker = findElement(prompt.blocks, "task.reassign");
    expect((picker.placeholder as { text: string }).text).toBe(
      t("tasks.pick.reassignTo", { title: "book the guest" }),
    );
    await bench.click({ ...picker, selected_user: "U0OTHER001" }, { user: admin, channel });
    expect(task("book the guest")?.ownerRef).toBe(`slack:${T}:U0OTHER001`);
  });

  it("GIVEN a member with a task WHEN they list their own THEN only they see it, in their language, its controls naming it", async () => {
    const own = locale === "fr" ? "U0MINEFR01" : "U0MINEEN01";
    bench.fake.users.set(own, { locale: locale === "fr" ? "fr-FR" : "en-US" });
    await bench.command(`team add <@${own}|lou>`, { user: admin, channel });
    await bench.command(`task <@${own}|lou> print the badges`, { user: admin, channel });
    const sent = await bench.command("tasks mine", { user: own, channel });
    const bodies = sent.responses() as Array<{ response_type?: string; blocks: unknown }>;
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.response_type).toBe("ephemeral");
    const text = shown(bodies[0]!.blocks);
    expect(text).toContain(t("tasks.list.mine", { count: 1, hashtag }));
    expect(text).not.toContain("write the recap");
    const done = findElement(bodies[0]!.blocks, "task.done");
    expect(pick(done, "print the badges").text.text).toBe("1. print the badges");
  });
});

function pick(select: Element, title: string) {
  const options = select.options as Array<{ text: { text: string }; value: string }>;
  const found = options.find((o) => o.text.text.endsWith(title))!;
  return { text: found.text, value: found.value };
}
