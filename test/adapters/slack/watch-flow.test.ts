/**
 * The watch-list on Slack (real Bolt against the Slack fake): a moderator adds #otherchat in the
 * chat's channel, lists it; the scheduled reminder is posted with chat.postMessage and its button;
 * a member's click opts them in, and the next reminder of that job reaches them by DM.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { translator } from "../../../src/i18n/index.js";
import { watchReminder } from "../../../src/jobs/handlers/watch.js";
import type { MemoryStore } from "../../support/memory-store.js";
import { type Bench, startBench } from "./bench.js";
import { findElement, shown } from "./blocks.js";
import { REGISTRIES } from "./registries.js";

const en = translator("en");
const T = "T0FAKE0001";
const C = "C0WATCH001";
const MODERATOR = "U0MOD00001";
const MEMBER = "U0MEMBER01";
/** "#otherchat starts", the reminder header up to its date. */
const STARTS = en.t("watch.reminder.header", { hashtag: "otherchat", when: "§" }).split("§")[0]!;

describe("Slack: the watch-list", () => {
  let bench: Bench;
  let store: MemoryStore;

  beforeAll(async () => {
    bench = await startBench({
      mode: "http",
      now: new Date("2026-11-27T10:00:00Z"),
      dispatcher: (services) => createDispatcher(services, REGISTRIES),
    });
    store = bench.store as MemoryStore;
    bench.fake.users.set(MODERATOR, { is_admin: true });
    await bench.command("setup #cafechat Café", { user: MODERATOR, channel: C });
    await bench.command(`team add <@${MEMBER}|mem>`, { user: MODERATOR, channel: C });
  });
  afterAll(async () => bench?.stop());

  it("GIVEN a chat's channel WHEN a moderator adds and lists a watched chat THEN it is stored for that channel and listed", async () => {
    const added = await bench.command("watch add #otherchat fridays 18:00 Europe/Paris x @olivia", {
      user: MODERATOR,
      channel: C,
    });
    expect(shown(added.responses())).toContain("#otherchat");
    const [watch] = store.tables().watches;
    expect(watch).toMatchObject({ channel: `slack:${T}:${C}`, hashtag: "otherchat", cron: "0 18 * * 5" });
    const listed = await bench.command("watch list", { user: MEMBER, channel: C });
    expect(shown(listed.responses())).toContain(en.t("watch.listHeader"));
    expect(shown(listed.responses())).toContain("@olivia");
  });

  it("GIVEN the reminder job WHEN it runs THEN the channel gets the reminder; a member's click on its button brings them a DM", async () => {
    const job = (await store.jobs.list({ kind: "watch.remind" }))[0]!;
    bench.clock.set(job.runAt);
    await watchReminder(bench.services, job);
    const posted = bench.fake.messages().filter((m) => m.channel === C && m.method === "chat.postMessage");
    const reminder = posted.find((m) => shown(m.blocks).includes(STARTS));
    expect(shown(reminder?.blocks)).toContain("https://x.com/search?q=%23otherchat&f=live");
    expect(shown(reminder?.blocks)).toContain(en.t("watch.reminder.hosts", { hosts: "@olivia" }));

    const button = findElement(reminder?.blocks, "watch.remind");
    await bench.click(button, { user: MEMBER, channel: C }, { ts: reminder!.ts!, channel: C });
    expect(store.tables().watchReminders.map((r) => r.userRef)).toEqual([`slack:${T}:${MEMBER}`]);

    await watchReminder(bench.services, job);
    const dms = bench.fake
      .messages()
      .filter((m) => m.channel !== C && shown(m.blocks).includes("#otherchat"));
    expect(dms).toHaveLength(1);
    expect(shown(dms[0]?.blocks)).toContain("https://x.com/search?q=%23otherchat&f=live");
    // The channel reminder was not sent twice.
    expect(
      bench.fake.messages().filter((m) => m.channel === C && shown(m.blocks).includes(STARTS)),
    ).toHaveLength(1);
  });
});
