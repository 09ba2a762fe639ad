/**
 * Exports people open, on Discord (real discord.js against the Discord fake): a French chat's CSV
 * splits cells on ";" (French Excel), an English chat's on ","; authors by name, never an
 * internal reference.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Locale, translator } from "../../../src/i18n/index.js";
import { ADA, BOB, type DiscordWorld, discordWorld, G, sendCommand } from "./support/discord-world.js";

describe.each<[Locale, string]>([
  ["en", ","],
  ["fr", ";"],
])("Discord: a %s chat's export", (locale, separator) => {
  let w: DiscordWorld;
  const { t } = translator(locale);
  const who = { userId: ADA, locale: locale === "fr" ? "fr" : "en-US" };

  beforeAll(async () => {
    w = await discordWorld();
    await w.seedSeries({ locale });
  });
  afterAll(async () => w?.close());

  const run = (subcommand: string, options: Record<string, string> = {}) =>
    sendCommand(w, who, subcommand, options);

  it(`GIVEN notes WHEN exported THEN cells are split on "${separator}", authors named, no internal reference`, async () => {
    await run("note", { kind: "good", text: "sharp, short questions" });
    const id = await run("export", { what: "notes" });
    const withFile = w.fake.interactionReplies(id).find((c) => c.files.length > 0);
    const text = withFile?.files[0]?.bytes.toString("utf8") ?? "";
    const [header, row] = text.replace(/^\uFEFF/u, "").split("\r\n");
    expect(header?.split(separator)[0]).toBe(t("export.columns.edition"));
    expect(row).toContain('"sharp, short questions"');
    expect(text).not.toContain("discord:");
    // The author's name ("ada"), then their Discord id in a column of its own.
    const cells = header!.split(separator);
    const at = cells.indexOf(t("export.columns.author"));
    expect(cells[at + 1]).toBe(t("export.columns.authorId", { platform: "Discord" }));
    expect(row!.split(separator).slice(at, at + 2)).toEqual(["ada", ADA]);
  });

  it("GIVEN an owned task WHEN exported THEN the owner's name, then their Discord id; dates headed with the zone", async () => {
    const series = (await w.store.series.list((await w.workspace()).id))[0]!;
    await w.store.tasks.create({
      workspaceId: series.workspaceId,
      seriesId: series.id,
      editionId: null,
      title: "write the recap",
      ownerRef: `discord:${G}:${BOB}`,
      dueAt: new Date(Date.UTC(2026, 2, 10, 17)),
      createdBy: `discord:${G}:${ADA}`,
    });
    const id = await run("export", { what: "tasks" });
    const withFile = w.fake.interactionReplies(id).find((c) => c.files.length > 0);
    const text = withFile?.files[0]?.bytes.toString("utf8") ?? "";
    const [header, row] = text.replace(/^\uFEFF/u, "").split("\r\n");
    const cells = header!.split(separator);
    const at = cells.indexOf(t("export.columns.owner"));
    expect(cells[at + 1]).toBe(t("export.columns.ownerId", { platform: "Discord" }));
    expect(row!.split(separator).slice(at, at + 3)).toEqual(["bob", BOB, "2026-03-10 18:00"]);
    expect(cells[at + 2]).toBe(t("export.columns.due", { zone: "Europe/Paris" }));
  });
});
