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
});
