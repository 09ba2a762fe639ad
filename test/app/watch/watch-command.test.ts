/** `/afterchat watch` through the dispatcher, on the in-memory store: who may, what is stored, what is said. */
import { describe, expect, it } from "vitest";
import { watchRegistry } from "../../../src/app/watch/index.js";
import { translator } from "../../../src/i18n/index.js";
import { visibleText } from "../../support/recording-responder.js";
import { testWorld } from "../world.js";

const en = translator("en");
const fr = translator("fr");

async function world() {
  const w = await testWorld({ registries: [watchRegistry], now: new Date("2026-11-27T10:00:00Z") });
  const series = await w.seedSeries();
  await w.store.team.set(w.workspace.id, series.id, w.ref("MEM"), "member");
  const member = w.actor({ user: "MEM", channel: "C1" });
  const moderator = w.actor({ user: "U1", channel: "C1" });
  return { ...w, series, member, moderator, channel: `slack:${w.workspace.externalId}:C1` };
}

const said = (r: { replies(): Array<{ message: Parameters<typeof visibleText>[0] }> }) =>
  r
    .replies()
    .map((x) => visibleText(x.message))
    .join("\n");

describe("/afterchat watch", () => {
  it("GIVEN a team member WHEN they add a chat with a schedule THEN it is stored for this channel, planned, and listed", async () => {
    const w = await world();
    const added = await w.run(
      w.member,
      "watch add #OtherChat fridays 18:00 Europe/Paris 1h bluesky @olivia remind 15m note their visuals",
    );
    const sentence = en.t("watch.addedScheduled", { hashtag: "otherchat", minutes: 15, next: "§" });
    expect(said(added)).toContain(sentence.split("§")[0]);
    const [watch] = await w.store.watches.list(w.workspace.id);
    expect(watch).toMatchObject({
      channel: w.channel,
      hashtag: "otherchat",
      cron: "0 18 * * 5",
      timeZone: "Europe/Paris",
      durationMinutes: 60,
      networks: ["bluesky"],
      hosts: ["olivia"],
      remindMinutes: 15,
      note: "their visuals",
    });
    const keys = (await w.store.jobs.list()).map((j) => j.key).filter((k) => k.startsWith("watch:"));
    expect(keys.some((k) => k.endsWith(":remind"))).toBe(true);
    expect(keys.some((k) => k.endsWith(":report"))).toBe(true);
    const again = await w.run(w.member, "watch add #otherchat");
    expect(said(again)).toContain(en.t("watch.already", { hashtag: "otherchat" }));
    const listed = said(await w.run(w.member, "watch list"));
    expect(listed).toContain("#otherchat");
    expect(listed).toContain("@olivia");
  });

  it("GIVEN an unreadable schedule WHEN a chat is added THEN the set-up form's sentence says why and nothing is stored", async () => {
    const w = await world();
    const reply = said(await w.run(w.member, "watch add #otherchat fridays 18:00"));
    expect(reply).toContain(en.t("setup.problems.zone_missing"));
    expect(await w.store.watches.list(w.workspace.id)).toEqual([]);
  });

  it("GIVEN a watched chat WHEN a member tries to remove it THEN only a moderator can, and its jobs are cancelled", async () => {
    const w = await world();
    await w.run(w.member, "watch add #otherchat fridays 18:00 Europe/Paris");
    const refused = said(await w.run(w.member, "watch remove #otherchat"));
    expect(refused).toContain(en.t("errors.not_moderator", { hashtag: "edchat" }));
    const removed = said(await w.run(w.moderator, "watch remove #otherchat"));
    expect(removed).toContain(en.t("watch.removed", { hashtag: "otherchat" }));
    expect(await w.store.watches.list(w.workspace.id)).toEqual([]);
    const pending = await w.store.jobs.list({ status: ["pending"] });
    expect(pending.filter((j) => j.key.startsWith("watch:"))).toEqual([]);
    const missing = said(await w.run(w.moderator, "watch remove #otherchat"));
    expect(missing).toContain(en.t("errors.watch_not_found", { hashtag: "otherchat" }));
  });

  it("GIVEN a member WHEN they ask for DM reminders, then click the reminder's button, then stop THEN the opt-in follows", async () => {
    const w = await world();
    await w.run(w.member, "watch add #otherchat fridays 18:00 Europe/Paris");
    const [watch] = await w.store.watches.list(w.workspace.id);
    expect(said(await w.run(w.member, "watch remind me"))).toContain(
      en.t("watch.remindOn", { hashtag: "otherchat" }),
    );
    expect(await w.store.watches.reminded(w.workspace.id, watch!.id)).toEqual([w.ref("MEM")]);
    await w.run(w.member, "watch remind off #otherchat");
    expect(await w.store.watches.reminded(w.workspace.id, watch!.id)).toEqual([]);
    await w.click(w.member, "watch.remind", watch!.id);
    expect(await w.store.watches.reminded(w.workspace.id, watch!.id)).toEqual([w.ref("MEM")]);
  });

  it("GIVEN someone outside the team, or a channel with no chat WHEN they use watch THEN they are refused; a workspace admin may", async () => {
    const w = await world();
    const outsider = w.actor({ user: "OUT", channel: "C1" });
    expect(said(await w.run(outsider, "watch add #otherchat"))).toContain(
      en.t("errors.not_team_member", { hashtag: "edchat" }),
    );
    const elsewhere = w.actor({ user: "MEM", channel: "C9" });
    expect(said(await w.run(elsewhere, "watch list"))).toContain(en.t("errors.not_admin"));
    const admin = w.actor({ user: "ADM", channel: "C9", isAdmin: true });
    await w.run(admin, "watch add #otherchat");
    expect((await w.store.watches.list(w.workspace.id)).map((x) => x.channel)).toEqual([
      `slack:${w.workspace.externalId}:C9`,
    ]);
  });

  it("GIVEN a French speaker WHEN they list an empty watch-list THEN it is said in French", async () => {
    const w = await world();
    const french = w.actor({ user: "MEM", channel: "C1", locale: "fr" });
    expect(said(await w.run(french, "suivre liste"))).toContain(fr.t("watch.empty"));
  });
});
