/**
 * Quiet channels, on Discord (real discord.js against the Discord fake), English and French:
 * `playbook` re-run with nothing new answers only the moderator (ephemeral); the notes listing
 * names its authors without pinging them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Series } from "../../../src/domain/series.js";
import { type Locale, translator } from "../../../src/i18n/index.js";
import {
  ADA,
  answerTexts,
  BOB,
  type DiscordWorld,
  discordWorld,
  firstAnswer,
  G,
  sendCommand,
} from "./support/discord-world.js";

describe.each<Locale>(["en", "fr"])("Discord: quiet channels (%s)", (locale) => {
  let w: DiscordWorld;
  let series: Series;
  const { t } = translator(locale);
  const who = { userId: ADA, locale: locale === "fr" ? "fr" : "en-US" };

  beforeAll(async () => {
    w = await discordWorld();
    series = await w.seedSeries({ locale });
  });
  afterAll(async () => w?.close());

  const addTask = (title: string) =>
    w.store.tasks.create({
      workspaceId: series.workspaceId,
      seriesId: series.id,
      editionId: null,
      title,
      ownerRef: `discord:${G}:${BOB}`,
      dueAt: null,
      createdBy: `discord:${G}:${ADA}`,
    });
  const run = (subcommand: string, options: Record<string, string> = {}) =>
    sendCommand(w, who, subcommand, options);

  it("GIVEN the playbook already run WHEN run again with nothing new THEN the answer is ephemeral", async () => {
    const first = await run("playbook");
    expect(((await firstAnswer(w, first)).data.flags as number | undefined) ?? 0).toBe(0);
    const again = await run("playbook");
    const answer = await firstAnswer(w, again);
    expect(((answer.data.flags as number | undefined) ?? 0) & 64).toBe(64);
    expect(answerTexts(w, again).join("\n")).toContain(t("playbook.allThere"));
  });

  it("GIVEN notes WHEN listed THEN authors are named, nobody is mentioned", async () => {
    await run("note", { kind: "good", text: "sharp questions" });
    const id = await run("notes");
    const text = answerTexts(w, id).join("\n");
    expect(text).toContain("sharp questions");
    expect(text).not.toMatch(/<@\d/u);
  });

  it("GIVEN the notes just listed WHEN listed again unchanged THEN only the asker is pointed to the list above", async () => {
    const id = await run("notes");
    expect(((await firstAnswer(w, id)).data.flags as number) & 64).toBe(64);
    expect(answerTexts(w, id).join("\n")).toContain(t("common.listRepeated"));
  });

  it("GIVEN tasks with owners WHEN listed THEN owners are named, nobody is mentioned; asked again THEN not posted twice; after a change THEN posted again", async () => {
    await addTask("book the guest");
    const first = await run("tasks", { scope: "all" });
    expect(((await firstAnswer(w, first)).data.flags as number | undefined) ?? 0).toBe(0);
    const text = answerTexts(w, first).join("\n");
    expect(text).toContain("book the guest");
    expect(text).toContain("bob");
    expect(text).not.toMatch(/<@\d/u);
    const again = await run("tasks", { scope: "all" });
    expect(((await firstAnswer(w, again)).data.flags as number) & 64).toBe(64);
    expect(answerTexts(w, again).join("\n")).toContain(t("common.listRepeated"));
    await addTask("write the recap");
    const changed = await run("tasks", { scope: "all" });
    expect(((await firstAnswer(w, changed)).data.flags as number | undefined) ?? 0).toBe(0);
  });
});
