/**
 * `/afterchat tasks` on Discord with more tasks than fit as rows of buttons: one message, one
 * select per action whose options name the tasks, the list redrawn in place after a pick, and
 * handing a task over asked privately, naming the task. English and French.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Series } from "../../../src/domain/series.js";
import { translator } from "../../../src/i18n/index.js";
import type { Json } from "../../support/fake-discord-data.js";
import { ADA, BOB, type DiscordWorld, discordWorld, G } from "./support/discord-world.js";

interface Select {
  type: number;
  custom_id: string;
  placeholder?: string;
  options?: Array<{ label: string; value: string }>;
}
const TITLES = [
  "book the guest",
  "write the recap",
  "thank the hosts",
  "post the poll",
  "fix the deck",
  "tag the photos",
];

let w: DiscordWorld;

beforeAll(async () => {
  w = await discordWorld();
});

afterAll(async () => {
  await w?.close();
});

async function seriesWithTasks(locale: "en" | "fr", hashtag: string): Promise<Series> {
  const series = await w.seedSeries({ hashtag, locale });
  for (const [i, title] of TITLES.entries())
    await w.store.tasks.create({
      workspaceId: series.workspaceId,
      seriesId: series.id,
      editionId: null,
      title,
      ownerRef: `discord:${G}:${BOB}`,
      dueAt: new Date(Date.UTC(2026, 2, 10 + i, 17)),
      createdBy: `discord:${G}:${ADA}`,
    });
  return series;
}

const rowsOf = (message: Json) => (message.components as Array<{ components: Select[] }>) ?? [];
const selectsOf = (message: Json) => rowsOf(message).flatMap((r) => r.components);
const tasksOf = (series: Series) => w.store.tables().tasks.filter((t) => t.seriesId === series.id);

describe.each(["en", "fr"] as const)("the task list on Discord (%s)", (locale) => {
  const { t } = translator(locale);
  let series: Series;
  let list: Json;

  beforeAll(async () => {
    series = await seriesWithTasks(locale, `tasks${locale}`);
    w.fake.world.channels.set(CHANNEL[locale], { id: CHANNEL[locale], type: 0, guild_id: G, name: locale });
    await w.store.series.update(series.workspaceId, series.id, {
      debriefChannel: `discord:${G}:${CHANNEL[locale]}`,
    });
  });

  it("GIVEN six open tasks WHEN a member lists them THEN one message holds them, and every control names its task", async () => {
    const sent = w.fake.sendChatInput({
      subcommand: "tasks",
      options: { scope: "all" },
      userId: BOB,
      locale,
      channelId: CHANNEL[locale],
    });
    await w.dispatcher.handled(String(sent.id));
    // No follow-up messages: the list and its controls are one message.
    expect(w.fake.interactionReplies(String(sent.id)).map((c) => `${c.method} ${c.route}`)).toEqual([
      "POST /interactions/:id/:token/callback",
    ]);
    list = w.fake.world.interactions.get(String(sent.id))!.original!;
    expect(rowsOf(list).length).toBeLessThanOrEqual(5);
    const selects = selectsOf(list);
    expect(selects.map((s) => s.placeholder)).toEqual([
      t("tasks.pick.done"),
      t("tasks.pick.drop"),
      t("tasks.pick.reassign"),
    ]);
    for (const select of selects)
      expect(select.options?.map((o) => o.label)).toEqual(TITLES.map((title, i) => `${i + 1}. ${title}`));
    expect(selects.every((s) => s.type === 3)).toBe(true);
  });

  it("GIVEN the list WHEN the owner picks a task in Mark done THEN that task is done and the list is redrawn without it", async () => {
    const done = selectsOf(list).find((s) => s.custom_id.startsWith("task.done"))!;
    const recap = done.options!.find((o) => o.label.endsWith("write the recap"))!;
    const pick = w.fake.sendSelect({
      customId: done.custom_id,
      values: [recap.value],
      message: list,
      userId: BOB,
      locale,
      channelId: CHANNEL[locale],
    });
    await w.dispatcher.handled(String(pick.id));
    expect(tasksOf(series).find((task) => task.title === "write the recap")?.status).toBe("done");
    const [answer] = w.fake.interactionReplies(String(pick.id));
    expect((answer!.body as { type: number }).type).toBe(7);
    list = w.fake.world.messages.get(String(list.id))!;
    expect(JSON.stringify(list)).not.toContain("write the recap");
    expect(selectsOf(list)[0]!.options).toHaveLength(5);
  });

  it("GIVEN the list WHEN a moderator picks a task in Reassign THEN they alone are asked who takes it over, naming the task, and the pick hands it over", async () => {
    const reassign = selectsOf(list).find((s) => s.custom_id.startsWith("task.pick"))!;
    const guest = reassign.options!.find((o) => o.label.endsWith("book the guest"))!;
    const pick = w.fake.sendSelect({
      customId: reassign.custom_id,
      values: [guest.value],
      message: list,
      userId: ADA,
      locale,
      channelId: CHANNEL[locale],
    });
    await w.dispatcher.handled(String(pick.id));
    const [answer] = w.fake.interactionReplies(String(pick.id));
    const body = answer!.body as { type: number; data: Json };
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(JSON.stringify([body.data.content, body.data.embeds])).toContain(
      t("tasks.pick.who", { title: "book the guest" }),
    );
    const picker = selectsOf(body.data)[0]!;
    expect(picker.type).toBe(5);
    expect(picker.placeholder).toBe(t("tasks.pick.reassignTo", { title: "book the guest" }));

    const prompt = w.fake.world.interactions.get(String(pick.id))!.original!;
    const chosen = w.fake.sendSelect({
      customId: picker.custom_id,
      values: [ADA],
      kind: "user",
      message: prompt,
      userId: ADA,
      locale,
      channelId: CHANNEL[locale],
    });
    await w.dispatcher.handled(String(chosen.id));
    expect(tasksOf(series).find((task) => task.title === "book the guest")?.ownerRef).toBe(
      `discord:${G}:${ADA}`,
    );
  });

  it("GIVEN a member WHEN they list their own tasks THEN the list is for them alone", async () => {
    const sent = w.fake.sendChatInput({
      subcommand: "tasks",
      options: { scope: "mine" },
      userId: BOB,
      locale,
      channelId: CHANNEL[locale],
    });
    await w.dispatcher.handled(String(sent.id));
    const [answer] = w.fake.interactionReplies(String(sent.id));
    expect(((answer!.body as { data: Json }).data as Json).flags).toBe(64);
  });
});

const CHANNEL = { en: "910000000000000040", fr: "910000000000000041" } as const;
