import { describe, expect, it } from "vitest";
import { storeTargets } from "../support/db.js";
import { useStore } from "./harness.js";
import { seedWorld } from "./seed.js";

describe.each(storeTargets())("team and series links on $name", (target) => {
  const h = useStore(target);

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
