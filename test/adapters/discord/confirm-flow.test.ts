/**
 * Quiet channels on Discord (real discord.js against the Discord fake), English and French: what
 * cannot be undone (Close the poll, Drop a task, Delete a note) asks the clicker privately first.
 * Cancel changes nothing; Confirm does it and redraws the message first clicked.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Series } from "../../../src/domain/series.js";
import { type Locale, translator } from "../../../src/i18n/index.js";
import type { Json } from "../../support/fake-discord-data.js";
import {
  ADA,
  BOB,
  CHAT,
  clickConfirming,
  type DiscordWorld,
  discordWorld,
  G,
  sendCommand,
} from "./support/discord-world.js";

interface Component {
  custom_id: string;
  label?: string;
  options?: Array<{ label: string; value: string }>;
}
const componentsOf = (message: Json): Component[] =>
  ((message.components as Array<{ components: Component[] }> | undefined) ?? []).flatMap((r) => r.components);
const findMessage = (w: DiscordWorld, action: string) =>
  [...w.fake.world.messages.values()]
    .reverse()
    .find((m) => componentsOf(m).some((c) => c.custom_id.includes(action)))!;

describe.each<Locale>(["en", "fr"])("Discord: irreversible buttons ask first (%s)", (locale) => {
  let w: DiscordWorld;
  let series: Series;
  const { t } = translator(locale);
  const ada = { userId: ADA, locale: locale === "fr" ? "fr" : "en-US" };
  const bob = { userId: BOB, locale: locale === "fr" ? "fr" : "en-US" };

  beforeAll(async () => {
    w = await discordWorld();
    series = await w.seedSeries({ locale });
  });
  afterAll(async () => w?.close());

  it("GIVEN an open poll WHEN a moderator clicks Close the poll then Cancel THEN only they were asked and the poll stays open", async () => {
    await sendCommand(w, ada, "poll");
    const controls = findMessage(w, "poll.close|");
    const close = componentsOf(controls).find((c) => c.custom_id.includes("poll.close|"))!;
    expect(close.custom_id.startsWith("?")).toBe(true);
    const click = () => w.fake.sendButton({ customId: close.custom_id, message: controls, ...ada });
    const asked = await clickConfirming(w, click, ada, "no");
    expect(asked.questionFlags & 64).toBe(64);
    expect(asked.question).toContain(t("common.confirm.title"));
    expect(asked.question).toContain(t("common.confirm.pollClose"));
    expect(w.store.tables().polls[0]!.closedAt).toBeNull();
  });

  it("GIVEN an open poll WHEN a moderator clicks Close the poll then Confirm THEN it is closed and its message says so", async () => {
    const controls = findMessage(w, "poll.close|");
    const close = componentsOf(controls).find((c) => c.custom_id.includes("poll.close|"))!;
    const click = () => w.fake.sendButton({ customId: close.custom_id, message: controls, ...ada });
    await clickConfirming(w, click, ada, "yes");
    expect(w.store.tables().polls[0]!.closedAt).not.toBeNull();
    const poll = w.store.tables().polls[0]!;
    const first = poll.messageRef!.split(",")[0]!;
    expect(JSON.stringify(w.fake.world.messages.get(first))).toContain(t("poll.closedBanner"));
  });

  it("GIVEN the task list WHEN a moderator picks a task in Drop THEN they are asked, naming the task, and Confirm drops it and redraws the list", async () => {
    for (const title of ["book the guest", "write the recap"])
      await w.store.tasks.create({
        workspaceId: series.workspaceId,
        seriesId: series.id,
        editionId: null,
        title,
        ownerRef: `discord:${G}:${BOB}`,
        dueAt: null,
        createdBy: `discord:${G}:${ADA}`,
      });
    const listed = await sendCommand(w, ada, "tasks", { scope: "all" });
    const list = w.fake.world.interactions.get(listed)!.original!;
    const drop = componentsOf(list).find((c) => c.custom_id.includes("task.drop"))!;
    expect(drop.custom_id.startsWith("?")).toBe(true);
    const recap = drop.options!.find((o) => o.label.endsWith("write the recap"))!;
    const click = () =>
      w.fake.sendSelect({
        customId: drop.custom_id,
        values: [recap.value],
        message: list,
        ...ada,
        channelId: CHAT,
      });
    const asked = await clickConfirming(w, click, ada, "yes");
    expect(asked.question).toContain(t("common.confirm.taskDrop"));
    expect(asked.question).toContain("write the recap");
    const tasks = w.store.tables().tasks.filter((task) => task.seriesId === series.id);
    expect(tasks.find((task) => task.title === "write the recap")?.status).toBe("dropped");
    expect(tasks.find((task) => task.title === "book the guest")?.status).toBe("open");
    const redrawn = w.fake.world.messages.get(String(list.id))!;
    expect(JSON.stringify(redrawn)).not.toContain("write the recap");
    expect(JSON.stringify(redrawn)).toContain("book the guest");
  });

  it("GIVEN a filed note WHEN its author clicks Delete then Confirm THEN the note is gone", async () => {
    await sendCommand(w, bob, "note", { kind: "good", text: "sharp questions" });

    const saved = findMessage(w, "note.delete|");
    const del = componentsOf(saved).find((c) => c.custom_id.includes("note.delete|"))!;
    expect(del.custom_id.startsWith("?")).toBe(true);
    const click = () => w.fake.sendButton({ customId: del.custom_id, message: saved, ...bob });
    const asked = await clickConfirming(w, click, bob, "yes");
    expect(asked.question).toContain(t("common.confirm.noteDelete"));
    expect(w.store.tables().notes.filter((n) => n.text === "sharp questions")).toEqual([]);
  });
});
