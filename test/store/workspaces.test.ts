import { describe, expect, it } from "vitest";
import { DEFAULT_SERIES_SETTINGS } from "../../src/domain/series.js";
import { storeTargets } from "../support/db.js";
import { useStore } from "./harness.js";
import { seedWorld, seriesInput } from "./seed.js";

describe.each(storeTargets())("workspaces, series, team and links on $name", (target) => {
  const h = useStore(target);

  describe("workspaces", () => {
    it("GIVEN a first contact WHEN ensure runs twice THEN one workspace exists, found by its external id", async () => {
      const first = await h.store.workspaces.ensure({ platform: "slack", externalId: "T1", name: "Acme" });
      const again = await h.store.workspaces.ensure({ platform: "slack", externalId: "T1", name: "Renamed" });
      expect(again).toEqual(first);
      expect(first).toMatchObject({ platform: "slack", externalId: "T1", name: "Acme", locale: "en" });
      expect(await h.store.workspaces.findByExternal("slack", "T1")).toEqual(first);
      expect(await h.store.workspaces.findByExternal("discord", "T1")).toBeNull();
      expect(await h.store.workspaces.get(first.id)).toEqual(first);
    });

    it("GIVEN concurrent first contacts WHEN ensure runs 5 times at once THEN they all get the same workspace", async () => {
      const all = await Promise.all(
        Array.from({ length: 5 }, () =>
          h.store.workspaces.ensure({ platform: "discord", externalId: "G", name: "G" }),
        ),
      );
      expect(new Set(all.map((w) => w.id)).size).toBe(1);
    });

    it("GIVEN a workspace WHEN its name and locale change THEN get returns them", async () => {
      const ws = await h.store.workspaces.ensure({ platform: "discord", externalId: "G1", name: "Guild" });
      const updated = await h.store.workspaces.update(ws.id, { name: "Guilde", locale: "fr" });
      expect(updated).toEqual({ ...ws, name: "Guilde", locale: "fr" });
      expect(await h.store.workspaces.get(ws.id)).toEqual(updated);
    });

    it("GIVEN no such workspace WHEN it is updated THEN a not_found error comes back", async () => {
      await expect(h.store.workspaces.update("nope", { name: "x" })).rejects.toMatchObject({
        code: "not_found",
      });
    });
  });

  describe("series", () => {
    it("GIVEN a new series WHEN it is created THEN it is read back with defaults and a normalised hashtag", async () => {
      const ws = await h.store.workspaces.ensure({ platform: "slack", externalId: "T1", name: "Acme" });
      const created = await h.store.series.create(
        seriesInput(ws.id, "#MyChat", {
          hosts: ["ann", "bob"],
          networks: ["x", "bluesky"],
          settings: { pollHours: 24 },
        }),
      );
      expect(created).toMatchObject({
        hashtag: "mychat",
        hosts: ["ann", "bob"],
        networks: ["x", "bluesky"],
        active: true,
        settings: { ...DEFAULT_SERIES_SETTINGS, pollHours: 24 },
      });
      expect(await h.store.series.get(ws.id, created.id)).toEqual(created);
      expect(await h.store.series.findByHashtag(ws.id, "#MYCHAT")).toEqual(created);
      expect(await h.store.series.getAcrossWorkspaces(created.id)).toEqual(created);
    });

    it("GIVEN a hashtag already set up WHEN it is created again THEN series_exists comes back", async () => {
      const { ws } = await seedWorld(h.store);
      await expect(h.store.series.create(seriesInput(ws.id, "Chat"))).rejects.toMatchObject({
        code: "series_exists",
      });
    });

    it("GIVEN series WHEN one is updated THEN the change is kept and list is in hashtag order", async () => {
      const { ws, series } = await seedWorld(h.store, "T1", "zeta");
      await h.store.series.create(seriesInput(ws.id, "alpha"));
      const updated = await h.store.series.update(ws.id, series.id, {
        title: "Zeta chat",
        cron: "0 18 * * 4",
        debriefChannel: "slack:T1:C1",
        teamRoleIds: ["S1"],
        locale: "fr",
        settings: { ...DEFAULT_SERIES_SETTINGS, afterParty: false },
      });
      expect(updated).toMatchObject({
        title: "Zeta chat",
        cron: "0 18 * * 4",
        teamRoleIds: ["S1"],
        locale: "fr",
      });
      expect(updated.settings.afterParty).toBe(false);
      expect((await h.store.series.list(ws.id)).map((s) => s.hashtag)).toEqual(["alpha", "zeta"]);
      expect(await h.store.series.findByChannel(ws.id, "slack:T1:C1")).toEqual(updated);
      expect(await h.store.series.findByChannel(ws.id, "slack:T1:C9")).toBeNull();
    });

    it("GIVEN active scheduled, inactive and unscheduled series WHEN the scheduler lists THEN only active scheduled ones come", async () => {
      const a = await seedWorld(h.store, "T1", "one");
      const b = await seedWorld(h.store, "T2", "two");
      await seedWorld(h.store, "T3", "three");
      await h.store.series.update(a.ws.id, a.series.id, { cron: "0 18 * * 4" });
      await h.store.series.update(b.ws.id, b.series.id, { cron: "0 18 * * 4", active: false });
      expect((await h.store.series.listScheduledAcrossWorkspaces()).map((s) => s.id)).toEqual([a.series.id]);
    });

    it("GIVEN two workspaces with one hashtag WHEN searched across workspaces THEN both come back", async () => {
      await seedWorld(h.store, "T1", "chat");
      await seedWorld(h.store, "T2", "chat");
      expect(await h.store.series.findByHashtagAcrossWorkspaces("#Chat")).toHaveLength(2);
    });

    it("GIVEN workspace B's series WHEN workspace A asks THEN it sees nothing of it", async () => {
      const a = await seedWorld(h.store, "A", "ours");
      const b = await seedWorld(h.store, "B", "theirs");
      await h.store.series.update(b.ws.id, b.series.id, { debriefChannel: "slack:B:C1" });
      expect(await h.store.series.get(a.ws.id, b.series.id)).toBeNull();
      expect(await h.store.series.findByHashtag(a.ws.id, "theirs")).toBeNull();
      expect(await h.store.series.findByChannel(a.ws.id, "slack:B:C1")).toBeNull();
      expect((await h.store.series.list(a.ws.id)).map((s) => s.hashtag)).toEqual(["ours"]);
      await expect(h.store.series.update(a.ws.id, b.series.id, { title: "hijack" })).rejects.toMatchObject({
        code: "series_not_found",
      });
      expect((await h.store.series.get(b.ws.id, b.series.id))?.title).toBe("Chat theirs");
    });
  });

  describe("team", () => {
    it("GIVEN a series WHEN people are added, promoted and removed THEN list and roleOf follow", async () => {
      const { ws, series } = await seedWorld(h.store);
      expect(await h.store.team.set(ws.id, series.id, "slack:T1:U2", "member")).toBe(true);
      expect(await h.store.team.set(ws.id, series.id, "slack:T1:U1", "member")).toBe(true);
      expect(await h.store.team.set(ws.id, series.id, "slack:T1:U1", "member")).toBe(false);
      expect(await h.store.team.set(ws.id, series.id, "slack:T1:U1", "moderator")).toBe(true);
      expect(await h.store.team.list(ws.id, series.id)).toEqual([
        { userRef: "slack:T1:U1", role: "moderator" },
        { userRef: "slack:T1:U2", role: "member" },
      ]);
      expect(await h.store.team.roleOf(ws.id, series.id, "slack:T1:U1")).toBe("moderator");
      expect(await h.store.team.remove(ws.id, series.id, "slack:T1:U2")).toBe(true);
      expect(await h.store.team.remove(ws.id, series.id, "slack:T1:U2")).toBe(false);
      expect(await h.store.team.roleOf(ws.id, series.id, "slack:T1:U2")).toBeNull();
    });

    it("GIVEN workspace B's team WHEN workspace A reads or writes it THEN nothing is seen or changed", async () => {
      const a = await seedWorld(h.store, "A");
      const b = await seedWorld(h.store, "B");
      await h.store.team.set(b.ws.id, b.series.id, "slack:B:U1", "moderator");
      expect(await h.store.team.list(a.ws.id, b.series.id)).toEqual([]);
      expect(await h.store.team.roleOf(a.ws.id, b.series.id, "slack:B:U1")).toBeNull();
      expect(await h.store.team.remove(a.ws.id, b.series.id, "slack:B:U1")).toBe(false);
      await expect(h.store.team.set(a.ws.id, b.series.id, "slack:A:U1", "moderator")).rejects.toMatchObject({
        code: "series_not_found",
      });
      expect(await h.store.team.list(b.ws.id, b.series.id)).toEqual([
        { userRef: "slack:B:U1", role: "moderator" },
      ]);
    });
  });

  describe("series links", () => {
    it("GIVEN a link code WHEN another workspace redeems it THEN it is linked once, and the code is spent", async () => {
      const home = await seedWorld(h.store, "T1");
      const guild = await h.store.workspaces.ensure({ platform: "discord", externalId: "G1", name: "Guild" });
      const other = await h.store.workspaces.ensure({ platform: "discord", externalId: "G2", name: "Other" });
      const now = new Date("2026-03-01T10:00:00Z");
      await h.store.links.createCode({
        seriesId: home.series.id,
        role: "after_party",
        codeHash: "hash-1",
        expiresAt: new Date("2026-03-01T11:00:00Z"),
        createdBy: "slack:T1:U1",
      });
      expect(await h.store.links.linkedSeries(guild.id)).toEqual([]);
      expect(await h.store.links.redeem("hash-1", guild.id, now)).toEqual({
        seriesId: home.series.id,
        role: "after_party",
      });
      expect(await h.store.links.redeem("hash-1", other.id, now)).toBeNull();
      expect(await h.store.links.linkedSeries(guild.id)).toEqual([
        { seriesId: home.series.id, role: "after_party" },
      ]);
      expect(await h.store.links.linkedSeries(other.id)).toEqual([]);
      expect(await h.store.links.linkedSeries(home.ws.id)).toEqual([]);
    });

    it("GIVEN an expired or unknown code WHEN redeemed THEN nothing is linked", async () => {
      const home = await seedWorld(h.store, "T1");
      const guild = await h.store.workspaces.ensure({ platform: "discord", externalId: "G1", name: "Guild" });
      await h.store.links.createCode({
        seriesId: home.series.id,
        role: "debrief",
        codeHash: "hash-2",
        expiresAt: new Date("2026-03-01T11:00:00Z"),
        createdBy: "slack:T1:U1",
      });
      expect(await h.store.links.redeem("hash-2", guild.id, new Date("2026-03-01T11:00:00Z"))).toBeNull();
      expect(await h.store.links.redeem("unknown", guild.id, new Date("2026-03-01T10:00:00Z"))).toBeNull();
      expect(await h.store.links.linkedSeries(guild.id)).toEqual([]);
    });

    it("GIVEN two workspaces racing for one code WHEN both redeem at once THEN exactly one wins", async () => {
      const home = await seedWorld(h.store, "T1");
      const one = await h.store.workspaces.ensure({ platform: "discord", externalId: "G1", name: "1" });
      const two = await h.store.workspaces.ensure({ platform: "discord", externalId: "G2", name: "2" });
      await h.store.links.createCode({
        seriesId: home.series.id,
        role: "after_party",
        codeHash: "race",
        expiresAt: new Date("2026-03-01T11:00:00Z"),
        createdBy: "slack:T1:U1",
      });
      const now = new Date("2026-03-01T10:00:00Z");
      const results = await Promise.all([
        h.store.links.redeem("race", one.id, now),
        h.store.links.redeem("race", two.id, now),
      ]);
      expect(results.filter((r) => r !== null)).toHaveLength(1);
    });
  });
});
