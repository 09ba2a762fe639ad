/**
 * Right-to-left notes on Slack (real Bolt against the Slack fake), English and French: a note
 * written in Arabic is listed inside a first-strong isolate, so the author's name in parentheses
 * after it stays after it instead of flipping to the line's other end.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { translator } from "../../../src/i18n/index.js";
import { type Bench, startBench } from "./bench.js";
import { shown } from "./blocks.js";
import { REGISTRIES } from "./registries.js";

const ARABIC = "أسئلة رائعة هذا الأسبوع";
const HEBREW = "שאלות מצוינות";

describe.each([
  { locale: "en", userLocale: "en-US", C: "C0BIDIEN01" },
  { locale: "fr", userLocale: "fr-FR", C: "C0BIDIFR01" },
] as const)("Slack: right-to-left notes, in $locale", ({ locale, userLocale, C }) => {
  const { t } = translator(locale);
  const HOST = "U0BIDIHOST";
  let bench: Bench;

  beforeAll(async () => {
    bench = await startBench({
      mode: "http",
      dispatcher: (services) => createDispatcher(services, REGISTRIES),
    });
    bench.fake.users.set(HOST, { is_admin: true, locale: userLocale });
    await bench.command("setup #bidichat Bidi chat", { user: HOST, channel: C });
  });
  afterAll(async () => bench?.stop());

  it("GIVEN notes in Arabic and Hebrew WHEN listed THEN each text and its author are isolated apart", async () => {
    await bench.command(`note good ${ARABIC}`, { user: HOST, channel: C });
    await bench.command(`note insight ${HEBREW}`, { user: HOST, channel: C });
    const listed = shown((await bench.command("notes", { user: HOST, channel: C })).responses());
    expect(listed).toContain(t("notes.list.kind", { kind: t("common.kinds.good"), count: 1 }));
    for (const text of [ARABIC, HEBREW])
      expect(listed).toMatch(
        new RegExp(`• \\u2068${text}\\u2069 \\(\\u2068[^\\u2068\\u2069]+\\u2069\\)`, "u"),
      );
  });
});
