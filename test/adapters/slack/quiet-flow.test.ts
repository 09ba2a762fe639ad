/**
 * Quiet channels, on Slack (real Bolt against the Slack fake), English and French: `playbook`
 * re-run with nothing new answers only the moderator; the notes listing names its authors
 * without pinging them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { type Locale, translator } from "../../../src/i18n/index.js";
import { type Bench, startBench } from "./bench.js";
import { shown } from "./blocks.js";
import { REGISTRIES } from "./registries.js";

describe.each<Locale>(["en", "fr"])("Slack: quiet channels (%s)", (locale) => {
  let bench: Bench;
  const C = "C0QUIETCH1";
  const admin = "U0ADMIN003";
  const { t } = translator(locale);

  beforeAll(async () => {
    bench = await startBench({
      mode: "http",
      dispatcher: (services) => createDispatcher(services, REGISTRIES),
    });
    bench.fake.users.set(admin, { is_admin: true, locale: locale === "fr" ? "fr-FR" : "en-US" });
    await bench.command("setup #cafechat Café", { user: admin, channel: C });
  });
  afterAll(async () => bench?.stop());

  it("GIVEN the playbook already run WHEN run again with nothing new THEN only the moderator sees the answer", async () => {
    const first = await bench.command("playbook", { user: admin, channel: C });
    expect((first.responses().at(-1) as { response_type: string }).response_type).toBe("in_channel");
    const again = await bench.command("playbook", { user: admin, channel: C });
    const reply = again.responses().at(-1) as { response_type: string };
    expect(reply.response_type).toBe("ephemeral");
    expect(shown(reply)).toContain(t("playbook.allThere"));
  });

  it("GIVEN notes WHEN listed THEN authors are named, nobody is mentioned", async () => {
    await bench.command("note good sharp questions", { user: admin, channel: C });
    const sent = await bench.command("notes", { user: admin, channel: C });
    const text = shown(sent.responses().at(-1));
    expect(text).toContain("sharp questions");
    expect(text).not.toMatch(/<@U/u);
  });

  it("GIVEN the notes just listed WHEN listed again unchanged THEN only the asker is pointed to the list above", async () => {
    const again = await bench.command("notes", { user: admin, channel: C });
    const reply = again.responses().at(-1) as { response_type: string };
    expect(reply.response_type).toBe("ephemeral");
    expect(shown(reply)).toContain(t("common.listRepeated"));
  });

  it("GIVEN tasks with owners WHEN listed THEN owners are named, nobody is mentioned; asked again THEN not posted twice; after a change THEN posted again", async () => {
    await bench.command("task <@U0OWNER001|mia> book the guest", { user: admin, channel: C });
    const first = await bench.command("tasks", { user: admin, channel: C });
    const list = first.responses().at(-1) as { response_type: string };
    expect(list.response_type).toBe("in_channel");
    expect(shown(list)).toContain("book the guest");
    expect(shown(list)).not.toMatch(/<@U/u);
    const again = await bench.command("tasks", { user: admin, channel: C });
    const repeated = again.responses().at(-1) as { response_type: string };
    expect(repeated.response_type).toBe("ephemeral");
    expect(shown(repeated)).toContain(t("common.listRepeated"));
    await bench.command("task write the recap", { user: admin, channel: C });
    const changed = await bench.command("tasks", { user: admin, channel: C });
    expect((changed.responses().at(-1) as { response_type: string }).response_type).toBe("in_channel");
  });
});
