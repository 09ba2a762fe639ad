/**
 * Exports people open, on Slack (real Bolt against the Slack fake): a French chat's CSV splits
 * cells on ";" (French Excel reads "," as the decimal mark), an English chat's on ","; authors by
 * name, never an internal reference; dates headed with their time zone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { type Locale, translator } from "../../../src/i18n/index.js";
import { type Bench, startBench } from "./bench.js";
import { REGISTRIES } from "./registries.js";

describe.each<[Locale, string]>([
  ["en", ","],
  ["fr", ";"],
])("Slack: a %s chat's export", (locale, separator) => {
  let bench: Bench;
  const C = "C0EXPORTS1";
  const admin = "U0ADMIN004";
  const { t } = translator(locale);

  beforeAll(async () => {
    bench = await startBench({
      mode: "http",
      dispatcher: (services) => createDispatcher(services, REGISTRIES),
    });
    bench.fake.users.set(admin, { is_admin: true, locale: locale === "fr" ? "fr-FR" : "en-US" });
    await bench.command("setup #cafechat Café", { user: admin, channel: C });
    await bench.command("note good sharp, short questions", { user: admin, channel: C });
  });
  afterAll(async () => bench?.stop());

  it(`GIVEN notes WHEN exported THEN cells are split on "${separator}", authors named, no internal reference`, async () => {
    await bench.command("export notes", { user: admin, channel: C });
    const upload = bench.fake.uploads().find((u) => u.channel === C && u.filename.endsWith(".csv"));
    const text = upload?.bytes.toString("utf8") ?? "";
    const [header, row] = text.replace(/^\uFEFF/u, "").split("\r\n");
    expect(header?.split(separator)[0]).toBe(t("export.columns.edition"));
    expect(row).toContain('"sharp, short questions"');
    expect(text).not.toContain("slack:T");
    // The author's name, then their Slack id in a column of its own.
    const cells = header!.split(separator);
    const at = cells.indexOf(t("export.columns.author"));
    expect(cells[at + 1]).toBe(t("export.columns.authorId", { platform: "Slack" }));
    expect(row!.split(separator)[at + 1]).toBe(admin);
  });

  it("GIVEN an owned task WHEN exported THEN the owner's name, then their Slack id; dates headed with the zone", async () => {
    await bench.command(`task <@${admin}|ada> write the recap`, { user: admin, channel: C });
    await bench.command("export tasks", { user: admin, channel: C });
    const upload = bench.fake.uploads().findLast((u) => u.channel === C && u.filename.endsWith(".csv"));
    const [header, row] = (upload?.bytes.toString("utf8") ?? "").replace(/^\uFEFF/u, "").split("\r\n");
    const cells = header!.split(separator);
    const at = cells.indexOf(t("export.columns.owner"));
    expect(cells[at + 1]).toBe(t("export.columns.ownerId", { platform: "Slack" }));
    expect(row!.split(separator)[at + 1]).toBe(admin);
    expect(row!.split(separator)[at]).not.toContain("slack:");
    expect(cells).toContain(t("export.columns.due", { zone: "UTC" }));
  });
});
